import type { RecordKind } from '../../config/areas.ts';
import { canonicalJson } from '../canonical-json.ts';
import { sha256Hex } from '../hashing.ts';

export const digestFormat = 'council-papers-digest/1';

/** A record's chain head as a digest states it. */
export interface DigestedHead {
  readonly kind: RecordKind;
  readonly id: string;
  readonly version: number;
  readonly chainHash: string;
}

/**
 * A periodic statement of every record's chain head, chained to the previous statement (as
 * CloudTrail chains its digest files). Whoever keeps a copy can later prove that a version it
 * names was rewritten or removed: the record's chain would no longer reach that hash.
 */
export interface Digest {
  readonly format: typeof digestFormat;
  readonly number: number;
  /** The previous digest's end, or null for the first: the period this digest covers. */
  readonly startTime: string | null;
  readonly endTime: string;
  readonly previousDigestSha256: string | null;
  /** Every record of every kind, ordered by kind then id. */
  readonly records: readonly DigestedHead[];
}

export const digestBytes = (digest: Digest): Uint8Array =>
  new TextEncoder().encode(canonicalJson(digest));

export const digestSha256 = (digest: Digest): string => sha256Hex(digestBytes(digest));

const order = (a: DigestedHead, b: DigestedHead) =>
  a.kind === b.kind ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.kind < b.kind ? -1 : 1;

/**
 * The next digest, or null when no chain head moved since the previous one (a digest that would
 * repeat its predecessor proves nothing new).
 */
export const nextDigest = (
  previous: Digest | undefined,
  heads: readonly DigestedHead[],
  endTime: string,
): Digest | null => {
  const records = [...heads]
    .map(({ kind, id, version, chainHash }) => ({ kind, id, version, chainHash }))
    .sort(order);
  if (previous && canonicalJson(previous.records) === canonicalJson(records)) return null;
  return {
    format: digestFormat,
    number: (previous?.number ?? 0) + 1,
    startTime: previous?.endTime ?? null,
    endTime: previous && previous.endTime > endTime ? previous.endTime : endTime,
    previousDigestSha256: previous ? digestSha256(previous) : null,
    records,
  };
};

export interface DigestBreak {
  readonly number: number;
  readonly problem: string;
}

/** Checks that digests, in order, chain to one another: each names its predecessor's SHA-256. */
export const findDigestBreak = (digests: readonly Digest[]): DigestBreak | null => {
  let previous: Digest | undefined;
  for (const [index, digest] of digests.entries()) {
    const expected = index + 1;
    if (digest.number !== expected)
      return { number: expected, problem: `digest ${expected} is missing` };
    const link = previous ? digestSha256(previous) : null;
    if (digest.previousDigestSha256 !== link)
      return {
        number: expected,
        problem: `it names ${digest.previousDigestSha256} as its predecessor, which hashes to ${link}`,
      };
    previous = digest;
  }
  return null;
};
