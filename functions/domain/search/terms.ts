/**
 * How text becomes terms, the same for documents, queries and snippets: split on spaces and
 * punctuation, lower-cased, accents folded, and the commonest English words dropped (they match
 * nearly every paper and would only slow the search).
 */

/** A run of letters and digits (with their accents): one token. Everything else separates. */
export const tokenPattern = /[\p{L}\p{N}\p{M}]+/gu;

/** Splits text into tokens: `Children's £1,200 <b>` gives Children, s, 1, 200, b. */
export const tokenize = (text: string): string[] => text.match(tokenPattern) ?? [];

const stopWords = new Set(
  'a an and are as at be been but by for from has have if in into is it its of on or that the their there these this to was were which will with'.split(
    ' ',
  ),
);

/**
 * A token as the index keeps it, or null when it is not kept.
 *
 * @example normalise('Café') // 'cafe'
 */
export const normalise = (token: string): string | null => {
  const term = token.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return term.length === 0 || stopWords.has(term) ? null : term;
};
