import { gunzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import type { SearchDocument, SearchStored } from './document.ts';
import { indexOptions } from './index-options.ts';
import { isPacked, pack, SearchIndexDamagedError, unpack, unpackAll } from './packed.ts';
import { ReadShard } from './read-shard.ts';

/** One shard of the index as it is edited: a MiniSearch index over some groups' documents. */
export type Shard = MiniSearch<SearchDocument>;

/** An empty shard. */
export const emptyShard = (): Shard => new MiniSearch<SearchDocument>(indexOptions);

/**
 * Replaces a group's documents: those its first document lists go, the new ones come. An empty
 * list removes the group (a withdrawn or exempt record).
 */
export const replaceGroup = (
  shard: Shard,
  group: string,
  documents: readonly SearchDocument[],
): void => {
  const stored = shard.getStoredFields(group) as Partial<SearchStored> | undefined;
  for (const key of stored?.members ?? (shard.has(group) ? [group] : []))
    if (shard.has(key)) shard.discard(key);
  shard.addAll(documents);
};

/** The shard as stored: packed (packed.ts), discarded documents left out. */
export const encodeShard = (shard: Shard): Uint8Array => pack(shard.toJSON());

const gzipped = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/** A shard of format 1 (gzipped MiniSearch JSON), as written before the packed format. */
const decodeFormat1 = (bytes: Uint8Array): Shard => {
  try {
    return MiniSearch.loadJSON<SearchDocument>(gunzipSync(bytes).toString('utf8'), indexOptions);
  } catch (error) {
    throw new SearchIndexDamagedError(
      'The search shard cannot be read: it is gzipped but not a whole MiniSearch index. Rebuild the index with `npx council-papers reindex`.',
      { cause: error },
    );
  }
};

/**
 * A stored shard, read back whole to be edited: packed, or format 1 (rewritten packed when the
 * edit is stored). Throws SearchIndexDamagedError for anything else.
 */
export const decodeShard = (bytes: Uint8Array): Shard =>
  isPacked(bytes) || !gzipped(bytes)
    ? MiniSearch.loadJS<SearchDocument>(unpackAll(unpack(bytes)), indexOptions)
    : decodeFormat1(bytes);

/**
 * A stored shard, read to be searched: a packed one decodes only its head now (its postings and
 * stored fields when a query needs them); one of format 1 is decoded whole and packed first.
 */
export const readShard = (bytes: Uint8Array): ReadShard =>
  new ReadShard(
    unpack(isPacked(bytes) || !gzipped(bytes) ? bytes : encodeShard(decodeFormat1(bytes))),
  );

/**
 * The shard a group belongs to: FNV-1a of its key, so the same group always lands in the same
 * shard and groups spread evenly (each shard's term statistics stay close to the whole's).
 */
export const shardOf = (group: string, shards: number): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < group.length; i++) {
    hash ^= group.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shards;
};
