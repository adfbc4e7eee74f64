import { archivePrefixes, uploadAreas } from '../../config/areas.ts';
import {
  maxRecordChars,
  maxRowBytes,
  maxTableCells,
  maxTableColumns,
} from '../../config/limits.ts';
import { nestingBeyond, tooDeepMessage } from '../../domain/bounded-json.ts';
import { canonicalJson } from '../../domain/canonical-json.ts';
import type { DatasetVersionRecord } from '../../domain/dataset-record.ts';
import { sniffTable, streamTable } from '../../domain/datasets/read-table.ts';
import type { Report } from '../../domain/datasets/report.ts';
import { schemaProblems, type TableSchema } from '../../domain/datasets/table-schema.ts';
import { UploadRejectedError } from '../../domain/errors.ts';
import { validate as validDatasetRecord } from '../../domain/generated/dataset-record.js';
import { sha256Hex } from '../../domain/hashing.ts';
import type { Claim } from '../../domain/history/ownership.ts';
import { recordIdFromKey } from '../../domain/identity.ts';
import { describeSchemaErrors } from '../../domain/schemas.ts';
import { metadataText } from '../../domain/upload-metadata.ts';
import { acceptedFormat } from '../../domain/upload-policy.ts';
import { ObjectTooLargeError, type OpenedObject } from '../../ports/blob-store.ts';
import { type DatasetRow, rowsetOf } from '../../ports/row-store.ts';
import { appendVersion, type VersionContent, versionOutcome } from './append-version.ts';
import { archiveOnce } from './archive-once.ts';
import { assertClaim, replacesOf } from './claim.ts';
import { type IngestDeps, nothing, type Outcome } from './outcome.ts';
import { markingStorageFailures, reading } from './reader-failure.ts';
import { sourceFacts } from './source-facts.ts';
import type { UploadEvent } from './upload-event.ts';
import { openDistributions } from './write-distributions.ts';

/** Rows between progress lines in the log: a million-row load logs ten. */
const progressEvery = 100_000;

const archiveJson = async (deps: IngestDeps, prefix: string, value: unknown): Promise<string> => {
  const bytes = new TextEncoder().encode(canonicalJson(value));
  const key = `${prefix}${sha256Hex(bytes)}`;
  await archiveOnce(deps.archive, key, bytes, 'application/json');
  return key;
};

/** The first few errors, each with its place, for the ingest log; the full report is archived. */
const summarise = (report: Report): string => {
  const first = report.errors
    .slice(0, 3)
    .map(
      (error) =>
        `${error.type}${error.rowNumber ? ` at row ${error.rowNumber}` : ''}${error.fieldName ? ` (${error.fieldName})` : ''}: ${error.message}`,
    );
  return `${report.stats.errors} error(s) make the rows ambiguous; ${first.join('; ')}`;
};

/** `uploads/datasets/spend.csv` is described by `uploads/datasets/spend.schema.json`, when there is one. */
export const sidecarKey = (key: string): string => key.replace(/(\.[^./]+)?$/, '.schema.json');

/** A Table Schema uploaded beside a dataset, or `undefined` when there is none at `key`. */
export const readSchemaUpload = async (
  deps: IngestDeps,
  key: string,
): Promise<TableSchema | undefined> => {
  const sidecar = await deps.uploads.get(key, 1024 * 1024).catch((error: unknown) => {
    if (error instanceof ObjectTooLargeError)
      throw new UploadRejectedError('invalid-dataset', `${key} is over 1 MiB: not a Table Schema.`);
    throw error;
  });
  if (!sidecar) return undefined;
  let schema: unknown;
  const text = new TextDecoder().decode(sidecar.bytes);
  const deep = nestingBeyond(text);
  if (deep) throw new UploadRejectedError('invalid-dataset', tooDeepMessage(key, deep));
  try {
    schema = JSON.parse(text);
  } catch (error) {
    throw new UploadRejectedError(
      'invalid-dataset',
      `${key} is not JSON: ${(error as Error).message}`,
    );
  }
  if (!schema || typeof schema !== 'object' || !Array.isArray((schema as TableSchema).fields)) {
    throw new UploadRejectedError(
      'invalid-dataset',
      `${key} is not a Table Schema: it needs a "fields" array.`,
    );
  }
  const problems = await reading(`Reading the Table Schema ${key}`, () =>
    schemaProblems(schema as TableSchema),
  );
  if (problems.length > 0)
    throw new UploadRejectedError('invalid-dataset', `${key}: ${problems.join('; ')}`);
  return schema as TableSchema;
};

const assertValidDataset = (record: DatasetVersionRecord): void => {
  const validate = validDatasetRecord;
  if (!validate(record)) {
    throw new UploadRejectedError(
      'invalid-record',
      `The dataset's record does not match the dataset schema: ${describeSchemaErrors(validate.errors).join('; ')}`,
      { cause: validate.errors },
    );
  }
};

/**
 * Ingests a dataset: reads and validates the table (dialect, encoding, schema given or inferred),
 * archives the original, its Table Schema and its validation report, writes its typed rows, then
 * publishes the version. Ambiguous structure rejects it, with the report kept; cell-level errors
 * are published flagged in the report, unless the uploader asked for strict (`x-amz-meta-strict`).
 */
export const ingestDataset = async (
  deps: IngestDeps,
  event: UploadEvent,
  object: OpenedObject,
  sha256: string,
  /**
   * The id, for tables published from a paper and data package resources (otherwise from the key
   * or `x-amz-meta-id`), and the schema a package gives (otherwise a sidecar's, or inferred).
   */
  given: {
    readonly id?: string;
    readonly schema?: TableSchema;
    readonly origin?: 'paper';
    /** The sheet of a workbook (XLSX, ODS) this dataset is read from. */
    readonly sheet?: string;
  } = {},
): Promise<Outcome> => {
  const replaces = given.id === undefined ? replacesOf(object.metadata) : undefined;
  const id =
    given.id ??
    recordIdFromKey(event.key, uploadAreas.dataset, object.metadata.id?.trim() || replaces);
  // A package names its resources' ids itself; every other dataset is checked before any work.
  const claim: Claim = {
    kind: 'dataset',
    id,
    sourceKey: event.key,
    origin: given.origin ?? 'upload',
    replaces,
  };
  const checked = given.id === undefined || given.origin === 'paper';
  if (checked) await assertClaim(deps.versions, claim);
  const sniffed = await reading('Reading the dataset', () => sniffTable(object));
  const format = acceptedFormat('dataset', sniffed);
  const schema = given.schema ?? (await readSchemaUpload(deps, sidecarKey(event.key)));
  const options = {
    strict: object.metadata.strict === 'true',
    maxRowBytes,
    maxColumns: maxTableColumns,
    maxCells: maxTableCells,
    maxRecordChars,
    ...(schema ? { schema } : {}),
    ...(given.sheet !== undefined ? { sheet: given.sheet } : {}),
  };
  // Validated first without writing, so a rejected upload leaves no rows behind.
  // Any failure of the reader's own rejects the upload with its reason; storage failures retry.
  const table = await reading('Reading the dataset', () =>
    streamTable(markingStorageFailures(object), options, async () => {}),
  );
  if (given.sheet !== undefined && table.header.length === 0 && table.rowCount === 0) {
    const message = `Sheet "${given.sheet}" has no cells: nothing to publish.`;
    return {
      ...nothing,
      kind: 'dataset',
      id,
      outcome: 'skipped',
      reason: { code: 'empty-sheet', message },
    };
  }
  const originalKey = `${archivePrefixes.originals}${sha256}`;
  if (!(await deps.archive.exists(originalKey)))
    await deps.archive.putSource(originalKey, object, { contentType: sniffed.mediaType });
  const reportKey = await archiveJson(deps, archivePrefixes.datasetReports, table.report);
  if (table.outcome === 'rejected') {
    throw new UploadRejectedError('invalid-dataset', summarise(table.report), { reportKey });
  }
  const schemaKey = await archiveJson(deps, archivePrefixes.schemas, table.schema);
  const fields = table.schema.fields.map((field) => field.name);
  const rowset = rowsetOf(id, sha256);
  // Rows before the version: a version is published only once every row it points at is stored.
  // The second pass reads with the schema the first settled on, so it skips inference.
  // The same pass streams the complete downloads (CSV, NDJSON, JSON) to the archive.
  // One batch is written while the next is read: reading is CPU here, writing mostly waiting.
  let written = 0;
  let writing: Promise<void> = Promise.resolve();
  const downloads = openDistributions(deps.archive, rowset, fields);
  const store = async (rows: DatasetRow[]) => {
    await Promise.all([
      deps.rows.write(rowset, rows),
      downloads.add(rows.map((row) => row.values)),
    ]);
    const before = written;
    written += rows.length;
    if (Math.floor(before / progressEvery) < Math.floor(written / progressEvery))
      deps.logger.info('dataset rows written', { id, rowset, rows: written, of: table.rowCount });
  };
  const distributions = await streamTable(
    object,
    { ...options, schema: table.schema },
    async (batch) => {
      const rows = batch.map(({ rowNumber, values }) => ({
        rowNumber,
        values: Object.fromEntries(fields.map((field, column) => [field, values[column] ?? null])),
      }));
      await writing;
      writing = store(rows);
      // Failures surface at the next batch or at the end; never unobserved meanwhile.
      writing.catch(() => {});
    },
  ).then(
    async () => {
      await writing;
      return downloads.finish();
    },
    async (error: unknown) => {
      await writing.catch(() => {});
      await downloads.abort();
      throw error;
    },
  );
  const record: VersionContent<DatasetVersionRecord> = {
    kind: 'dataset',
    id,
    title: metadataText(object.metadata, 'title') ?? id,
    description: metadataText(object.metadata, 'description'),
    publisher: metadataText(object.metadata, 'publisher'),
    licence: metadataText(object.metadata, 'licence'),
    source: metadataText(object.metadata, 'source'),
    origin: given.origin ?? 'upload',
    delimiter: table.dialect?.delimiter ?? null,
    fields,
    rowCount: table.rowCount,
    errorCount: table.report.stats.errors,
    valid: table.report.valid,
    outcome: table.outcome,
    rowset,
    schemaKey,
    reportKey,
    distributions,
    ...sourceFacts(event, object, sha256, {
      format,
      mediaType: sniffed.mediaType,
      encoding: table.encoding,
    }),
  };
  const appended = await appendVersion(
    deps,
    record,
    assertValidDataset,
    checked ? claim : undefined,
  );
  return versionOutcome(appended, {
    sha256,
    size: object.size,
    mediaType: sniffed.mediaType,
    reportKey,
  });
};
