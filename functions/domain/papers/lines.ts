/**
 * A line of a paper as extraction reads it: inline markup (`<b>`, `**`, leading `#`) removed and
 * white space folded, with the original 1-based line number kept for provenance.
 */
export interface CleanLine {
  readonly number: number;
  readonly text: string;
}

const inlineTags = /<\/?(?:b|i|u|em|strong|sup|sub|span|p|br|font|div)\b[^>]*>/gi;

export const cleanLine = (raw: string): string =>
  raw
    .replace(inlineTags, ' ')
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/\*\*|__/g, '')
    .replace(/^\s*(?:[-*•▪●◦]|\u2022)\s+/, '')
    // Only runs and non-space white space: replacing every single space costs most of the time.
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .trim();

export const cleanLines = (text: string): CleanLine[] =>
  text.split('\n').map((raw, index) => ({ number: index + 1, text: cleanLine(raw) }));

/** Page furniture that PDF-to-text leaves in: never a title or a heading. */
const furniture =
  /^(?:page \d+(?: of \d+)?|\d{1,4}|-{3,}|this page is (?:intentionally|deliberately) (?:left )?blank|agenda item:? \d+\w*|\f)$/i;

export const isFurniture = (line: string): boolean => line === '' || furniture.test(line);

/** Splits a line laid out with tabs (a table row in text from a PDF) into its trimmed cells. */
export const tabCells = (raw: string): string[] => raw.split('\t').map((cell) => cleanLine(cell));
