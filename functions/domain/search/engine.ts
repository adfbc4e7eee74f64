import { gunzipSync, gzipSync } from 'node:zlib';
import MiniSearch, { type Options } from 'minisearch';
import type { SearchDocument, SearchStored } from './document.ts';
import { normalise, tokenize } from './terms.ts';

/** One shard of the index: a MiniSearch index over some groups' documents. */
export type Shard = MiniSearch<SearchDocument>;

const storedFields: readonly (keyof SearchStored)[] = [
  'kind',
  'recordId',
  'title',
  'body',
  'bodyId',
  'bodySlug',
  'meetingDate',
  'documentType',
  'meetingId',
  'textKey',
  'hidden',
  'text',
  'members',
];

/** The index's options: fields, weights and term processing are part of its format. */
const options: Options<SearchDocument> = {
  idField: 'key',
  fields: ['title', 'meta', 'content'],
  storeFields: [...storedFields],
  tokenize,
  processTerm: normalise,
  autoVacuum: false,
  searchOptions: { boost: { title: 3, meta: 1.5 } },
};

/** An empty shard. */
export const emptyShard = (): Shard => new MiniSearch<SearchDocument>(options);

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

/** The shard as stored: its JSON, gzipped. Discarded documents are vacuumed out first. */
export const encodeShard = async (shard: Shard): Promise<Uint8Array> => {
  if (shard.dirtCount > 0) await shard.vacuum();
  return new Uint8Array(gzipSync(JSON.stringify(shard)));
};

/** A stored shard, read back. */
export const decodeShard = (bytes: Uint8Array): Shard =>
  MiniSearch.loadJSON<SearchDocument>(gunzipSync(bytes).toString('utf8'), options);

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
