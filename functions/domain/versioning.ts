import type { VersionRecord } from './paper-record.ts';

export type VersionPlan =
  | { readonly action: 'duplicate'; readonly existing: VersionRecord }
  | { readonly action: 'write'; readonly version: number };

/**
 * Decides what an upload does to a record's history: identical bytes to the latest version add
 * nothing; anything else becomes the next version number.
 *
 * @example planVersion(undefined, 'ab12…') // { action: 'write', version: 1 }
 */
export const planVersion = (latest: VersionRecord | undefined, sha256: string): VersionPlan =>
  latest?.sha256 === sha256
    ? { action: 'duplicate', existing: latest }
    : { action: 'write', version: (latest?.version ?? 0) + 1 };
