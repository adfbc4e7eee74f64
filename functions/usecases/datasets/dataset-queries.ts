import { maxPageSize } from '../../config/limits.ts';
import type { DatasetVersionRecord } from '../../domain/dataset-record.ts';
import { castCell } from '../../domain/datasets/cast.ts';
import { naturalOrder } from '../../domain/datasets/origin.ts';
import type { TableSchema } from '../../domain/datasets/table-schema.ts';
import { InvalidRequestError, NotFoundError, TakenDownError } from '../../domain/errors.ts';
import { takedownNotice } from '../../domain/history/takedown.ts';
import type { RecordFilter } from '../../domain/record-filter.ts';
import type { BlobStore } from '../../ports/blob-store.ts';
import type { Page, PageRequest } from '../../ports/page.ts';
import type { DatasetRow, FilterOperator, RowFilter, RowStore } from '../../ports/row-store.ts';
import type { VersionStore } from '../../ports/version-store.ts';
import { readArchived } from '../history/read-archived.ts';
import { readHistory } from '../ingest/commit-version.ts';
import { withTakedowns } from '../withdrawal/takedown.ts';
import { takedownOf } from '../withdrawal/takedown-notice.ts';

export interface DatasetQueryDeps {
  readonly versions: VersionStore;
  readonly archive: BlobStore;
  readonly rows: RowStore;
}

const notFound = (id: string, version?: number) =>
  new NotFoundError(
    version === undefined
      ? `No dataset has the id "${id}".`
      : `Dataset "${id}" has no version ${version}.`,
  );

/** A dataset list's cursor: the id of the last dataset served. */
const afterOf = (cursor: string | undefined): string | undefined => {
  if (cursor === undefined) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as {
      after?: unknown;
    };
    if (typeof parsed.after === 'string') return parsed.after;
  } catch {
    // Falls through to the error below.
  }
  throw new InvalidRequestError('The cursor is not one this list issued.', [
    { where: 'query.cursor', message: 'use the `next` value of the previous page unchanged' },
  ]);
};

/**
 * Datasets' current versions in natural order of their ids (a paper's tables as table-1, table-2
 * … table-10), uploaded ones only unless `filter.origin` says otherwise. Every matching head is
 * read and sorted (a council publishes hundreds of datasets, not millions; the catalogue reads
 * them all too); the cursor is the last id served, so a dataset added between pages is not
 * served twice.
 */
export const listDatasets = async (
  deps: DatasetQueryDeps,
  page: PageRequest,
  filter: RecordFilter = {},
): Promise<Page<DatasetVersionRecord>> => {
  const after = afterOf(page.cursor);
  const wanted = { ...filter, origin: filter.origin ?? 'upload' };
  const all: DatasetVersionRecord[] = [];
  let cursor: string | undefined;
  do {
    const read = await deps.versions.listLatest(
      'dataset',
      { limit: maxPageSize, cursor },
      { filter: wanted },
    );
    all.push(...read.items);
    cursor = read.next ?? undefined;
  } while (cursor);
  const rest = all
    .filter((record) => after === undefined || naturalOrder(record.id, after) > 0)
    .sort((a, b) => naturalOrder(a.id, b.id));
  const items = rest.slice(0, page.limit);
  const last = items.at(-1);
  return {
    items,
    next:
      rest.length > page.limit && last
        ? Buffer.from(JSON.stringify({ after: last.id })).toString('base64url')
        : null,
  };
};

/** A version by number, or the latest when none is given. */
export const getDataset = async (
  deps: DatasetQueryDeps,
  id: string,
  version?: number,
): Promise<DatasetVersionRecord> => {
  const record =
    version === undefined
      ? ((await readHistory(deps.versions, 'dataset', id)).current as
          | DatasetVersionRecord
          | undefined)
      : await deps.versions.get('dataset', id, version);
  if (!record) throw notFound(id, version);
  return record;
};

export const listDatasetVersions = async (
  deps: DatasetQueryDeps,
  id: string,
  page: PageRequest,
): Promise<Page<DatasetVersionRecord>> => {
  const result = await deps.versions.listVersions('dataset', id, page);
  if (result.items.length === 0 && page.cursor === undefined) throw notFound(id);
  return withTakedowns(deps.archive, 'dataset', result);
};

/** An archived JSON document of a version: its Table Schema or its validation report. */
export const datasetDocument = async (
  deps: DatasetQueryDeps,
  record: DatasetVersionRecord,
  which: 'schemaKey' | 'reportKey',
): Promise<unknown> =>
  JSON.parse(await readArchived(deps.archive, record, record[which])) as unknown;

export interface RowsRequest extends PageRequest {
  readonly version?: number | undefined;
  /** Filters as written in the query string; their values are cast by the dataset's schema. */
  readonly filters: readonly {
    readonly field: string;
    readonly op: FilterOperator;
    readonly raw: string;
  }[];
  readonly fields?: readonly string[] | undefined;
}

/**
 * Rows of a dataset version, keyset-paged, filtered by field equality or range (values cast by
 * the dataset's schema, so `?amount[gte]=1200` compares numbers) and narrowed to `fields`.
 */
export const datasetRows = async (
  deps: DatasetQueryDeps,
  id: string,
  request: RowsRequest,
): Promise<{ record: DatasetVersionRecord; page: Page<DatasetRow> }> => {
  const record = await getDataset(deps, id, request.version);
  const takedown = await takedownOf(deps.archive, 'dataset', id, record.version);
  if (takedown)
    throw new TakenDownError(
      `The rows of version ${record.version} of dataset "${id}": ${takedownNotice(takedown)}`,
    );
  // The schema is read only to cast filter values: an unfiltered page costs no archive read.
  const schema = request.filters.length
    ? ((await datasetDocument(deps, record, 'schemaKey')) as TableSchema)
    : { fields: [] };
  const unknown = [
    ...request.filters.map((filter) => filter.field),
    ...(request.fields ?? []),
  ].filter((name) => !record.fields.includes(name));
  if (unknown.length > 0) {
    throw new InvalidRequestError(
      `Dataset "${id}" has no field ${unknown.map((name) => `"${name}"`).join(', ')}.`,
      [{ where: 'query', message: `fields are: ${record.fields.join(', ')}` }],
    );
  }
  const filters: RowFilter[] = request.filters.map(({ field: name, op, raw }) => {
    const field = schema.fields.find((candidate) => candidate.name === name);
    const cast = field ? castCell(field, raw, schema.missingValues) : undefined;
    if (!cast?.ok || cast.value === null) {
      throw new InvalidRequestError(
        `"${raw}" is not a ${field?.type ?? 'valid'} value for ${name}.`,
        [{ where: `query.${name}`, message: `expected ${field?.type}` }],
      );
    }
    return { field: name, op, value: cast.value };
  });
  const page = await deps.rows.read(record.rowset, {
    limit: request.limit,
    cursor: request.cursor,
    filters,
  });
  const fields = request.fields;
  if (!fields?.length) return { record, page };
  const narrowed = page.items.map((row) => ({
    rowNumber: row.rowNumber,
    values: Object.fromEntries(fields.map((name) => [name, row.values[name] ?? null])),
  }));
  return { record, page: { ...page, items: narrowed } };
};
