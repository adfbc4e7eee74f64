import type { RecordKind } from '../config/areas.ts';
import type { RejectionCode } from '../domain/errors.ts';
import type { PaperReading } from '../domain/papers/reading.ts';
import type { Page, PageRequest } from './page.ts';

/** Why deleting an upload withdrew nothing. */
export type WithdrawSkip =
  | 'not-found'
  | 'already-withdrawn'
  | 'stale-removal'
  | 'removed-elsewhere';

export type IngestOutcome =
  | 'accepted'
  | 'duplicate'
  | 'rejected'
  | 'skipped'
  | 'withdrawn'
  | 'taken-down';

/** One ingest attempt, whatever its outcome: the audit trail and the report for a rejected upload. */
export interface IngestEntry {
  readonly at: string;
  readonly bucket: string;
  readonly key: string;
  readonly eventName: string;
  readonly sequencer: string;
  readonly outcome: IngestOutcome;
  readonly kind: RecordKind | null;
  readonly id: string | null;
  readonly version: number | null;
  readonly sha256: string | null;
  readonly size: number | null;
  readonly mediaType: string | null;
  /** Datasets: the archived validation report, kept for rejected uploads too. */
  readonly reportKey: string | null;
  /** Papers: what was read (kind, body, date, counts, warnings). Absent on entries logged before it existed. */
  readonly read?: PaperReading | null;
  /**
   * Who made the change: an upload's `x-amz-meta-uploaded-by` (else the S3 principal), a
   * deletion's S3 principal, the officer or operator who withdrew or took down. Absent on entries
   * logged before it existed.
   */
  readonly uploadedBy?: string | null;
  readonly reason: {
    readonly code:
      | RejectionCode
      | 'outside-upload-areas'
      | 'object-gone'
      | 'object-changed'
      | 'data-package'
      | 'not-enabled'
      | 'sidecar-schema'
      /** A workbook's sheets, each ingested as a dataset of its own; or one sheet with no cells. */
      | 'workbook'
      | 'empty-sheet'
      /** Withdrawn or taken down at someone's request: the message is the reason they gave. */
      | 'withdrawal'
      | 'takedown'
      | WithdrawSkip;
    readonly message: string;
  } | null;
}

/** Filters on the audit log: all optional; `from`/`to` are inclusive instants, `key` a key prefix. */
export interface IngestQuery extends PageRequest {
  readonly outcome?: IngestOutcome | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly key?: string | undefined;
  /** Only the entries of one uploader (the upload page lists the signed-in officer's own). */
  readonly uploadedBy?: string | undefined;
}

export interface IngestLog {
  record(entry: IngestEntry): Promise<void>;
  /** The most recent entries, newest first. */
  recent(limit: number): Promise<readonly IngestEntry[]>;
  /** Entries newest first, filtered, keyset-paged. */
  query(query: IngestQuery): Promise<Page<IngestEntry>>;
}
