import semver from 'semver';

/** The part of an npm lockfile (v2/v3) this check reads: each installed package's `engines`. */
export interface Lockfile {
  readonly packages: Readonly<
    Record<string, { readonly version?: string; readonly engines?: { readonly node?: string } }>
  >;
}

/** A package whose `engines.node` leaves out some Node version our own range promises. */
export interface EngineMismatch {
  readonly path: string;
  readonly version: string | undefined;
  readonly needs: string;
}

/**
 * Every package in the lockfile whose `engines.node` does not admit all of `declared` (the range in
 * our package.json): the packages `npm ci` would warn about (EBADENGINE) on some Node we claim to
 * run on. Entries that declare no Node range (or a non-semver one, which npm ignores) are skipped.
 *
 * @example enginesNotAdmitting('>=20.19', lock) // [{ path: 'node_modules/nanoid', needs: '^22 || ^24 || >=26', … }]
 */
export const enginesNotAdmitting = (declared: string, lock: Lockfile): EngineMismatch[] =>
  Object.entries(lock.packages).flatMap(([path, entry]) => {
    const needs = entry.engines?.node;
    if (!path || !needs || !semver.validRange(needs)) return [];
    return semver.subset(declared, needs) ? [] : [{ path, version: entry.version, needs }];
  });
