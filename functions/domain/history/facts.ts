/** Why a version exists. */
export type VersionReason = 'new' | 'correction' | 'withdrawal';

export interface Withdrawal {
  readonly reason: string;
  /** Who withdrew it: the principal that deleted the upload, or the name given to the CLI. */
  readonly by: string | null;
  readonly at: string;
}

/** The first version's previous chain hash. */
export const genesisHash = '0'.repeat(64);

/** The fields of the hash chain: the record's own hash, the previous link and this link. */
export interface ChainFacts {
  /** SHA-256 of the version's canonical JSON without these three fields. */
  readonly recordSha256: string;
  readonly previousChainHash: string;
  /** SHA-256 of `previousChainHash + recordSha256`, both as lowercase hex. */
  readonly chainHash: string;
}

export const chainFields = ['recordSha256', 'previousChainHash', 'chainHash'] as const;

/**
 * What every version carries about its place in the record's history. Versions are only ever
 * added, so each one states what the public saw once it was committed.
 */
export interface HistoryFacts extends ChainFacts {
  readonly reason: VersionReason;
  readonly status: 'published' | 'withdrawn';
  readonly withdrawal: Withdrawal | null;
  /** When the version was committed; never earlier than the previous version's. */
  readonly publishedAt: string;
  /**
   * The version the public sees once this one is committed: this one, or an earlier one when
   * this version's upload event arrived after a newer event for the same key.
   */
  readonly current: number;
  /** Per source key, the highest S3 sequencer applied so far, so late events never win. */
  readonly applied: Readonly<Record<string, string>>;
  /** This version's place in the change feed, reserved before it was written. */
  readonly feedSeq: number;
}

export const historyFields = [
  'reason',
  'status',
  'withdrawal',
  'publishedAt',
  'current',
  'applied',
  'feedSeq',
  ...chainFields,
] as const satisfies readonly (keyof HistoryFacts)[];
