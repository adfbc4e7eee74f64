import { createHash } from 'node:crypto';
import type {
  IndexPart,
  PartStamp,
  SearchIndexStore,
  StoredPart,
} from '../../ports/search-index-store.ts';

const keyOf = (part: IndexPart) => `${part.shard}/${part.kind}/${part.seq}`;

/** Parts in a map, with the conditional write S3 makes: for unit tests. */
export class MemorySearchIndexStore implements SearchIndexStore {
  readonly parts = new Map<string, { part: IndexPart; stored: StoredPart }>();
  /** Puts made, successful or not: tests read it to see retries. */
  puts = 0;

  async list(shard?: number): Promise<PartStamp[]> {
    return [...this.parts.values()]
      .filter(({ part }) => shard === undefined || part.shard === shard)
      .map(({ part, stored }) => ({ ...part, etag: stored.etag }));
  }

  async get(part: IndexPart): Promise<StoredPart | undefined> {
    return this.parts.get(keyOf(part))?.stored;
  }

  async put(part: IndexPart, bytes: Uint8Array, expected: string | null): Promise<boolean> {
    this.puts++;
    if ((this.parts.get(keyOf(part))?.stored.etag ?? null) !== expected) return false;
    const etag = `"${createHash('md5').update(bytes).digest('hex')}-${this.puts}"`;
    this.parts.set(keyOf(part), {
      part: { shard: part.shard, kind: part.kind, seq: part.seq },
      stored: { bytes: bytes.slice(), etag },
    });
    return true;
  }

  async delete(part: IndexPart): Promise<void> {
    this.parts.delete(keyOf(part));
  }

  /** Forgets every part: the index lost. */
  clear(): void {
    this.parts.clear();
  }
}
