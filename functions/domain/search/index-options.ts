import type { Options } from 'minisearch';
import type { SearchDocument, SearchStored } from './document.ts';
import { normalise, tokenize } from './terms.ts';

/**
 * How documents are indexed and scored: part of the stored format. MiniSearch builds and edits
 * shards with these options, and the packed reader (read-shard.ts) scores with the same numbers.
 */

/** The searched fields, in the order scores are summed, with their weights. */
export const fieldBoosts = { title: 3, meta: 1.5, content: 1 } as const;
export type SearchField = keyof typeof fieldBoosts;

/** BM25+ parameters, and how much a prefix or near-spelling match counts against an exact one. */
export const scoring = {
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
  weights: { fuzzy: 0.45, prefix: 0.375 },
  /** `word~` matches up to a fifth of the word's letters away, never more than this. */
  maxFuzzy: 6,
} as const;

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

/** The index's options for MiniSearch. */
export const indexOptions: Options<SearchDocument> = {
  idField: 'key',
  fields: Object.keys(fieldBoosts),
  storeFields: [...storedFields],
  tokenize,
  processTerm: normalise,
  autoVacuum: false,
  searchOptions: {
    boost: { title: fieldBoosts.title, meta: fieldBoosts.meta },
    bm25: { ...scoring.bm25 },
    weights: { ...scoring.weights },
    maxFuzzy: scoring.maxFuzzy,
  },
};
