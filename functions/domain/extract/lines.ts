/**
 * A line of a paper as extraction reads it: inline markup (`<b>`, `**`, leading `#`) removed and
 * white space folded, with the original 1-based line number kept for provenance.
 */
export interface CleanLine {
  readonly number: number;
  readonly text: string;
}

const inlineTags = /<\/?(?:b|i|u|em|strong|sup|sub|span|p|br|font)\b[^>]*>/gi;

export const cleanLines = (text: string): CleanLine[] =>
  text.split('\n').map((raw, index) => ({
    number: index + 1,
    text: raw
      .replace(inlineTags, ' ')
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/\*\*|__/g, '')
      // Only runs and non-space white space: replacing every single space costs most of the time.
      .replace(/\s{2,}|[^\S ]/g, ' ')
      .trim(),
  }));

/** Page furniture that PDF-to-text leaves in: never a title or a heading. */
const furniture =
  /^(?:page \d+(?: of \d+)?|\d+|-{3,}|this page is intentionally left blank|agenda item \d+\w*)$/i;

export const isFurniture = (line: string): boolean => line === '' || furniture.test(line);
