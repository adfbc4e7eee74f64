import { findDate } from '../dates.ts';
import type { DocumentType, PaperFields } from '../paper-record.ts';
import { type CleanLine, cleanLines, isFurniture } from './lines.ts';

/** How far into a paper its front matter (title, date) is looked for. */
const frontMatterLines = 60;

const labelled = (lines: readonly CleanLine[], label: RegExp): string | undefined => {
  for (const line of lines) {
    const match = label.exec(line.text);
    if (match?.[1]?.trim()) return match[1].trim();
  }
  return undefined;
};

/** A heading-like first line: short, and naming a kind of council paper or body. */
const titleWords =
  /\b(agenda|minutes|report|committee|council|cabinet|board|panel|meeting|forum|scrutiny|plan|strategy|update|review)\b/i;

const findTitle = (front: readonly CleanLine[]): string | null => {
  const fromLabel = labelled(front, /^title\s*:\s*(.+)$/i);
  if (fromLabel) return fromLabel;
  const first = front.find((line) => !isFurniture(line.text));
  if (first && first.text.length <= 150 && titleWords.test(first.text)) return first.text;
  return null;
};

const findMeetingDate = (front: readonly CleanLine[]): string | null => {
  const label = labelled(front, /^(?:meeting\s+)?date(?:\s+of\s+meeting)?\s*:\s*(.+)$/i);
  const fromLabel = label ? findDate(label) : undefined;
  if (fromLabel) return fromLabel;
  for (const line of front) {
    if (/\b(?:held|meeting)\b.*\bon\b/i.test(line.text)) {
      const date = findDate(line.text);
      if (date) return date;
    }
  }
  return null;
};

const findDocumentType = (title: string | null, lines: readonly CleanLine[]): DocumentType => {
  const heading = `${title ?? ''} ${lines
    .slice(0, 15)
    .map((line) => line.text)
    .join(' ')}`;
  if (/\bminutes\b/i.test(title ?? '')) return 'minutes';
  if (/\bagenda\b/i.test(heading)) {
    // A pack carries later documents: minutes of the last meeting or reports, as headings of their own.
    const later = lines.slice(frontMatterLines);
    const packed = later.some((line) => /^(?:minutes\b|report (?:to|of)\b)/i.test(line.text));
    return packed ? 'agenda-pack' : 'agenda';
  }
  if (/\breport\s+(?:to|of|for)\b/i.test(heading)) return 'report';
  // A report without a "Report to" heading still says what it is before it recommends.
  const opening = lines.slice(0, frontMatterLines).map((line) => line.text);
  const recommends = opening.some((line) => /^recommendations?\b/i.test(line));
  if (recommends && opening.some((line) => /\b(?:this|the) report\b/i.test(line))) return 'report';
  return 'other';
};

/**
 * The first, simple extractor: document type, title and meeting date from a paper's front matter.
 * It states only what the text says; anything it cannot find is `null`.
 *
 * @example extractPaperBasics('Cabinet Agenda\n\nDate: 9 May 2023').meetingDate // '2023-05-09'
 */
export const extractPaperBasics = (text: string): PaperFields => {
  const lines = cleanLines(text);
  const front = lines.slice(0, frontMatterLines);
  const title = findTitle(front);
  return {
    documentType: findDocumentType(title, lines),
    title,
    meetingDate: findMeetingDate(front),
  };
};
