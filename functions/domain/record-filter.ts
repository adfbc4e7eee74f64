import type { DatasetVersionRecord } from './dataset-record.ts';
import { datasetOrigin, type OriginFilter } from './datasets/origin.ts';
import type { VersionRecord } from './paper-record.ts';
import { bodyMatches } from './papers/meetings.ts';

/** What a record list can be narrowed to; every field optional, all given ones must hold. */
export interface RecordFilter {
  /** Papers: the committee or other body, by id (`council--body`: that council's), name or slug (any council's). */
  readonly body?: string | undefined;
  /** Papers: the document type (`minutes`, `agenda-pack`, …). */
  readonly type?: string | undefined;
  /** Papers: meeting dates, inclusive (`YYYY-MM-DD`). */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  /** Records whose current version was published at or after this instant. */
  readonly updatedSince?: string | undefined;
  /** A case-insensitive match in the title, id, body, council or publisher. */
  readonly q?: string | undefined;
  /** Datasets: uploaded ones, a paper's tables, or all. */
  readonly origin?: OriginFilter | undefined;
}

/** Text as a case- and accent-insensitive match compares it. */
export const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Whether a record passes a filter: one rule for every store and for `asOf` views. */
export const matchesFilter = (
  record: VersionRecord | DatasetVersionRecord,
  filter: RecordFilter,
): boolean => {
  if (filter.updatedSince && record.publishedAt < filter.updatedSince) return false;
  if (filter.q) {
    const haystack =
      record.kind === 'paper'
        ? [record.id, record.title, record.committee, record.council]
        : [record.id, record.title, record.description, record.publisher];
    const needle = fold(filter.q);
    if (!haystack.some((text) => text && fold(text).includes(needle))) return false;
  }
  if (record.kind !== 'paper')
    return !filter.origin || filter.origin === 'all' || datasetOrigin(record) === filter.origin;
  if (filter.type && record.documentType !== filter.type) return false;
  if (
    filter.body &&
    (!record.committee || !bodyMatches(record.council, record.committee, filter.body))
  )
    return false;
  if (filter.from && (!record.meetingDate || record.meetingDate < filter.from)) return false;
  if (filter.to && (!record.meetingDate || record.meetingDate > filter.to)) return false;
  return true;
};

export const isFiltered = (filter: RecordFilter): boolean =>
  Object.values(filter).some((value) => value !== undefined);
