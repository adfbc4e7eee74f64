import type { Page, PageRequest } from './page.ts';

/** One row of a dataset version: its 1-based data row number and its typed values by field. */
export interface DatasetRow {
  readonly rowNumber: number;
  readonly values: Readonly<Record<string, string | number | boolean | null>>;
}

export interface RowQuery extends PageRequest {
  /** Field equality filters, values already typed by the dataset's schema. */
  readonly equals?: Readonly<Record<string, string | number | boolean>>;
}

/** Rows of dataset versions. A version's rows are written once, before the version is published. */
export interface RowStore {
  /** Writes rows in batches, retrying unprocessed items with backoff; resolves when all are stored. */
  write(datasetId: string, version: number, rows: readonly DatasetRow[]): Promise<void>;
  read(datasetId: string, version: number, query: RowQuery): Promise<Page<DatasetRow>>;
}
