import { normalise, tokenize } from './terms.ts';

/** One word of a query, as the index keeps it, and how it may match. */
export interface QueryTerm {
  readonly term: string;
  /** `librar*`: any word that starts so. */
  readonly prefix: boolean;
  /** `councillor~`: words one or two letters away too. */
  readonly fuzzy: boolean;
}

/** A parsed query: every `all` term must match, no `none` term may. */
export interface ParsedQuery {
  readonly all: readonly QueryTerm[];
  readonly none: readonly string[];
}

/**
 * Reads the query syntax: words (all must appear, in any order; quotes are allowed and change
 * nothing), `word*` for a prefix, `word~` for near spellings, `-word` to exclude. Case, accents
 * and the commonest words ("the", "of") are ignored.
 *
 * @example parseQuery('library -closure budg*') // all: library, budg (prefix); none: closure
 */
export const parseQuery = (q: string): ParsedQuery => {
  const all: QueryTerm[] = [];
  const none: string[] = [];
  for (const word of q.replace(/["“”]/g, ' ').split(/\s+/)) {
    if (!word) continue;
    const excluded = word.startsWith('-') && word.length > 1;
    const prefix = word.endsWith('*');
    const fuzzy = word.endsWith('~');
    for (const token of tokenize((excluded ? word.slice(1) : word).replace(/[*~]+$/, ''))) {
      const term = normalise(token);
      if (!term) continue;
      if (excluded) none.push(term);
      else all.push({ term, prefix, fuzzy });
    }
  }
  return { all, none };
};
