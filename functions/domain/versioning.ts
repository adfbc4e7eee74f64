/** What planning needs of a version: its number and the hash of its bytes. */
export interface Versioned {
  readonly version: number;
  readonly sha256: string;
}

export type VersionPlan<R extends Versioned> =
  | { readonly action: 'duplicate'; readonly existing: R }
  | { readonly action: 'write'; readonly version: number };

/**
 * Decides what an upload does to a record's history: identical bytes to the latest version add
 * nothing; anything else becomes the next version number.
 *
 * @example planVersion(undefined, 'ab12…') // { action: 'write', version: 1 }
 */
export const planVersion = <R extends Versioned>(
  latest: R | undefined,
  sha256: string,
): VersionPlan<R> =>
  latest?.sha256 === sha256
    ? { action: 'duplicate', existing: latest }
    : { action: 'write', version: (latest?.version ?? 0) + 1 };
