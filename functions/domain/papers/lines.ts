import { numberedStart } from './numbering.ts';

/**
 * A line of a paper as extraction reads it: inline markup (`<b>`, `**`, leading `#`) removed and
 * white space folded, with the original 1-based line number kept for provenance.
 */
export interface CleanLine {
  readonly number: number;
  readonly text: string;
}

/** A bullet that opens a list entry: "- ", "• ", "▪ ". */
export const bulletStart = /^\s*(?:[-*•▪●◦]|\u2022)\s+/;

/**
 * A paragraph's sentences: split after a stop before a capital, a quote or a bracket, trimmed; not
 * after a title or a place's abbreviation ("Mr. Jones", "St. George, Utah").
 */
export const sentences = (text: string): string[] =>
  text
    .split(/(?<=[.!?])(?<!\b(?:Mr|Mrs|Ms|Dr|St|Mt|Cllr|Cmhlr|Rev|Hon)\.)\s+(?=[\p{Lu}"“(])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);

const inlineTags = /<\/?(?:b|i|u|em|strong|sup|sub|span|p|br|font|div)\b[^>]*>/gi;

const cleanAll = (raw: string): string =>
  raw
    // Zero-width characters that word processors leave after a list number ("1.\u200b the …").
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(inlineTags, ' ')
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    // Paired emphasis only: a lone "**" is a footnote mark ("26**").
    .replace(/\*\*(\S(?:.*?\S)?)\*\*|__(\S(?:.*?\S)?)__/g, '$1$2')
    // "_Held in Ayton Community Hall at 7:00pm._", "*Secretary*": single emphasis, set off by
    // spaces or the line's ends (not the marks inside "snake_case" or "26*").
    .replace(/(?<![\p{L}\d*_])([*_])(?=\S)([^*_]*?\S)\1(?![\p{L}\d*_])/gu, '$2')
    .replace(bulletStart, '')
    // Only runs and non-space white space: replacing every single space costs most of the time.
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .trim();

/**
 * What any step of `cleanAll` would change: a zero-width character, a tag, a heading mark,
 * emphasis, a bullet, or white space other than single spaces. A line with none is only trimmed.
 */
const needsCleaning = /[\u200b-\u200d\u2060\ufeff<#*_]|\s{2}|[^\S ]|^\s*[-•▪●◦]/;

/** A superscript ordinal that a PDF sets on a line of its own above "29 July": never text. */
const loneOrdinal = /^\s*(?:st|nd|rd|th)\s*$/;

export const cleanLine = (raw: string): string =>
  loneOrdinal.test(raw) ? '' : needsCleaning.test(raw) ? cleanAll(raw) : raw.trim();

export const cleanLines = (text: string): CleanLine[] =>
  text.split('\n').map((raw, index) => ({ number: index + 1, text: cleanLine(raw) }));

/** Page furniture that PDF-to-text leaves in: never a title or a heading. */
const furniture =
  /^(?:page \d+(?: of \d+)?|\d{1,4}(?:\s*\|\s*page)?|-{3,}|this page is (?:intentionally|deliberately) (?:left )?blank|agenda item:? \d+\w*|\f)$/i;

/**
 * A note an archive or converter writes above a paper ("> Source: https://…", "Format: text",
 * "Retrieved: 2026-07-11", "---"): not the paper's own front.
 */
export const archiveNote =
  /^(?:-{3,}|(?:>\s*)?(?:source(?:\s+url)?|format|retrieved|raw|url|era|in-body\s+date\s+match|pmn\s+(?:notice|file)\s+id)\s*:\s+\S.*)$/i;

export const isFurniture = (line: string): boolean => line === '' || furniture.test(line);

/** Splits a line laid out with tabs (a table row in text from a PDF) into its trimmed cells. */
export const tabCells = (raw: string): string[] => raw.split('\t').map((cell) => cleanLine(cell));

/** A run of lines read as one: a paragraph hard-wrapped by the PDF or the typist. */
export interface Paragraph extends CleanLine {
  readonly endLine: number;
  /** Where its first line stands among the lines read (line numbers repeat where columns were read one after the other). */
  readonly index?: number;
}

const itemHeading = new RegExp(`${numberedStart.source}[^.!?]*$`, 'u');
const labelled = /^[A-Z][\w ()'’/-]{1,40}:/;

/** Lines that start something of their own rather than continue the one above. */
const startsAnew = new RegExp(
  `^(?:[A-Z][\\w ()'’/-]{1,40}:|\\(?[a-z]\\)\\s|(?:RESOLVED|AGREED|ACTION)\\b)|${numberedStart.source}`,
  'u',
);

/**
 * Joins hard-wrapped lines into paragraphs: a paragraph ends at a blank line, and a new one starts
 * at a labelled line ("Apologies: …"), a numbered heading or point, or a decision, so a list of
 * names or a sentence broken across lines is read whole.
 */
export const paragraphs = (lines: readonly CleanLine[]): Paragraph[] => {
  const result: Paragraph[] = [];
  let current: { number: number; endLine: number; index: number; parts: string[] } | undefined;
  const flush = () => {
    if (current)
      result.push({
        number: current.number,
        endLine: current.endLine,
        index: current.index,
        text: current.parts.join(' '),
      });
    current = undefined;
  };
  for (const [index, line] of lines.entries()) {
    if (line.text === '' || isFurniture(line.text)) {
      if (line.text === '') flush();
      continue;
    }
    // A wrap continues a sentence: the line above ends mid-sentence, or this one starts in lower case.
    const previous = current?.parts.at(-1) ?? '';
    const wraps = !/[.!?:]$/.test(previous) || /^[a-z]/.test(line.text);
    // A numbered heading stands alone, and a list after a label ("Abstain: None") does not run on
    // into a sentence ("Motion carried 7-0."): a name goes on with a capital, a sentence with a verb.
    const headingAlone =
      current?.parts.length === 1 && itemHeading.test(previous) && previous.length <= 90;
    const sentenceAfterList =
      current !== undefined &&
      labelled.test(current.parts[0] ?? '') &&
      /^[A-Z][a-z]+\s+(?!and\b|&|de\b|van\b|von\b)[a-z]/.test(line.text);
    // Unless the line above plainly runs on ("…for Café Rénée," / "14 Quay Street…").
    const runsOn =
      /(?:,|\b(?:for|of|and|the|to|at|in|on|by|with|from|a|an))$/.test(previous) &&
      !/^(?:RESOLVED|AGREED)\b/.test(line.text);
    if (
      current &&
      wraps &&
      !headingAlone &&
      !sentenceAfterList &&
      (runsOn || !startsAnew.test(line.text))
    ) {
      current.parts.push(line.text);
      current.endLine = line.number;
      continue;
    }
    flush();
    current = { number: line.number, endLine: line.number, index, parts: [line.text] };
  }
  flush();
  return result;
};
