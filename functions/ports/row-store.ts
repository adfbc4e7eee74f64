import type { Page, PageRequest } from './page.ts';

/** One row of a dataset version: its 1-based data row number and its typed values by field. */
export interface DatasetRow {
  readonly rowNumber: number;
  readonly values: Readonly<Record<string, string | number | boolean | null>>;
}

export type FilterOperator = 'eq' | 'gt' | 'gte' | 'lt' | 'lte';

export interface RowFilter {
  readonly field: string;
  readonly op: FilterOperator;
  readonly value: string | number | boolean;
}

export interface RowQuery extends PageRequest {
  /** Filters on fields, all of which a row must pass; values already typed by the dataset's schema. */
  readonly filters?: readonly RowFilter[];
}

/**
 * Rows of datasets, by rowset: the dataset id and the SHA-256 of the bytes they were read from. Rows
 * are written before the version that points at them exists, and identical bytes give identical
 * rows, so writers racing for a version number can never overwrite each other's rows.
 */
export interface RowStore {
  /** Writes rows in batches, retrying unprocessed items with backoff; resolves when all are stored. */
  write(rowset: string, rows: readonly DatasetRow[]): Promise<void>;
  read(rowset: string, query: RowQuery): Promise<Page<DatasetRow>>;
  /** Every rowset that holds rows, each once: for sweeping those no version points at. */
  listRowsets(): AsyncIterable<string>;
  /** Deletes every row of a rowset. */
  removeRowset(rowset: string): Promise<void>;
}

export const rowsetOf = (datasetId: string, sha256: string): string => `${datasetId}#${sha256}`;

/** The dataset id a rowset belongs to (ids may hold `#`; the hash after the last one never does). */
export const datasetOfRowset = (rowset: string): string => rowset.slice(0, rowset.lastIndexOf('#'));
