import type { BlobStore } from '../../ports/blob-store.ts';
import type { ChangeFeed } from '../../ports/change-feed.ts';
import type { IngestEntry, IngestLog } from '../../ports/ingest-log.ts';
import type { Logger } from '../../ports/logger.ts';
import type { MeetingStore } from '../../ports/meeting-store.ts';
import type { PageOcr } from '../../ports/page-ocr.ts';
import type { RowStore } from '../../ports/row-store.ts';
import type { SearchIndexStore } from '../../ports/search-index-store.ts';
import type { VersionStore } from '../../ports/version-store.ts';

/**
 * What every ingest step shares: the dependencies it runs on and the outcome it reports. Kept apart
 * from the steps, so papers, datasets, packages and withdrawals import it without importing each other.
 */

export interface IngestDeps {
  readonly rows: RowStore;
  /** The bucket whose notifications this function consumes; events from any other are a misconfiguration. */
  readonly uploadBucket: string;
  readonly uploads: BlobStore;
  readonly archive: BlobStore;
  readonly versions: VersionStore;
  /** Where each committed version takes its place in the change feed. */
  readonly feed: ChangeFeed;
  readonly meetings: MeetingStore;
  readonly log: IngestLog;
  /** The search index's shards, which every change to a record's current version updates. */
  readonly searchIndex: SearchIndexStore;
  readonly searchShards: number;
  /** Where each upload's one outcome line, and any failure, is written. */
  readonly logger: Logger;
  /** The clock versions are committed by. */
  readonly now: () => Date;
  /**
   * The deployment's own council (`CATALOG_PUBLISHER`): a paper that names no council is filed
   * under it, so its bodies and meetings are keyed by council like every other's.
   */
  readonly council: string;
  /** Reads the scanned pages of PDFs (the OCR function in AWS). */
  readonly ocr: PageOcr;
}

export type Outcome = Pick<
  IngestEntry,
  | 'outcome'
  | 'kind'
  | 'id'
  | 'version'
  | 'sha256'
  | 'size'
  | 'mediaType'
  | 'reason'
  | 'reportKey'
  | 'read'
>;

export const nothing = {
  kind: null,
  id: null,
  version: null,
  sha256: null,
  size: null,
  mediaType: null,
  reportKey: null,
} as const;
