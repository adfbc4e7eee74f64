import { type RecordKind, recordPath } from '../../config/areas.ts';
import type { Report } from '../../domain/datasets/report.ts';
import { type ProblemInWords, problemInWords } from '../../domain/datasets/report-advice.ts';
import type { PaperReading } from '../../domain/papers/reading.ts';
import type { BlobStore } from '../../ports/blob-store.ts';
import type { IngestEntry, IngestLog, IngestOutcome } from '../../ports/ingest-log.ts';

export interface UploadOutcomeDeps {
  readonly log: IngestLog;
  readonly archive: BlobStore;
}

/** What became of one upload, for the officer who made it: the upload page polls for this. */
export interface UploadOutcome {
  readonly key: string;
  /** `waiting` until the ingest log has an entry for the key (since the upload). */
  readonly state: 'waiting' | IngestOutcome;
  readonly at: string | null;
  readonly kind: RecordKind | null;
  readonly id: string | null;
  readonly version: number | null;
  /** The record's page (and JSON), once one was published or matched. */
  readonly record: string | null;
  readonly reason: string | null;
  /** A paper: what was read (type, committee, date, counts, warnings). */
  readonly read: PaperReading | null;
  /** A dataset: its size and each problem found, with how to fix it. */
  readonly dataset: {
    readonly rows: number;
    readonly fields: number;
    /** Every problem the report lists (up to its limit of 1,000), not a summary. */
    readonly problems: readonly ProblemInWords[];
    /** What was read past without doubt, such as blank rows skipped. */
    readonly warnings: readonly string[];
    /** More problems were found than the report lists. */
    readonly partial: boolean;
  } | null;
}

/** The most uploads the page lists. */
export const recentUploadsListed = 20;

/**
 * One officer's newest ingest attempts of uploads (either area) and their withdrawals, newest
 * first: the upload page's list.
 */
export const recentUploads = async (
  deps: Pick<UploadOutcomeDeps, 'log'>,
  uploadedBy: string,
  limit = recentUploadsListed,
): Promise<readonly IngestEntry[]> =>
  (await deps.log.query({ key: 'uploads/', uploadedBy, limit })).items.filter(
    (entry) => entry.outcome !== 'skipped',
  );

const reportOf = async (archive: BlobStore, key: string): Promise<Report | undefined> => {
  const object = await archive.get(key, 64 * 1024 * 1024);
  return object && (JSON.parse(new TextDecoder().decode(object.bytes)) as Report);
};

/** An ingest entry said for the officer, the dataset's report read from the archive. */
export const outcomeOf = async (
  deps: UploadOutcomeDeps,
  entry: IngestEntry,
): Promise<UploadOutcome> => {
  const report = entry.reportKey ? await reportOf(deps.archive, entry.reportKey) : undefined;
  const published = entry.outcome !== 'rejected' && entry.kind && entry.id;
  return {
    key: entry.key,
    state: entry.outcome,
    at: entry.at,
    kind: entry.kind,
    id: entry.id,
    version: entry.version,
    record: published && entry.kind && entry.id ? recordPath(entry.kind, entry.id) : null,
    reason: entry.reason?.message ?? null,
    read: entry.read ?? null,
    dataset: report
      ? {
          rows: report.stats.rows,
          fields: report.stats.fields,
          problems: report.errors.map(problemInWords),
          // Reports archived before warnings existed have none.
          warnings: (report.warnings ?? []).map((warning) => warning.message),
          partial: report.partial,
        }
      : null,
  };
};

/**
 * What became of the upload of `key` made at or after `since`: the newest such ingest entry, or
 * `waiting` while there is none yet (the notification is queued, or the file is being read).
 */
export const uploadOutcome = async (
  deps: UploadOutcomeDeps,
  key: string,
  since: string | undefined,
): Promise<UploadOutcome> => {
  const entries = await deps.log.query({ key, from: since, limit: 20 });
  const entry = entries.items.find((candidate) => candidate.key === key);
  if (entry) return outcomeOf(deps, entry);
  return {
    key,
    state: 'waiting',
    at: null,
    kind: null,
    id: null,
    version: null,
    record: null,
    reason: null,
    read: null,
    dataset: null,
  };
};
