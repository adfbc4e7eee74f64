import type { CleanLine } from './lines.ts';
import type { ExemptFlag } from './model.ts';

const frontMarkers: readonly [RegExp, string][] = [
  [
    /\bnot\s+for\s+(?:publication|public\s+(?:release|inspection))\b/i,
    'marked not for publication',
  ],
  [/\bschedule\s+12\s?a\b/i, 'exempt under Schedule 12A of the Local Government Act 1972'],
  [
    /^(?:exempt|confidential|restricted|private\s+(?:and|&)\s+confidential)\b(?:\s+(?:report|appendix|item|information|minutes?))?\s*$/i,
    'marked exempt or confidential',
  ],
  [
    /\b(?:exempt|confidential)\s+(?:report|appendix|information|item|minutes)\b/i,
    'marked exempt or confidential',
  ],
  [/^part\s+(?:ii|2)\b(?!\s+of)/i, 'a Part II (private) item'],
];

/** Anywhere in a document, these still mark it exempt unless they are a resolution to exclude the public. */
const anywhereMarkers = [
  /\bnot\s+for\s+publication\b/i,
  /\bby\s+virtue\s+of\s+paragraphs?\b.*\bschedule\s+12\s?a\b/i,
];

const exclusionContext =
  /\b(?:press\s+and\s+(?:the\s+)?public|public\s+and\s+(?:the\s+)?press|public\s+be\s+excluded|exclu(?:de|sion|ded))\b/i;

const paragraphNumbers = (text: string): string[] => {
  const match = /paragraphs?\s+((?:\d+[a-z]?(?:\s*(?:,|and|&|or)\s*)?)+)/i.exec(text);
  return match?.[1] ? [...match[1].matchAll(/\d+[a-z]?/g)].map((number) => number[0]) : [];
};

/**
 * Flags a document as exempt when its front matter marks it so (Schedule 12A, not for publication,
 * Part II, confidential), or when such a marking appears later outside a resolution excluding the
 * press and public. Minutes that only record such a resolution stay public. Fails closed: a marking
 * without a paragraph number still flags the document, with the reason saying so.
 */
export const readExempt = (lines: readonly CleanLine[]): ExemptFlag => {
  const front = lines.filter((line) => line.text !== '').slice(0, 25);
  const frontText = front.map((line) => line.text).join(' ');
  for (const line of front) {
    // "Exempt information: None" on a report's cover says the opposite of a marking.
    if (
      exclusionContext.test(line.text) ||
      /\b(?:exempt|confidential)\b[^:]*:\s*(?:none|no|n\/a|not\s+applicable|nil)\b/i.test(line.text)
    )
      continue;
    for (const [marker, reason] of frontMarkers) {
      if (!marker.test(line.text)) continue;
      const paragraphs = paragraphNumbers(
        /schedule\s+12\s?a/i.test(frontText) ? frontText : line.text,
      );
      return {
        exempt: true,
        paragraphs,
        reason: paragraphs.length ? `${reason} (paragraph ${paragraphs.join(', ')})` : reason,
        line: line.number,
      };
    }
  }
  for (const [index, line] of lines.entries()) {
    if (!anywhereMarkers.some((marker) => marker.test(line.text))) continue;
    const context = lines
      .slice(Math.max(0, index - 4), index + 2)
      .map((candidate) => candidate.text)
      .join(' ');
    if (exclusionContext.test(context)) continue;
    return {
      exempt: true,
      paragraphs: paragraphNumbers(line.text),
      reason: `marked exempt at line ${line.number}`,
      line: line.number,
    };
  }
  return { exempt: false, paragraphs: [], reason: null, line: null };
};
