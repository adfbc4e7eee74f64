/**
 * One stored object of a shard of the search index. A shard is a base (every group of the shard as
 * of segment `seq`) and the segments written after it (one ingest's group each, `seq` rising):
 * an ingest writes a small segment instead of rewriting the shard, and the writer that finds too
 * many folds them into a new base (see domain/search/parts.ts).
 */
export interface IndexPart {
  readonly shard: number;
  readonly kind: 'base' | 'segment';
  /** A segment's place in its shard's order; a base's: the last segment it folded in (0: none). */
  readonly seq: number;
}

/** A part as a listing gives it: with the tag that changes whenever its bytes do. */
export interface PartStamp extends IndexPart {
  readonly etag: string;
}

/** A stored part: its bytes and its tag. */
export interface StoredPart {
  readonly bytes: Uint8Array;
  readonly etag: string;
}

/**
 * Where the search index's parts are kept. Adapters: S3 (objects under one prefix of a bucket)
 * and in-memory for tests. Writes are conditional, so two writers claiming one part cannot both
 * win: the loser is told and tries the next.
 */
export interface SearchIndexStore {
  /**
   * Every part that exists (of one shard when `shard` is given), with its tag: one request,
   * cheap enough to make every few seconds.
   */
  list(shard?: number): Promise<PartStamp[]>;
  get(part: IndexPart): Promise<StoredPart | undefined>;
  /**
   * Writes a part if it still has the tag `expected` (null: if it does not exist yet). Returns
   * false, writing nothing, when another writer changed or created it first.
   */
  put(part: IndexPart, bytes: Uint8Array, expected: string | null): Promise<boolean>;
  /** Removes a part (nothing when it is already gone). */
  delete(part: IndexPart): Promise<void>;
}

/** An index update that lost the race to other writers too many times: the queue retries it. */
export class SearchIndexContendedError extends Error {
  override readonly name = 'SearchIndexContendedError';
  constructor(
    readonly shard: number,
    attempts: number,
  ) {
    super(`Gave up updating search shard ${shard} after ${attempts} contended attempts`);
  }
}
