/** A stored shard of the search index: its bytes and the tag that changes whenever they do. */
export interface StoredShard {
  readonly bytes: Uint8Array;
  readonly etag: string;
}

/** A shard's number and its current tag, as a listing gives them. */
export interface ShardStamp {
  readonly shard: number;
  readonly etag: string;
}

/**
 * Where the search index's shards are kept. Adapters: S3 (objects under one prefix of a bucket)
 * and in-memory for tests. Writes are conditional, so two ingests updating one shard at once
 * cannot lose either's change: the loser reads again and retries.
 */
export interface SearchIndexStore {
  /** Every shard that exists, with its tag: one request, cheap enough to make every few seconds. */
  list(): Promise<ShardStamp[]>;
  get(shard: number): Promise<StoredShard | undefined>;
  /**
   * Writes a shard if it still has the tag `expected` (null: if it does not exist yet). Returns
   * false, writing nothing, when another writer changed it first.
   */
  put(shard: number, bytes: Uint8Array, expected: string | null): Promise<boolean>;
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
