import { readShard } from '../../domain/search/engine.ts';
import { MergedShard } from '../../domain/search/merged-shard.ts';
import { layoutOf } from '../../domain/search/parts.ts';
import type { ReadShard, SearchableShard } from '../../domain/search/read-shard.ts';
import type { Logger } from '../../ports/logger.ts';
import type { PartStamp, SearchIndexStore } from '../../ports/search-index-store.ts';

const nameOf = (part: PartStamp) => `${part.shard}/${part.kind}/${part.seq}`;

/**
 * The index as a warm API function holds it: every shard's parts (its base and the segments after
 * it) loaded once, then checked every `refreshMs` by one listing of the parts' ETags; only a part
 * that is new or whose ETag changed is read. Between checks a search touches no storage for the
 * index at all. A part is read lazily (its head now, a term's postings when a query names it), so
 * a cold start reads bytes, not an index. A part that cannot be read is logged and left out (the
 * rest of its shard still answers); a shard whose parts a fold deleted between the listing and the
 * reads keeps the parts it had until the next check.
 */
export class SearchIndexCache {
  readonly #parts = new Map<string, { etag: string; shard: ReadShard | undefined }>();
  readonly #shards = new Map<number, { names: string; shard: SearchableShard }>();
  #checkedAt = Number.NEGATIVE_INFINITY;
  #refreshing: Promise<void> | undefined;

  constructor(
    private readonly store: SearchIndexStore,
    private readonly now: () => number,
    private readonly refreshMs: number,
    private readonly logger: Pick<Logger, 'warn'>,
  ) {}

  /** The shards, fresh to within `refreshMs`. */
  async shards(): Promise<readonly SearchableShard[]> {
    if (this.now() - this.#checkedAt >= this.refreshMs) {
      this.#refreshing ??= this.#refresh().finally(() => {
        this.#refreshing = undefined;
      });
      await this.#refreshing;
    }
    return [...this.#shards.values()].map((loaded) => loaded.shard);
  }

  async #refresh(): Promise<void> {
    const byShard = new Map<number, PartStamp[]>();
    for (const stamp of await this.store.list())
      byShard.set(stamp.shard, [...(byShard.get(stamp.shard) ?? []), stamp]);
    for (const shard of this.#shards.keys()) if (!byShard.has(shard)) this.#shards.delete(shard);
    const wanted = new Map<number, PartStamp[]>();
    for (const [shard, stamps] of byShard) {
      const { base, segments } = layoutOf(stamps);
      wanted.set(shard, [...(base ? [base] : []), ...segments]);
    }
    const changed = [...wanted.values()]
      .flat()
      .filter((stamp) => this.#parts.get(nameOf(stamp))?.etag !== stamp.etag);
    // Fetched together, read one by one (reading is CPU, fetching is waiting).
    const fetched = await Promise.all(changed.map((stamp) => this.store.get(stamp)));
    const missing = new Set<number>();
    changed.forEach((stamp, index) => {
      const stored = fetched[index];
      if (!stored) {
        missing.add(stamp.shard);
        return;
      }
      let shard: ReadShard | undefined;
      try {
        shard = readShard(stored.bytes);
      } catch (error) {
        this.logger.warn('search index part unreadable; searching without it', {
          shard: stamp.shard,
          part: nameOf(stamp),
          etag: stored.etag,
          error,
        });
      }
      this.#parts.set(nameOf(stamp), { etag: stored.etag, shard });
    });
    const kept = new Set<string>();
    for (const [shard, stamps] of wanted) {
      const names = stamps.map(nameOf);
      if (missing.has(shard)) {
        for (const name of (this.#shards.get(shard)?.names ?? '').split(' ')) kept.add(name);
        continue;
      }
      for (const name of names) kept.add(name);
      const joined = names.join(' ');
      if (this.#shards.get(shard)?.names === joined && !changed.some((s) => s.shard === shard))
        continue;
      const parts = names
        .map((name) => this.#parts.get(name)?.shard)
        .filter((part): part is ReadShard => part !== undefined);
      this.#shards.set(shard, {
        names: joined,
        shard: parts.length === 1 ? (parts[0] as ReadShard) : new MergedShard(parts),
      });
    }
    for (const name of this.#parts.keys()) if (!kept.has(name)) this.#parts.delete(name);
    this.#checkedAt = this.now();
  }
}
