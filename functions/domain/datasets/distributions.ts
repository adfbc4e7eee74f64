import { archivePrefixes } from '../../config/areas.ts';
import type { CellValue } from './cast.ts';
import { toCsvRecords } from './csv-out.ts';

export type DistributionFormat = 'csv' | 'ndjson' | 'json';

/** A complete download of a version's rows, written once at ingest to the archive. */
export interface DatasetDistribution {
  readonly format: DistributionFormat;
  /** Its key in the archive bucket. */
  readonly key: string;
  readonly byteSize: number;
  readonly sha256: string;
  /** The `Content-Type` it is served with. */
  readonly mediaType: string;
}

/** How one format is served and what the catalogues call it. */
export interface DistributionKind {
  readonly format: DistributionFormat;
  readonly label: string;
  readonly contentType: string;
  /** The IANA-registered media type, or null when there is none (NDJSON has none). */
  readonly registeredMediaType: string | null;
  /** The name in the EU file-type authority table, or null when it has none. */
  readonly fileType: string | null;
}

export const distributionKinds: readonly DistributionKind[] = [
  {
    format: 'csv',
    label: 'CSV',
    contentType: 'text/csv; charset=utf-8; header=present',
    registeredMediaType: 'text/csv',
    fileType: 'CSV',
  },
  {
    format: 'ndjson',
    label: 'NDJSON',
    contentType: 'application/x-ndjson; charset=utf-8',
    registeredMediaType: null,
    fileType: null,
  },
  {
    format: 'json',
    label: 'JSON',
    contentType: 'application/json; charset=utf-8',
    registeredMediaType: 'application/json',
    fileType: 'JSON',
  },
];

export const distributionFormats = distributionKinds.map((kind) => kind.format);

export const distributionKind = (format: DistributionFormat): DistributionKind =>
  distributionKinds.find((kind) => kind.format === format) as DistributionKind;

/**
 * Where a rowset's distribution lives: the rows of identical bytes are identical, so the key is
 * fixed by the rowset and the object is written once.
 *
 * @example distributionKey('spend#ab12…', 'csv') // 'distributions/sha256/ab12…/spend.csv'
 */
export const distributionKey = (rowset: string, format: DistributionFormat): string => {
  const [id, sha256] = rowset.split('#');
  return `${archivePrefixes.distributions}${sha256}/${id}.${format}`;
};

/** The file name a download is saved as. */
export const distributionFilename = (id: string, version: number, format: DistributionFormat) =>
  `${id}-v${version}.${format}`;

export type RowValues = Readonly<Record<string, CellValue>>;

/** Writes rows as text a batch at a time: the head once, each batch, then the tail. */
export interface RowEncoder {
  head(): string;
  rows(rows: readonly RowValues[]): string;
  tail(): string;
}

/**
 * An encoder for one format. CSV has a header line and is written as `toCsv` writes it; NDJSON has
 * one object per line; JSON is an array of objects. Objects hold the fields in schema order.
 *
 * @example const csv = rowEncoder('csv', ['a']); csv.head() + csv.rows([{ a: 1 }]) // 'a\r\n1\r\n'
 */
export const rowEncoder = (format: DistributionFormat, fields: readonly string[]): RowEncoder => {
  const object = (row: RowValues) =>
    JSON.stringify(Object.fromEntries(fields.map((field) => [field, row[field] ?? null])));
  if (format === 'csv')
    return {
      head: () => toCsvRecords([fields]),
      rows: (rows) => toCsvRecords(rows.map((row) => fields.map((field) => row[field] ?? null))),
      tail: () => '',
    };
  if (format === 'ndjson')
    return {
      head: () => '',
      rows: (rows) => rows.map((row) => `${object(row)}\n`).join(''),
      tail: () => '',
    };
  let written = 0;
  return {
    head: () => '[',
    rows: (rows) => rows.map((row) => `${written++ === 0 ? '' : ','}\n${object(row)}`).join(''),
    tail: () => (written === 0 ? ']\n' : '\n]\n'),
  };
};
