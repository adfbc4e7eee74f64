import type { DatasetDistribution } from './datasets/distributions.ts';
import type { DatasetOrigin } from './datasets/origin.ts';
import type { HistoryFacts } from './history/facts.ts';
import type { SourceFacts } from './paper-record.ts';

/** One immutable version of a dataset: its metadata, where its rows, schema and report are. */
export interface DatasetVersionRecord extends SourceFacts, HistoryFacts {
  readonly kind: 'dataset';
  readonly id: string;
  readonly version: number;
  readonly title: string;
  readonly description: string | null;
  readonly publisher: string | null;
  readonly licence: string | null;
  readonly source: string | null;
  /**
   * `upload`: uploaded as data; `paper`: a table read from a paper. Absent on versions ingested
   * before origins were recorded: `datasetOrigin` reads those from `source`.
   */
  readonly origin?: DatasetOrigin;
  readonly delimiter: string | null;
  readonly fields: string[];
  readonly rowCount: number;
  readonly errorCount: number;
  readonly valid: boolean;
  readonly outcome: 'accepted' | 'accepted-with-errors';
  /** Key of the rows in the rows table: the dataset id and the SHA-256 of the bytes. */
  readonly rowset: string;
  readonly schemaKey: string;
  readonly reportKey: string;
  /**
   * The whole rows as CSV, NDJSON and JSON, written at ingest. Versions archived before
   * distributions existed have none: theirs are generated from the rows on first download.
   */
  readonly distributions?: readonly DatasetDistribution[];
}
