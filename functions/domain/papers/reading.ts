import type { DocumentType } from '../paper-record.ts';
import type { PaperExtraction } from './model.ts';

/** What ingest read from a paper, in the words an officer checks it by: kind, body, date, counts. */
export interface PaperReading {
  readonly documentType: DocumentType;
  readonly title: string | null;
  readonly body: string | null;
  readonly meetingDate: string | null;
  readonly items: number;
  readonly attendees: number;
  readonly decisions: number;
  readonly warnings: readonly string[];
}

/**
 * The summary an officer sees after an upload (`upload`, `status`, the audit log): enough to spot a
 * paper filed under the wrong meeting or read as the wrong kind, with the extractor's warnings.
 *
 * @example readingOf(extractPaper('Minutes\nDate: 9 May 2023')).meetingDate // '2023-05-09'
 */
export const readingOf = (extraction: PaperExtraction): PaperReading => {
  const sources = [extraction, ...extraction.documents];
  const attendees = new Set(
    sources.flatMap(({ attendance }) => [...attendance.present, ...attendance.inAttendance]),
  );
  return {
    documentType: extraction.documentType,
    title: extraction.title,
    body: extraction.body,
    meetingDate: extraction.meetingDate,
    items: Math.max(...sources.map((source) => source.agendaItems.length)),
    attendees: attendees.size,
    decisions: extraction.resolutions.length,
    warnings: extraction.warnings,
  };
};

/** One line for a terminal: "minutes · Planning Committee · 2025-10-30 · 10 items, 7 attendees, 2 decisions". */
export const describeReading = (reading: PaperReading): string =>
  [
    reading.documentType,
    reading.body ?? 'no body found',
    reading.meetingDate ?? 'no meeting date',
    `${reading.items} items, ${reading.attendees} attendees, ${reading.decisions} decisions`,
  ].join(' · ');
