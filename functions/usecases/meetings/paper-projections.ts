import type { VersionRecord } from '../../domain/paper-record.ts';
import { type MeetingProjection, meetingsOf } from '../../domain/papers/meetings.ts';
import type { PaperExtraction } from '../../domain/papers/model.ts';
import { publicExtraction } from '../../domain/papers/public-view.ts';

/** How many lines a text has: a final line break ends the last line, it does not start one. */
export const lineCountOf = (text: string): number => text.replace(/\n$/, '').split('\n').length;

/**
 * A paper that is one document runs to its last line: the projection's open end (a placeholder
 * as large as a number can safely be) becomes that line's number, so no placeholder is published.
 */
export const withLastLine = (
  projection: MeetingProjection,
  lineCount: number,
): MeetingProjection => ({
  ...projection,
  documents: projection.documents.map((document) => ({
    ...document,
    endLine: Math.min(document.endLine, lineCount),
  })),
});

/**
 * What one paper version says about each meeting it speaks of, as ingest projects it: from the
 * public view of its extraction only (exempt parts left out), each document ending at its line.
 */
export const projectionsOfVersion = (
  record: Pick<VersionRecord, 'id' | 'version'>,
  extraction: PaperExtraction,
  text: string,
  council: string,
): MeetingProjection[] =>
  meetingsOf(publicExtraction(extraction), record.id, record.version, council).map((projection) =>
    withLastLine(projection, lineCountOf(text)),
  );
