import { readShard } from '../../domain/search/engine.ts';
import type { ReadShard } from '../../domain/search/read-shard.ts';
import type { Logger } from '../../ports/logger.ts';
import type { SearchIndexStore } from '../../ports/search-index-store.ts';

/**
 * The index as a warm API function holds it: every shard loaded once, then checked every
 * `refreshMs` by one listing of the shards' ETags; only a shard whose ETag changed is read again.
 * Between checks a search touches no storage for the index at all. A shard is read lazily (its
 * head now, a term's postings when a query names it), so a cold start reads bytes, not an index.
 * A shard that cannot be read is logged and left out (the copy read before, if any, is kept), so
 * one damaged object costs its share of the results, not every search.
 */
export class SearchIndexCache {
  readonly #loaded = new Map<number, { etag: string; shard: ReadShard }>();
  #checkedAt = Number.NEGATIVE_INFINITY;
  #refreshing: Promise<void> | undefined;

  constructor(
    private readonly store: SearchIndexStore,
    private readonly now: () => number,
    private readonly refreshMs: number,
    private readonly logger: Pick<Logger, 'warn'>,
  ) {}

  /** The shards, fresh to within `refreshMs`. */
  async shards(): Promise<readonly ReadShard[]> {
    if (this.now() - this.#checkedAt >= this.refreshMs) {
      this.#refreshing ??= this.#refresh().finally(() => {
        this.#refreshing = undefined;
      });
      await this.#refreshing;
    }
    return [...this.#loaded.values()].map((loaded) => loaded.shard);
  }

  async #refresh(): Promise<void> {
    const stamps = await this.store.list();
    const listed = new Set(stamps.map((stamp) => stamp.shard));
    for (const shard of this.#loaded.keys()) if (!listed.has(shard)) this.#loaded.delete(shard);
    const changed = stamps.filter((stamp) => this.#loaded.get(stamp.shard)?.etag !== stamp.etag);
    // Fetched together, read one by one (reading is CPU, fetching is waiting).
    const fetched = await Promise.all(changed.map((stamp) => this.store.get(stamp.shard)));
    changed.forEach((stamp, index) => {
      const stored = fetched[index];
      if (!stored) return;
      try {
        this.#loaded.set(stamp.shard, { etag: stored.etag, shard: readShard(stored.bytes) });
      } catch (error) {
        this.logger.warn('search shard unreadable; searching without it', {
          shard: stamp.shard,
          etag: stored.etag,
          error,
        });
      }
    });
    this.#checkedAt = this.now();
  }
}
