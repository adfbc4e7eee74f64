import type { RecordKind } from '../../config/areas.ts';
import type { DatasetVersionRecord } from '../../domain/dataset-record.ts';
import type { TableSchema } from '../../domain/datasets/table-schema.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { diffPaperExtractions, type ExtractionDiff } from '../../domain/history/diff-extraction.ts';
import { diffFields, type FieldChange } from '../../domain/history/diff-fields.ts';
import { diffRows, type RowDiff } from '../../domain/history/diff-rows.ts';
import type { VersionRecord } from '../../domain/paper-record.ts';
import { hasWithheldParts } from '../../domain/paper-record.ts';
import type { PaperExtraction } from '../../domain/papers/model.ts';
import { publicExtraction } from '../../domain/papers/public-view.ts';
import type { BlobStore } from '../../ports/blob-store.ts';
import type { DatasetRow, RowStore } from '../../ports/row-store.ts';
import type { StoredVersion, VersionStore } from '../../ports/version-store.ts';
import { readArchived } from './read-archived.ts';
import { type PaperTextChanges, paperTextChanges } from './text-changes.ts';

export interface DiffDeps {
  readonly versions: VersionStore;
  readonly archive: BlobStore;
  readonly rows: RowStore;
}

export interface VersionDiff {
  readonly kind: RecordKind;
  readonly id: string;
  readonly from: number;
  readonly to: number;
  readonly fields: FieldChange[];
  /** Papers: agenda items, decisions and the rest, added, removed and changed. */
  readonly extraction?: ExtractionDiff;
  /**
   * Papers: the readable text, line by line (with each change's line numbers in both versions)
   * and word by word; the model the diff page shows. Withheld text is not compared.
   */
  readonly text?: PaperTextChanges;
  /** Datasets: rows added, removed and changed, by primary key when both versions share one. */
  readonly rows?: RowDiff;
}

/** A rowset's rows in row-number order, a page at a time. */
async function* rowsOf(rows: RowStore, rowset: string): AsyncGenerator<DatasetRow> {
  let cursor: string | undefined;
  do {
    const page = await rows.read(rowset, { limit: 1000, cursor });
    yield* page.items;
    cursor = page.next ?? undefined;
  } while (cursor);
}

/**
 * The extraction the reader may see: an auditor, all of it; the public, none of an exempt paper's
 * and a public paper's without its exempt parts.
 */
const extractionOf = async (
  archive: BlobStore,
  record: VersionRecord,
  audit: boolean,
): Promise<PaperExtraction | null> => {
  if (record.exempt && !audit) return null;
  const extraction = JSON.parse(
    await readArchived(archive, record, record.extractionKey),
  ) as PaperExtraction;
  return hasWithheldParts(record) && !audit ? publicExtraction(extraction) : extraction;
};

const schemaOf = async (archive: BlobStore, record: DatasetVersionRecord) =>
  JSON.parse(await readArchived(archive, record, record.schemaKey)) as TableSchema;

/**
 * What changed from version `a` to version `b` (either order): the record's fields, and the
 * paper's extracted items or the dataset's rows. An exempt paper's extraction counts as withheld
 * unless `audit` is set.
 */
export const diffVersions = async (
  deps: DiffDeps,
  kind: RecordKind,
  id: string,
  a: number,
  b: number,
  options: { readonly audit?: boolean; readonly limit?: number } = {},
): Promise<VersionDiff> => {
  const [from, to] = await Promise.all([a, b].map((n) => deps.versions.get(kind, id, n)));
  const missing = [a, b].filter((_, index) => ![from, to][index]);
  if (!from || !to)
    throw new NotFoundError(`${kind} "${id}" has no version ${missing.join(' or ')}.`);
  const base = { kind, id, from: a, to: b, fields: diffFields<StoredVersion>(from, to) };
  if (from.kind === 'paper' && to.kind === 'paper') {
    const [left, right, text] = await Promise.all([
      extractionOf(deps.archive, from, options.audit ?? false),
      extractionOf(deps.archive, to, options.audit ?? false),
      paperTextChanges(deps, id, a, b, options),
    ]);
    return { ...base, extraction: diffPaperExtractions(left, right), text };
  }
  const [left, right] = [from, to] as DatasetVersionRecord[];
  if (!left || !right) throw new Error('unreachable: both versions are of one kind');
  const [leftSchema, rightSchema] = await Promise.all(
    [left, right].map((record) => schemaOf(deps.archive, record)),
  );
  const rows = await diffRows(rowsOf(deps.rows, left.rowset), rowsOf(deps.rows, right.rowset), {
    leftKey: leftSchema?.primaryKey,
    rightKey: rightSchema?.primaryKey,
    ...(options.limit !== undefined && { limit: options.limit }),
  });
  return { ...base, rows };
};
