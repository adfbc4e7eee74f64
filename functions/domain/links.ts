import { recordPath } from '../config/areas.ts';
import type { DatasetVersionRecord } from './dataset-record.ts';
import type { VersionRecord } from './paper-record.ts';
import { publicRecord } from './public-record.ts';

/** The links a withdrawn version keeps: itself, its record's history and its proofs. */
const historyLinks = (self: string, version: number) => ({
  self,
  version: `${self}/versions/${version}`,
  versions: `${self}/versions`,
  verify: `${self}/verify`,
});

/** Where everything a paper version relates to is: its history, documents, meetings, proofs. */
export const paperLinks = (record: VersionRecord): Record<string, string | string[]> => {
  const self = recordPath('paper', record.id);
  // A withdrawal has no original, documents or meetings of its own: only its history answers.
  if (record.status === 'withdrawn') return historyLinks(self, record.version);
  return {
    self,
    version: `${self}/versions/${record.version}`,
    versions: `${self}/versions`,
    original: `${self}/versions/${record.version}/original`,
    documents: `${self}/documents`,
    meetings: record.meetingIds.map((meetingId) => `/v1/meetings/${meetingId}`),
    tables: `/v1/datasets?origin=paper&q=${record.id}-table-`,
    verify: `${self}/verify`,
  };
};

/** Where everything a dataset version relates to is: rows in each format, schema, report, proofs. */
export const datasetLinks = (record: DatasetVersionRecord) => {
  const self = recordPath('dataset', record.id);
  if (record.status === 'withdrawn') return historyLinks(self, record.version);
  const version = `?version=${record.version}`;
  return {
    self,
    version: `${self}/versions/${record.version}`,
    versions: `${self}/versions`,
    rows: `${self}/rows${version}`,
    csv: `${self}/rows${version}&format=csv`,
    ndjson: `${self}/rows${version}&format=ndjson`,
    schema: `${self}/schema${version}`,
    report: `${self}/report${version}`,
    original: `${self}/versions/${record.version}/original`,
    /** The whole rows in one file each, by a redirect to the archived file. */
    csvFile: `${self}/versions/${record.version}/download/csv`,
    ndjsonFile: `${self}/versions/${record.version}/download/ndjson`,
    jsonFile: `${self}/versions/${record.version}/download/json`,
    verify: `${self}/verify`,
  };
};

export const withDatasetLinks = (record: DatasetVersionRecord) => ({
  ...record,
  links: datasetLinks(record),
});

/** A list of records as the public reads it: no storage keys, and each item with its links. */
export const publicList =
  <R extends object>(linksOf: (record: R) => Record<string, string | string[]>) =>
  (page: { readonly items: readonly R[]; readonly next: string | null }) => ({
    ...page,
    items: page.items.map((record) => ({ ...publicRecord(record), links: linksOf(record) })),
  });

/** One record as lists show it to the public: no storage keys, with its links. */
export const publicItem =
  <R extends object>(linksOf: (record: R) => Record<string, string | string[]>) =>
  (record: R) => ({ ...publicRecord(record), links: linksOf(record) });
