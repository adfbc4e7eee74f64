import type { RecordKind } from '../../config/areas.ts';
import { UploadRejectedError } from '../errors.ts';

/** What ownership needs of a record's newest version: where it came from. */
export interface Owned {
  readonly kind: RecordKind;
  readonly id: string;
  readonly sourceKey: string;
  /** Datasets: `paper` for a table published with a paper. */
  readonly origin?: 'upload' | 'paper';
}

/** What an ingest means to write: the record, the key it reads, and whether it says it replaces. */
export interface Claim {
  readonly kind: RecordKind;
  readonly id: string;
  readonly sourceKey: string;
  /** `paper` for the tables a paper publishes; `upload` for everything an officer uploads. */
  readonly origin: 'upload' | 'paper';
  /** The id an upload's `x-amz-meta-replaces` names, if any. */
  readonly replaces: string | undefined;
}

const what = (kind: RecordKind, id: string) => `${kind} "${id}"`;

/**
 * Why an ingest may not write a version of a record, or `undefined` when it may: no upload
 * silently becomes another upload's correction. A record is open to the key that published its
 * newest version; another key takes it over only by saying so (`x-amz-meta-replaces: <id>`); a
 * table published with a paper belongs to that paper, which alone writes its versions, and a
 * paper's table never takes over an uploaded dataset.
 *
 * @example claimProblem({ kind: 'paper', id: 'a', sourceKey: 'uploads/papers/A.md' },
 *   { kind: 'paper', id: 'a', sourceKey: 'uploads/papers/a.txt', origin: 'upload', replaces: undefined })
 * // UploadRejectedError('id-taken', …)
 */
export const claimProblem = (
  existing: Owned | undefined,
  claim: Claim,
): UploadRejectedError | undefined => {
  if (claim.origin === 'upload' && claim.replaces !== undefined && claim.replaces !== claim.id)
    return new UploadRejectedError(
      'invalid-replaces',
      `x-amz-meta-replaces names "${claim.replaces}", but this upload's id is "${claim.id}": name the record it replaces, or drop x-amz-meta-id.`,
    );
  if (!existing) {
    if (claim.origin === 'upload' && claim.replaces !== undefined)
      return new UploadRejectedError(
        'invalid-replaces',
        `x-amz-meta-replaces names ${what(claim.kind, claim.id)}, but there is no such record to replace: check the id, or upload without x-amz-meta-replaces to publish a new record.`,
      );
    return undefined;
  }
  if (existing.origin === 'paper') {
    if (claim.origin === 'paper') return undefined;
    return new UploadRejectedError(
      'derived-record',
      `${what(existing.kind, existing.id)} is a table published with the paper uploaded as ${existing.sourceKey}: only a new version of that paper changes it. Give this upload another file name or x-amz-meta-id.`,
    );
  }
  if (claim.origin === 'paper')
    return new UploadRejectedError(
      'id-taken',
      `${what(existing.kind, existing.id)} was uploaded as ${existing.sourceKey}: a paper's table cannot replace it.`,
    );
  if (existing.sourceKey === claim.sourceKey || claim.replaces === claim.id) return undefined;
  return new UploadRejectedError(
    'id-taken',
    `${what(existing.kind, existing.id)} was published from ${existing.sourceKey}, not from ${claim.sourceKey}. To make this upload its next version, upload it again with x-amz-meta-replaces: ${existing.id} (npx council-papers upload --replaces ${existing.id}); to publish a record of its own, give the file another name or x-amz-meta-id.`,
  );
};
