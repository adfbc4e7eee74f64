import type { DatasetVersionRecord } from '../dataset-record.ts';
import type { VersionRecord } from '../paper-record.ts';
import { bodyId, bodySlug, meetingsOf } from '../papers/meetings.ts';
import type { PaperExtraction } from '../papers/model.ts';
import { publicExtraction } from '../papers/public-view.ts';
import { groupKey, type SearchDocument } from './document.ts';

/** Line ranges of a paper's text never shown: exempt documents of its pack and exempt parts. */
export const hiddenLines = (extraction: PaperExtraction): [number, number][] => [
  ...extraction.documents
    .filter((document) => document.exempt.exempt)
    .map((document): [number, number] => [document.startLine, document.endLine]),
  // Absent from extractions stored before exempt parts were read.
  ...(extraction.withheldParts ?? []).map((part): [number, number] => [
    part.startLine,
    part.endLine,
  ]),
];

/**
 * The text with the hidden line ranges left out: what a search may match and show.
 *
 * @example visibleText('a\nb\nc', [[2, 2]]) // 'a\nc'
 */
export const visibleText = (
  text: string,
  hidden: readonly (readonly [number, number])[],
): string =>
  hidden.length === 0
    ? text
    : text
        .split('\n')
        .filter(
          (_, index) => !hidden.some(([start, end]) => index + 1 >= start && index + 1 <= end),
        )
        .join('\n');

/** The lines a paper's table came from, as its `source` names them (`…#lines-12-30`). */
const linesOf = (source: string | null): [number, number] | null => {
  const match = /#lines-(\d+)-(\d+)$/.exec(source ?? '');
  return match ? [Number(match[1]), Number(match[2])] : null;
};

/** A table whose lines are unknown is treated as hidden when anything is: fail closed. */
const overlaps = (lines: [number, number] | null, hidden: readonly (readonly [number, number])[]) =>
  hidden.length > 0 &&
  (lines === null || hidden.some(([start, end]) => lines[0] <= end && lines[1] >= start));

const none = {
  body: null,
  bodyId: null,
  bodySlug: null,
  meetingDate: null,
  documentType: null,
  meetingId: null,
  textKey: null,
  hidden: [],
  text: null,
  members: [],
} as const;

/** A dataset's document: its title and description (a paper's table belongs to the paper's group). */
export const datasetDocument = (record: DatasetVersionRecord): SearchDocument => {
  const key = groupKey('dataset', record.id);
  return {
    ...none,
    key,
    kind: 'dataset',
    recordId: record.id,
    title: record.title,
    meta: [record.publisher, record.source].filter(Boolean).join(' '),
    content: record.description ?? '',
    text: record.description ?? '',
    members: [key],
  };
};

/**
 * A paper's documents: the paper (its readable text, exempt documents of a pack left out), each
 * decision of its non-exempt documents with its meeting, and the tables it published. An exempt or
 * withdrawn paper has none: callers pass only a published, public version. `council` is the
 * paper's council (as ingest recorded it), which keys its bodies and meetings.
 */
export const paperDocuments = (
  record: VersionRecord,
  extraction: PaperExtraction,
  text: string,
  tables: readonly DatasetVersionRecord[],
  council: string,
): SearchDocument[] => {
  if (record.exempt || record.status !== 'published') return [];
  const key = groupKey('paper', record.id);
  const hidden = hiddenLines(extraction);
  const shown = publicExtraction(extraction);
  const decisions = meetingsOf(shown, record.id, record.version, council).flatMap((meeting) =>
    meeting.decisions.map((decision) => ({ meeting, decision })),
  );
  const documents: SearchDocument[] = decisions.map(({ meeting, decision }, index) => ({
    ...none,
    key: `${key}#decision-${index + 1}`,
    kind: 'decision',
    recordId: record.id,
    title: `Decision of ${meeting.body}, ${meeting.meetingDate}${decision.item ? `, item ${decision.item}` : ''}`,
    meta: [meeting.body, meeting.council].filter(Boolean).join(' '),
    content: decision.text,
    body: meeting.body,
    bodyId: meeting.bodyId,
    bodySlug: meeting.bodySlug,
    meetingDate: meeting.meetingDate,
    documentType: null,
    meetingId: meeting.meetingId,
    text: decision.text,
  }));
  for (const table of tables)
    if (!overlaps(linesOf(table.source), hidden))
      documents.push({ ...datasetDocument(table), members: [] });
  const shownText = visibleText(text, hidden);
  const head: SearchDocument = {
    ...none,
    key,
    kind: 'paper',
    recordId: record.id,
    title: record.title ?? record.id,
    meta: [record.committee, record.council].filter(Boolean).join(' '),
    content: shownText,
    // Stored too (gzipped with the shard's stored fields), so a page of results cuts its snippets
    // without reading each paper from the archive; only the visible text, never a hidden line.
    text: shownText,
    body: record.committee,
    bodyId: record.committee ? bodyId(council, record.committee) : null,
    bodySlug: record.committee ? bodySlug(record.committee) : null,
    meetingDate: record.meetingDate,
    documentType: record.documentType,
    textKey: record.textKey,
    hidden,
    members: [key, ...documents.map((document) => document.key)],
  };
  return [head, ...documents];
};
