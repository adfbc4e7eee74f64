import type { AsPlainObject } from 'minisearch';
import type { SearchDocument, SearchStored } from './document.ts';
import { decodeShard, emptyShard } from './engine.ts';
import { isPacked, pack, unpack, unpackAll } from './packed.ts';

/**
 * A shard of the index is stored as parts, so an ingest writes bytes in proportion to its own
 * record, not to the archive:
 *   - a base: every group of the shard as of segment `seq` (0: none folded in yet);
 *   - segments after it, `seq` rising: each one group's documents as an ingest found them (none
 *     when the record was withdrawn), superseding that group's documents in every part before.
 * A reader searches the base and the segments after it, each part without the rows a later part
 * superseded (merged-shard.ts). A writer that finds `foldAt` segments, or that removed or hid
 * text (a withdrawal, a takedown, a redaction), folds them into a new base named by the last
 * segment it folded, and deletes what that base supersedes: no older part keeps that text.
 */
export interface PartRef {
  readonly kind: 'base' | 'segment';
  readonly seq: number;
}

/** Segments a shard gathers before the writer that finds them folds them into its base. */
export const foldAt = 16;

/** A shard's parts as a listing gives them, sorted into what a reader needs and what is stale. */
export interface ShardLayout<P extends PartRef> {
  /** The newest base; none before the first fold. */
  readonly base: P | undefined;
  /** Segments after the base, in order. */
  readonly segments: readonly P[];
  /** Older bases and the segments a base already holds: to be deleted. */
  readonly stale: readonly P[];
  /** The highest `seq` of any part (0 when none): the next segment is this plus one. */
  readonly lastSeq: number;
}

/**
 * Sorts a shard's listed parts.
 *
 * @example layoutOf([{ kind: 'base', seq: 3 }, { kind: 'segment', seq: 2 }, { kind: 'segment', seq: 4 }])
 * // { base: base 3, segments: [segment 4], stale: [segment 2], lastSeq: 4 }
 */
export const layoutOf = <P extends PartRef>(parts: readonly P[]): ShardLayout<P> => {
  let base: P | undefined;
  for (const part of parts)
    if (part.kind === 'base' && (base === undefined || part.seq > base.seq)) base = part;
  const folded = base?.seq ?? -1;
  const live = (part: P) => part === base || (part.kind === 'segment' && part.seq > folded);
  return {
    base,
    segments: parts.filter((part) => part.kind === 'segment' && live(part)).sort(bySeq),
    stale: parts.filter((part) => !live(part)),
    lastSeq: parts.reduce((last, part) => Math.max(last, part.seq), 0),
  };
};

const bySeq = (a: PartRef, b: PartRef) => a.seq - b.seq;

/** Whether a group's new documents take text out of search, so nothing may keep the old. */
export const removesText = (documents: readonly SearchDocument[]): boolean =>
  documents.length === 0 || documents.some((document) => document.hidden.length > 0);

/** A segment's bytes: the group's documents, superseding its earlier ones (none: removed). */
export const encodeSegment = (group: string, documents: readonly SearchDocument[]): Uint8Array => {
  const index = emptyShard();
  index.addAll(documents);
  return pack(index.toJSON(), [group]);
};

/** A part read whole for a fold: its index and the groups it supersedes (none for a base). */
export interface PlainPart {
  readonly index: AsPlainObject;
  readonly replaces: readonly string[];
}

/**
 * A stored part read whole, for a fold: packed, or a base of format 1 (gzipped MiniSearch JSON).
 * Throws SearchIndexDamagedError for anything else.
 */
export const readPlain = (bytes: Uint8Array): PlainPart => {
  if (!isPacked(bytes)) return { index: decodeShard(bytes).toJSON(), replaces: [] };
  const packed = unpack(bytes);
  return { index: unpackAll(packed), replaces: packed.head.replaces ?? [] };
};

interface Entry {
  readonly part: number;
  readonly shortId: string;
  readonly key: string;
  readonly lengths: number[];
  readonly stored: unknown;
}

/**
 * Folds parts, in order (a base first, then segments), into one index: each segment's groups
 * lose their documents of the parts before (the group's first document lists them, as
 * `members`), then gain the segment's. Documents are numbered afresh; postings of superseded
 * documents go.
 */
export const foldParts = (parts: readonly PlainPart[]): AsPlainObject => {
  const entries = new Map<string, Entry>();
  for (const [part, { index, replaces }] of parts.entries()) {
    for (const group of replaces) {
      const head = entries.get(group)?.stored as Partial<SearchStored> | undefined;
      for (const key of head?.members ?? [group]) entries.delete(key);
    }
    for (const [shortId, key] of Object.entries(index.documentIds)) {
      const id = String(key);
      entries.delete(id);
      entries.set(id, {
        part,
        shortId,
        key: id,
        lengths: index.fieldLength[shortId] ?? [],
        stored: index.storedFields[shortId] ?? {},
      });
    }
  }
  const fieldIds = parts[0]?.index.fieldIds ?? emptyShard().toJSON().fieldIds;
  const fields = Object.keys(fieldIds).length;
  const renumbered = new Map<string, number>();
  const documentIds: Record<string, string> = {};
  const fieldLength: Record<string, number[]> = {};
  const storedFields: Record<string, unknown> = {};
  const sums = new Array<number>(fields).fill(0);
  let next = 0;
  for (const entry of entries.values()) {
    const id = next++;
    renumbered.set(`${entry.part}:${entry.shortId}`, id);
    documentIds[id] = entry.key;
    fieldLength[id] = entry.lengths;
    storedFields[id] = entry.stored;
    entry.lengths.forEach((length, field) => {
      sums[field] = (sums[field] ?? 0) + length;
    });
  }
  const terms = new Map<string, Record<string, Record<string, number>>>();
  for (const [part, { index }] of parts.entries())
    for (const [term, termFields] of index.index) {
      for (const [fieldId, frequencies] of Object.entries(
        termFields as Record<string, Record<string, number>>,
      ))
        for (const [shortId, frequency] of Object.entries(frequencies)) {
          const id = renumbered.get(`${part}:${shortId}`);
          if (id === undefined) continue;
          const byField = terms.get(term) ?? {};
          if (!terms.has(term)) terms.set(term, byField);
          byField[fieldId] ??= {};
          (byField[fieldId] as Record<string, number>)[id] = frequency;
        }
    }
  return {
    documentCount: next,
    nextId: next,
    documentIds,
    fieldIds,
    fieldLength,
    averageFieldLength: sums.map((sum) => (next === 0 ? 0 : sum / next)),
    storedFields,
    dirtCount: 0,
    index: [...terms],
    serializationVersion: 2,
  };
};
