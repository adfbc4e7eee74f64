import type { CleanLine } from './lines.ts';
import type { Section } from './model.ts';

/**
 * An item or minute heading: "7 SEND EDUCATION SUFFICIENCY", "84. Apologies for Absence",
 * "Minute 23/045 – Planning applications", "Item 5: Budget". Numbered paragraphs of prose
 * ("1. The following section gives…") are not headings: those end like sentences or run long.
 */
const heading =
  /^(?:(?:item|minute|min\.?|agenda item)\s+)?(\d{1,3}(?:[./]\d{1,3})?(?:\/\d{2,4})?[a-z]?)(?:[.):]|\s[-–—:])?\s+(.{3,120})$/i;

const isTitleLike = (title: string): boolean => {
  // A heading may wrap after a comma; a sentence ends with a stop.
  if (/[.;:]$/.test(title) && !/\b(?:etc|no)\.$/i.test(title)) return false;
  const words = title.split(/\s+/);
  if (words.length > 16) return false;
  const letters = title.replace(/[^A-Za-z]/g, '');
  if (letters.length < 3) return false;
  const upper = letters.replace(/[^A-Z]/g, '').length / letters.length;
  if (upper > 0.8) return true;
  // Title case: most words of four or more letters start with a capital.
  const long = words.filter((word) => /^[A-Za-z]{4,}/.test(word));
  const capitalised = long.filter((word) => /^[A-Z]/.test(word)).length;
  if (long.length > 0 && capitalised / long.length >= 0.6 && words.length <= 12) return true;
  // Sentence case, as many councils write item headings: short, capitalised, no closing stop.
  return /^[A-Z]/.test(title) && words.filter((word) => word !== '/').length <= 10;
};

export const parseHeading = (text: string): { number: string; title: string } | undefined => {
  const match = heading.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  // "2021 Annual Report", "10 January 2022": a year or date, not an item number.
  if (
    /^(?:19|20)\d\d$/.test(match[1]) ||
    /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+\d/i.test(
      match[2],
    )
  )
    return undefined;
  // "9.30 am Pre-meeting Discussion": a time, not item 9.30.
  if (/^[ap]\.?m\b/i.test(match[2])) return undefined;
  // "(Pages 5 - 12)", "(Tudalennau / Pages 5 - 12)": page references, not part of the title.
  const title = match[2].replace(/\s*\([^()]*\bpages?\s+[\d\s\-–]+\)\s*$/i, '').trim();
  return isTitleLike(title) ? { number: match[1].replace(/\.$/, ''), title } : undefined;
};

/**
 * Splits a document's lines into numbered item sections. Numbers must not go backwards by much,
 * which keeps a stray numbered line inside an item from starting a new one.
 */
export const itemSections = (lines: readonly CleanLine[]): (Section & { lines: CleanLine[] })[] => {
  const sections: (Section & { lines: CleanLine[] })[] = [];
  for (const line of lines) {
    const parsed = parseHeading(line.text);
    const current = sections.at(-1);
    if (parsed && (!current || plausiblyNext(current.number, parsed.number))) {
      sections.push({ ...parsed, line: line.number, endLine: line.number, lines: [] });
      continue;
    }
    if (current) {
      current.lines.push(line);
      (current as { endLine: number }).endLine = line.number;
    }
  }
  return sections;
};

const leading = (number: string) => Number.parseInt(number.replace(/^.*\//, ''), 10);

const plausiblyNext = (previous: string, next: string): boolean => {
  const a = leading(previous);
  const b = leading(next);
  return (
    Number.isNaN(a) || Number.isNaN(b) || (b > a && b - a <= 5) || (b === a && next !== previous)
  );
};
