import { canonicalJson } from '../canonical-json.ts';
import { sha256Hex } from '../hashing.ts';
import { type ChainFacts, chainFields, genesisHash } from './facts.ts';

type Unsealed<R> = Omit<R, keyof ChainFacts>;

const withoutChain = (record: object): Record<string, unknown> => {
  const rest: Record<string, unknown> = { ...record };
  for (const field of chainFields) delete rest[field];
  return rest;
};

/** The SHA-256 of a version's canonical JSON, leaving out the chain fields themselves. */
export const recordHash = (record: object): string =>
  sha256Hex(canonicalJson(withoutChain(record)));

export const linkHash = (previousChainHash: string, recordSha256: string): string =>
  sha256Hex(previousChainHash + recordSha256);

/**
 * Seals a version into its record's chain: its hash, the previous version's link and its own.
 * Changing any stored field of any version breaks its link, and every later one.
 */
export const seal = <R extends ChainFacts>(
  record: Unsealed<R>,
  previous: ChainFacts | undefined,
): R => {
  const recordSha256 = recordHash(record);
  const previousChainHash = previous?.chainHash ?? genesisHash;
  return {
    ...record,
    recordSha256,
    previousChainHash,
    chainHash: linkHash(previousChainHash, recordSha256),
  } as R;
};

export interface ChainBreak {
  readonly version: number;
  readonly problem: string;
}

/**
 * Recomputes a record's chain from its versions in order and names the first broken link: a
 * missing version number, a record whose hash no longer matches its content, or a link that does
 * not follow from the previous one.
 */
export const findChainBreak = (
  versions: readonly (ChainFacts & { readonly version: number })[],
): ChainBreak | null => {
  let previous = genesisHash;
  for (const [index, version] of versions.entries()) {
    const expected = index + 1;
    if (version.version !== expected)
      return { version: expected, problem: `version ${expected} is missing` };
    const recomputed = recordHash(version);
    if (recomputed !== version.recordSha256)
      return {
        version: expected,
        problem: `its content hashes to ${recomputed}, not the recorded ${version.recordSha256}`,
      };
    if (version.previousChainHash !== previous)
      return {
        version: expected,
        problem: `its previous link ${version.previousChainHash} is not version ${expected - 1}'s ${previous}`,
      };
    const link = linkHash(previous, version.recordSha256);
    if (link !== version.chainHash)
      return {
        version: expected,
        problem: `its chain hash ${version.chainHash} should be ${link}`,
      };
    previous = version.chainHash;
  }
  return null;
};
