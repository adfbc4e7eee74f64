import { InvalidRequestError } from '../errors.ts';
import type { SearchStored } from './document.ts';
import { passes, type SearchFilters } from './filters.ts';
import type { ParsedQuery } from './query.ts';
import type { SearchableShard } from './read-shard.ts';

/** One match, ranked: its key, score, the index terms it matched and what is stored of it. */
export interface Hit {
  readonly key: string;
  readonly score: number;
  readonly terms: readonly string[];
  readonly stored: SearchStored;
}

/** Where a page ends: the last hit's score and key (scores fall, keys rise within a score). */
interface Position {
  readonly s: number;
  readonly k: string;
}

export const encodeCursor = (hit: Pick<Hit, 'score' | 'key'>): string =>
  Buffer.from(JSON.stringify({ s: hit.score, k: hit.key })).toString('base64url');

const decodeCursor = (cursor: string): Position => {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Position;
    if (typeof parsed.s === 'number' && typeof parsed.k === 'string') return parsed;
  } catch (error) {
    throw badCursor(error);
  }
  throw badCursor(undefined);
};

const badCursor = (cause: unknown) =>
  new InvalidRequestError(
    'The cursor is not one this search issued.',
    [{ where: 'query.cursor', message: 'use the `next` value of the previous page unchanged' }],
    { cause },
  );

const byRank = (a: Pick<Hit, 'score' | 'key'>, b: Pick<Hit, 'score' | 'key'>) =>
  b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Every match across the shards, best first (BM25 from each shard: shards split records at
 * random, so their term statistics agree closely), ties broken by key so the order is total.
 */
export const rank = (
  shards: readonly SearchableShard[],
  query: ParsedQuery,
  filters: SearchFilters,
): Hit[] =>
  shards
    .flatMap((shard): Hit[] => shard.search(query, (document) => passes(document, filters)))
    .sort(byRank);

/**
 * One page of ranked hits after a cursor: the hits that rank below the cursor's, so a page never
 * repeats one already served even when the index changed between pages.
 */
export const pageOf = (
  hits: readonly Hit[],
  limit: number,
  cursor: string | undefined,
): { items: Hit[]; next: string | null } => {
  const after = cursor === undefined ? undefined : decodeCursor(cursor);
  const start = after
    ? hits.findIndex((hit) => byRank({ score: after.s, key: after.k }, hit) < 0)
    : 0;
  const items = start < 0 ? [] : hits.slice(start, start + limit);
  const last = items.at(-1);
  return { items, next: last && start + limit < hits.length ? encodeCursor(last) : null };
};
