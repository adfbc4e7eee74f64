import { createHash } from 'node:crypto';
import type { SearchIndexStore, ShardStamp, StoredShard } from '../../ports/search-index-store.ts';

/** Shards in a map, with the conditional write S3 makes: for unit tests. */
export class MemorySearchIndexStore implements SearchIndexStore {
  readonly shards = new Map<number, StoredShard>();
  /** Puts made, successful or not: tests read it to see retries. */
  puts = 0;

  async list(): Promise<ShardStamp[]> {
    return [...this.shards].map(([shard, stored]) => ({ shard, etag: stored.etag }));
  }

  async get(shard: number): Promise<StoredShard | undefined> {
    return this.shards.get(shard);
  }

  async put(shard: number, bytes: Uint8Array, expected: string | null): Promise<boolean> {
    this.puts++;
    if ((this.shards.get(shard)?.etag ?? null) !== expected) return false;
    const etag = `"${createHash('md5').update(bytes).digest('hex')}-${this.puts}"`;
    this.shards.set(shard, { bytes: bytes.slice(), etag });
    return true;
  }
}
