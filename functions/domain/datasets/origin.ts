import { longDate } from '../dates.ts';
import { once } from '../once.ts';

/** Where a dataset came from: uploaded as data by an officer, or a table read from a paper. */
export const datasetOrigins = ['upload', 'paper'] as const;
export type DatasetOrigin = (typeof datasetOrigins)[number];

/** What a dataset list shows: one origin, or both. */
export type OriginFilter = DatasetOrigin | 'all';

/**
 * A dataset's origin as recorded, or, for versions ingested before origins were recorded, as its
 * source says (a paper's tables name the paper version they came from).
 *
 * @example datasetOrigin({ origin: undefined, source: '/v1/papers/p/versions/1#lines-3-9' }) // 'paper'
 */
export const datasetOrigin = (record: {
  readonly origin?: DatasetOrigin | undefined;
  readonly source: string | null;
}): DatasetOrigin =>
  record.origin ?? (record.source?.startsWith('/v1/papers/') ? 'paper' : 'upload');

/** Digit runs compared as numbers: `table-2` before `table-10`. */
const collator = once(() => new Intl.Collator('en', { numeric: true, sensitivity: 'variant' }));

/**
 * Ids in natural order, so a paper's tables list as table-1, table-2 … table-10.
 *
 * @example ['p-table-10', 'p-table-2'].sort(naturalOrder) // ['p-table-2', 'p-table-10']
 */
export const naturalOrder = (a: string, b: string): number => collator().compare(a, b);

/** What a table's title says of its paper: as `tableTitle` reads it. */
export interface TablePaper {
  readonly id: string;
  readonly title: string | null;
  readonly committee: string | null;
  readonly meetingDate: string | null;
  readonly documentType: string;
}

/** A document type as words: `agenda-pack` → `agenda pack`; a paper of no known kind is a paper. */
const kindOf = (documentType: string) =>
  documentType === 'other' ? 'paper' : documentType.replaceAll('-', ' ');

/**
 * A paper's table's title: its number, its heading and the paper it is in, by body, meeting date
 * and kind of paper (or the paper's title when those are unknown).
 *
 * @example tableTitle(2, 'Budget summary', { id: 'p', title: null, committee: 'Cabinet', meetingDate: '2024-05-09', documentType: 'report' }) // 'Table 2: Budget summary — Cabinet 9 May 2024 report'
 */
export const tableTitle = (number: number, heading: string | null, paper: TablePaper): string => {
  const named = [
    paper.committee,
    paper.meetingDate && longDate(paper.meetingDate),
    paper.committee || paper.meetingDate ? kindOf(paper.documentType) : null,
  ].filter(Boolean);
  const of = named.length > 0 ? named.join(' ') : (paper.title ?? paper.id);
  const label = heading?.trim() ? `Table ${number}: ${heading.trim()}` : `Table ${number}`;
  return `${label} — ${of}`;
};
