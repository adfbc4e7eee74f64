import type { SearchStored } from './document.ts';
import type { Filterable } from './packed.ts';
import type { ParsedQuery } from './query.ts';
import type { ReadShard, SearchableShard, ShardHit, ShardScope } from './read-shard.ts';

/** The rows of a part that hold a group's documents: its first document's `members`. */
const rowsOfGroup = (part: ReadShard, group: string): number[] => {
  const head = part.rowOf(group);
  if (head === undefined) return [];
  const members = (part.stored(head) as Partial<SearchStored>).members ?? [group];
  return members.map((key) => part.rowOf(key)).filter((row): row is number => row !== undefined);
};

/**
 * A shard stored as parts (parts.ts), searched as one: its base and the segments after it, each
 * without the rows a later part superseded, scored by the statistics of what is left (document
 * count and average field lengths exact; a term's document count summed over the parts, which
 * counts a superseded document's terms until the next fold). A shard of one part is searched
 * exactly as that part alone.
 */
export class MergedShard implements SearchableShard {
  readonly #parts: readonly ReadShard[];
  readonly #scopes: (ShardScope | undefined)[];

  /** `parts`: the base (if any) first, then the segments in order. */
  constructor(parts: readonly ReadShard[]) {
    this.#parts = parts;
    if (parts.length < 2) {
      this.#scopes = parts.map(() => undefined);
      return;
    }
    const hidden = parts.map(() => new Set<number>());
    const superseded = new Set<string>();
    for (let at = parts.length - 1; at >= 0; at--) {
      const part = parts[at] as ReadShard;
      for (const group of superseded)
        for (const row of rowsOfGroup(part, group)) hidden[at]?.add(row);
      for (const group of part.replaces) superseded.add(group);
    }
    const fieldIds = Object.values(parts[0]?.fieldIds ?? {});
    const sums = fieldIds.map(() => 0);
    let documentCount = 0;
    parts.forEach((part, at) => {
      for (let row = 0; row < part.documentCount; row++) {
        if (hidden[at]?.has(row)) continue;
        documentCount++;
        for (const fieldId of fieldIds)
          sums[fieldId] = (sums[fieldId] ?? 0) + part.fieldLength(row, fieldId);
      }
    });
    const averageFieldLength = sums.map((sum) => (documentCount === 0 ? 0 : sum / documentCount));
    const counts = new Map<string, number>();
    const matching = (term: string, fieldId: number) => {
      const key = `${fieldId}:${term}`;
      let count = counts.get(key);
      if (count === undefined) {
        count = parts.reduce((sum, part) => sum + part.matching(term, fieldId), 0);
        counts.set(key, count);
      }
      return count;
    };
    this.#scopes = parts.map((_, at) => ({
      documentCount,
      averageFieldLength,
      matching,
      hidden: hidden[at] ?? new Set(),
    }));
  }

  /** Parts searched (the base and the segments after it). */
  get partCount(): number {
    return this.#parts.length;
  }

  search(query: ParsedQuery, filter: (document: Filterable) => boolean): ShardHit[] {
    return this.#parts.flatMap((part, at) => part.search(query, filter, this.#scopes[at]));
  }
}
