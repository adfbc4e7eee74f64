import type { CleanLine } from './lines.ts';
import type { ExemptFlag, WithheldPart } from './model.ts';

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

/** A document's cover: its first lines, up to its first item (at most 25 lines of text). */
const cover = (lines: readonly CleanLine[], sections: readonly { readonly line: number }[]) => {
  const firstItem = sections[0]?.line ?? Number.POSITIVE_INFINITY;
  return lines.filter((line) => line.text !== '' && line.number < firstItem).slice(0, 25);
};

const paragraphNumbers = (text: string): string[] => {
  const match = /paragraphs?\s+((?:\d+[a-z]?(?:\s*(?:,|and|&|or)\s*)?)+)/i.exec(text);
  return match?.[1] ? [...match[1].matchAll(/\d+[a-z]?/g)].map((number) => number[0]) : [];
};

/**
 * Flags a document as exempt when its front matter marks it so (Schedule 12A, not for publication,
 * Part II, confidential). A marking further on withholds only its part (`readExemptParts`).
 * Fails closed: a marking without a paragraph number still flags the document.
 */
export const readExempt = (
  lines: readonly CleanLine[],
  sections: readonly { readonly line: number }[] = [],
): ExemptFlag => {
  const front = cover(lines, sections);
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
  return { exempt: false, paragraphs: [], reason: null, line: null };
};

interface ItemSpan {
  readonly number: string;
  readonly title: string;
  readonly line: number;
  readonly endLine?: number;
}

const markedTitle =
  /\b(?:exempt|confidential|not\s+for\s+publication|part\s+(?:ii|2)\b|private\s+session)\b/i;

/**
 * The exempt parts of a document that is itself public: an item whose heading marks it exempt,
 * and a Schedule 12A or "not for publication" marking below the front (the item it stands in).
 * Each part runs to the end of its
 * item; where no item holds it, to the end of the document, and the reason says so. A document
 * marked exempt at its front is withheld whole by `readExempt`, not here.
 */
export const readExemptParts = (
  lines: readonly CleanLine[],
  sections: readonly ItemSpan[],
): WithheldPart[] => {
  const last = lines.at(-1)?.number ?? 1;
  const front = new Set(cover(lines, sections).map((line) => line.number));
  const sectionAt = (line: number) =>
    sections.find((section) => section.line <= line && (section.endLine ?? section.line) >= line);
  const parts: WithheldPart[] = [];
  const add = (
    section: ItemSpan | undefined,
    line: number,
    reason: string,
    paragraphs: string[],
  ) => {
    const startLine = section?.line ?? line;
    if (parts.some((part) => part.startLine <= startLine && part.endLine >= startLine)) return;
    parts.push({
      startLine,
      endLine: section ? (section.endLine ?? section.line) : last,
      reason: section
        ? `item ${section.number} is ${reason}`
        : `${reason}; where it ends is not marked, so the rest of the document is withheld`,
      paragraphs,
      toEnd: !section,
    });
  };
  for (const section of sections)
    if (markedTitle.test(section.title))
      add(section, section.line, 'marked exempt in its heading', paragraphNumbers(section.title));
  for (const [index, line] of lines.entries()) {
    if (front.has(line.number)) continue;
    const context = lines
      .slice(Math.max(0, index - 4), index + 2)
      .map((candidate) => candidate.text)
      .join(' ');
    // A resolution to exclude the press and public withholds nothing itself: published minutes
    // of the private item are public, and an exempt report says so where it begins.
    if (exclusionContext.test(context)) continue;
    if (anywhereMarkers.some((marker) => marker.test(line.text)))
      add(sectionAt(line.number), line.number, 'marked exempt', paragraphNumbers(line.text));
  }
  return parts.sort((a, b) => a.startLine - b.startLine);
};
