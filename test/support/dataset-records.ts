import {
  type CatalogConfig,
  openGovernmentLicence,
} from '../../functions/domain/catalog/catalog-config.ts';
import type { DatasetVersionRecord } from '../../functions/domain/dataset-record.ts';
import { seal } from '../../functions/domain/history/chain.ts';

const hex = (seed: string) => seed.repeat(64).slice(0, 64);

/**
 * A valid dataset version for tests that need one, sealed as a first link; override what the test
 * is about (an override of a chain field is kept as given).
 */
export const datasetVersion = (
  overrides: Partial<DatasetVersionRecord> = {},
): DatasetVersionRecord => {
  const id = overrides.id ?? 'spend-over-500-2024-q1';
  const version = overrides.version ?? 1;
  const record: Omit<DatasetVersionRecord, 'recordSha256' | 'previousChainHash' | 'chainHash'> = {
    kind: 'dataset',
    id,
    version,
    title: 'Spend over £500, January to March 2024',
    description: 'Every payment of £500 or more made by the council in the quarter.',
    publisher: 'Westhaven District Council',
    licence: 'OGL-UK-3.0',
    source: 'Finance ledger export',
    delimiter: ',',
    fields: ['date', 'supplier', 'amount'],
    rowCount: 1204,
    errorCount: 0,
    valid: true,
    outcome: 'accepted',
    rowset: `${id}#${hex('d')}`,
    schemaKey: `schemas/sha256/${hex('e')}`,
    reportKey: `reports/sha256/${hex('f')}`,
    sourceKey: `uploads/datasets/${id}.csv`,
    sequencer: '0055AED6DCD90281E5',
    uploader: 'AWS:AIDAJDPLRKLG7UEXAMPLE',
    receivedAt: '2024-04-02T09:00:00.000Z',
    size: 84_213,
    sha256: hex('d'),
    format: 'csv',
    mediaType: 'text/csv; charset=utf-8',
    encoding: 'utf-8',
    originalKey: `originals/sha256/${hex('d')}`,
    reason: version === 1 ? 'new' : 'correction',
    status: 'published',
    withdrawal: null,
    publishedAt: '2024-04-02T09:00:01.000Z',
    current: version,
    applied: { [`uploads/datasets/${id}.csv`]: '0055AED6DCD90281E5' },
    feedSeq: version,
    ...overrides,
  };
  return { ...seal<DatasetVersionRecord>(record, undefined), ...overrides };
};

/**
 * Three current versions as a council's catalogue would hold them, one of them withdrawn; the first
 * has its downloads written at ingest, the second was archived before downloads existed.
 */
export const catalogueRecords = (): DatasetVersionRecord[] => [
  datasetVersion({
    distributions: (['csv', 'ndjson', 'json'] as const).map((format, index) => ({
      format,
      key: `distributions/sha256/${hex('d')}/spend-over-500-2024-q1.${format}`,
      byteSize: 90_000 + index,
      sha256: hex(String(index + 1)),
      mediaType: format === 'csv' ? 'text/csv; charset=utf-8; header=present' : 'application/json',
    })),
  }),
  datasetVersion({
    id: 'councillor-allowances-2023-24',
    version: 2,
    title: 'Councillor allowances 2023/24',
    description: null,
    publisher: null,
    licence: null,
    fields: ['councillor', 'basic', 'special-responsibility'],
    format: 'json',
    mediaType: 'application/json',
    sha256: hex('9'),
    publishedAt: '2024-05-20T14:30:00.000Z',
  }),
  datasetVersion({
    id: 'planning-applications-2023',
    title: 'Planning applications decided in 2023',
    licence: 'CC-BY-4.0',
    status: 'withdrawn',
    withdrawal: {
      reason: 'Contained personal data',
      by: 'records-officer',
      at: '2024-06-01T08:00:00.000Z',
    },
  }),
];

/** A council's catalogue settings, as a deployment would give them. */
export const catalogConfig = (keywords: readonly string[]): CatalogConfig => ({
  title: 'Westhaven District Council open data',
  description: 'Datasets published from the papers and uploads of Westhaven District Council.',
  publisherName: 'Westhaven District Council',
  homepage: 'https://www.westhaven.example.gov.uk/open-data',
  defaultLicence: openGovernmentLicence,
  contact: { name: 'Open data team', email: 'opendata@westhaven.example.gov.uk' },
  keywords,
});
