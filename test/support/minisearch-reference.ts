import type { Query } from 'minisearch';
import type { ParsedQuery } from '../../functions/domain/search/query.ts';
import { fuzziness } from '../../functions/domain/search/read-shard.ts';

/**
 * A parsed query as a MiniSearch query expression: every term (with its prefix or near spellings)
 * AND, then AND_NOT the excluded. Tests search a MiniSearch index with it to check the packed
 * reader scores as MiniSearch does.
 */
export const minisearchQuery = (query: ParsedQuery): Query => {
  const all: Query = {
    combineWith: 'AND',
    queries: query.all.map((term) => ({
      queries: [term.term],
      prefix: term.prefix,
      fuzzy: term.fuzzy ? fuzziness : false,
    })),
  };
  return query.none.length === 0
    ? all
    : { combineWith: 'AND_NOT', queries: [all, { combineWith: 'OR', queries: [...query.none] }] };
};
