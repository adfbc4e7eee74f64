import { normalise, tokenPattern } from './terms.ts';

/** A passage of a document's text, and where in it the matched words are. */
export interface Snippet {
  readonly text: string;
  /** UTF-16 offsets into `text`, in order, not overlapping: each a matched word. */
  readonly highlights: readonly { readonly start: number; readonly end: number }[];
}

interface Token {
  readonly start: number;
  readonly end: number;
  readonly term: string | null;
}

const tokensOf = (text: string): Token[] =>
  [...text.matchAll(tokenPattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    term: normalise(match[0]),
  }));

/**
 * The passage of `width` words that holds the most distinct matched terms (the earliest of equals),
 * with those words marked; the start of the text when no term is in it (a match in the title).
 * An ellipsis marks text cut at either end.
 *
 * @example snippet('The library will close.', new Set(['library'])) // { text: 'The library will close.', highlights: [{ start: 4, end: 11 }] }
 */
export const snippet = (text: string, terms: ReadonlySet<string>, width = 30): Snippet => {
  const tokens = tokensOf(text);
  const hit = (token: Token) => token.term !== null && terms.has(token.term);
  // Windows start at a matched word: the one with the most distinct terms wins, the earliest of equals.
  let best = 0;
  let bestCount = 0;
  tokens.forEach((token, index) => {
    if (!hit(token)) return;
    const seen = new Set<string>();
    for (const next of tokens.slice(index, index + width))
      if (hit(next)) seen.add(next.term as string);
    if (seen.size > bestCount) {
      best = index;
      bestCount = seen.size;
    }
  });
  // Start a little before the first match, so it is read in context.
  const first = bestCount > 0 ? Math.max(0, best - 4) : 0;
  const window = tokens.slice(first, first + width);
  const head = window[0];
  const tail = window.at(-1);
  if (!head || !tail) return { text: text.slice(0, 200).trim(), highlights: [] };
  const ends = tail === tokens.at(-1);
  const lead = first > 0 ? '… ' : '';
  const trail = ends ? '' : ' …';
  const cut = text
    .slice(first > 0 ? head.start : 0, ends ? text.length : tail.end)
    .replace(/\s+/g, ' ')
    .trim();
  // Offsets are found again in the cut text, whose white space was squeezed.
  const highlights = tokensOf(cut)
    .filter(hit)
    .map((token) => ({ start: lead.length + token.start, end: lead.length + token.end }));
  return { text: `${lead}${cut}${trail}`, highlights };
};
