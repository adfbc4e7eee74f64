import { recordPath } from '../config/areas.ts';
import type { DatasetVersionRecord } from './dataset-record.ts';
import type { VersionRecord } from './paper-record.ts';

/** Where everything a paper version relates to is: its history, documents, meetings, proofs. */
export const paperLinks = (record: VersionRecord) => {
  const self = recordPath('paper', record.id);
  return {
    self,
    version: `${self}/versions/${record.version}`,
    versions: `${self}/versions`,
    original: `${self}/versions/${record.version}/original`,
    documents: `${self}/documents`,
    meetings: record.meetingIds.map((meetingId) => `/v1/meetings/${meetingId}`),
    tables: `/v1/datasets?q=${record.id}-table-`,
    verify: `${self}/verify`,
  };
};

/** Where everything a dataset version relates to is: rows in each format, schema, report, proofs. */
export const datasetLinks = (record: DatasetVersionRecord) => {
  const self = recordPath('dataset', record.id);
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
