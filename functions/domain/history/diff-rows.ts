import type { DatasetRow } from '../../ports/row-store.ts';
import type { TableSchema } from '../datasets/table-schema.ts';
import { CouncilPapersError } from '../errors.ts';
import { byCodeUnits } from './diff-fields.ts';

type CellValue = DatasetRow['values'][string];

/** A row's identity: its primary key values by field, or its row number when rows match by number. */
export type RowKey = number | Readonly<Record<string, CellValue>>;

export interface RowChange {
  readonly key: RowKey;
  readonly from: DatasetRow;
  readonly to: DatasetRow;
  /** The fields whose values differ, in the order the rows give them. */
  readonly fields: string[];
  /** The changed cells of the row: each field's value in the earlier and the later version. */
  readonly cells: CellChange[];
}

export interface CellChange {
  readonly field: string;
  readonly from: CellValue;
  readonly to: CellValue;
}

/**
 * How rows were matched: `same-primary-key` by key; anything else by row number, saying why the key
 * was not used (none, not the same in both versions, too many rows to hold, or not unique).
 */
export type RowMatchReason =
  | 'same-primary-key'
  | 'no-primary-key'
  | 'different-primary-keys'
  | 'too-many-rows'
  | 'duplicate-key';

export interface RowDiff {
  readonly matchedBy: 'primaryKey' | 'rowNumber';
  readonly why: RowMatchReason;
  readonly added: DatasetRow[];
  readonly removed: DatasetRow[];
  readonly changed: RowChange[];
  /** Every difference, listed or not. */
  readonly counts: { readonly added: number; readonly removed: number; readonly changed: number };
  /** True when the lists hold fewer differences than `counts`. */
  readonly truncated: boolean;
}

export interface RowDiffOptions {
  /** The primary keys of the left and right versions' schemas, as Table Schema writes them. */
  readonly leftKey?: TableSchema['primaryKey'];
  readonly rightKey?: TableSchema['primaryKey'];
  /** Most differences listed, across added, removed and changed together. */
  readonly limit?: number;
  /** Most rows per side held in memory to match by key; beyond it rows match by number. */
  readonly maxKeyedRows?: number;
}

export const defaultRowDiffLimit = 1000;
export const defaultMaxKeyedRows = 100_000;

const asKey = (key: TableSchema['primaryKey']): readonly string[] =>
  typeof key === 'string' ? [key] : (key ?? []);

/** Field order in a composite key says nothing about identity, so keys compare as sets. */
const sameKey = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length &&
  [...a].sort(byCodeUnits).join('\0') === [...b].sort(byCodeUnits).join('\0');

/** Absent and null both mean "no value": a column added empty changes no row. */
const cell = (row: DatasetRow, field: string): CellValue => row.values[field] ?? null;

const rowFields = (from: DatasetRow, to: DatasetRow): string[] =>
  [...new Set([...Object.keys(from.values), ...Object.keys(to.values)])].filter(
    (field) => cell(from, field) !== cell(to, field),
  );

/** Key values as text, so a key column retyped between versions (integer to string) still matches. */
const keyText = (row: DatasetRow, key: readonly string[]) =>
  JSON.stringify(key.map((field) => (cell(row, field) === null ? null : String(cell(row, field)))));

/** Collects differences, listing at most `limit` of them but counting all. */
const collector = (limit: number) => {
  const added: DatasetRow[] = [];
  const removed: DatasetRow[] = [];
  const changed: RowChange[] = [];
  const counts = { added: 0, removed: 0, changed: 0 };
  let listed = 0;
  const list = <T>(items: T[], item: T) => {
    if (listed >= limit) return;
    items.push(item);
    listed += 1;
  };
  return {
    added: (row: DatasetRow) => {
      counts.added += 1;
      list(added, row);
    },
    removed: (row: DatasetRow) => {
      counts.removed += 1;
      list(removed, row);
    },
    compare: (key: RowKey, from: DatasetRow, to: DatasetRow) => {
      const fields = rowFields(from, to);
      if (fields.length === 0) return;
      counts.changed += 1;
      const cells = fields.map((field) => ({
        field,
        from: from.values[field] ?? null,
        to: to.values[field] ?? null,
      }));
      list(changed, { key, from, to, fields, cells });
    },
    result: (matchedBy: RowDiff['matchedBy'], why: RowMatchReason): RowDiff => ({
      matchedBy,
      why,
      added,
      removed,
      changed,
      counts: { ...counts },
      truncated: listed < counts.added + counts.removed + counts.changed,
    }),
  };
};
type Collector = ReturnType<typeof collector>;

/** Pulls rows one at a time, refusing any out of rowNumber order, which matching by number relies on. */
const puller = (rows: AsyncIterable<DatasetRow>, side: 'left' | 'right') => {
  const iterator = rows[Symbol.asyncIterator]();
  let last = Number.NEGATIVE_INFINITY;
  return async (): Promise<DatasetRow | undefined> => {
    const next = await iterator.next();
    if (next.done) return undefined;
    if (next.value.rowNumber <= last)
      throw new CouncilPapersError(
        `Rows of the ${side} version are out of order: row ${next.value.rowNumber} after row ${last}`,
      );
    last = next.value.rowNumber;
    return next.value;
  };
};

/** A merge join on row number, holding one row per side: memory is bounded by the limit alone. */
const matchByRowNumber = async (
  left: AsyncIterable<DatasetRow>,
  right: AsyncIterable<DatasetRow>,
  into: Collector,
): Promise<void> => {
  const nextLeft = puller(left, 'left');
  const nextRight = puller(right, 'right');
  let a = await nextLeft();
  let b = await nextRight();
  while (a !== undefined || b !== undefined) {
    if (a !== undefined && (b === undefined || a.rowNumber < b.rowNumber)) {
      into.removed(a);
      a = await nextLeft();
    } else if (b !== undefined && (a === undefined || b.rowNumber < a.rowNumber)) {
      into.added(b);
      b = await nextRight();
    } else if (a !== undefined && b !== undefined) {
      into.compare(a.rowNumber, a, b);
      a = await nextLeft();
      b = await nextRight();
    }
  }
};

/** Reads at most `max + 1` rows: enough to know whether the source fits in `max`. */
const readUpTo = async (iterator: AsyncIterator<DatasetRow>, max: number) => {
  const rows: DatasetRow[] = [];
  while (rows.length <= max) {
    const next = await iterator.next();
    if (next.done) return { rows, complete: true };
    rows.push(next.value);
  }
  return { rows, complete: false };
};

/** The rows already read, then the rest, so a source read once can still be matched by number. */
async function* resume(
  read: { rows: readonly DatasetRow[]; complete: boolean },
  rest: AsyncIterator<DatasetRow>,
) {
  yield* read.rows;
  if (read.complete) return;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/** Rows by key text, or undefined when two rows share a key and the key identifies nothing. */
const byKey = (rows: readonly DatasetRow[], key: readonly string[]) => {
  const map = new Map<string, DatasetRow>();
  for (const row of rows) {
    const text = keyText(row, key);
    if (map.has(text)) return undefined;
    map.set(text, row);
  }
  return map;
};

/**
 * The rows added, removed and changed between two versions of a dataset. Each side is read once, in
 * rowNumber order, so the caller can feed pages straight from the row store. When both schemas name
 * the same primary key, rows match by key, and reordering is not a change; that needs every row in
 * memory, so beyond `maxKeyedRows` rows on a side (or when keys repeat) rows match by number instead,
 * holding only the listed differences. Every difference is counted; at most `limit` are listed:
 * in rowNumber order when matching by number, else changed and added in the right's order, then removed.
 *
 * @example await diffRows(pagesOf(v1), pagesOf(v2), { leftKey: 'id', rightKey: 'id' })
 * // { matchedBy: 'primaryKey', why: 'same-primary-key', added: [], removed: [], changed: [{ key: { id: 7 }, … }], … }
 */
export const diffRows = async (
  left: AsyncIterable<DatasetRow>,
  right: AsyncIterable<DatasetRow>,
  options: RowDiffOptions = {},
): Promise<RowDiff> => {
  const into = collector(Math.max(0, options.limit ?? defaultRowDiffLimit));
  const max = options.maxKeyedRows ?? defaultMaxKeyedRows;
  const key = asKey(options.leftKey);
  const rightKey = asKey(options.rightKey);
  const byNumber = async (why: RowMatchReason, l = left, r = right) => {
    await matchByRowNumber(l, r, into);
    return into.result('rowNumber', why);
  };
  if (key.length === 0 && rightKey.length === 0) return byNumber('no-primary-key');
  if (!sameKey(key, rightKey)) return byNumber('different-primary-keys');

  const leftRows = left[Symbol.asyncIterator]();
  const leftRead = await readUpTo(leftRows, max);
  if (!leftRead.complete) return byNumber('too-many-rows', resume(leftRead, leftRows));
  const rightRows = right[Symbol.asyncIterator]();
  const rightRead = await readUpTo(rightRows, max);
  const l = resume(leftRead, leftRows);
  const r = resume(rightRead, rightRows);
  if (!rightRead.complete) return byNumber('too-many-rows', l, r);
  const before = byKey(leftRead.rows, key);
  const after = byKey(rightRead.rows, key);
  if (!before || !after) return byNumber('duplicate-key', l, r);

  for (const [text, row] of after) {
    const previous = before.get(text);
    if (previous === undefined) into.added(row);
    else
      into.compare(
        Object.fromEntries(key.map((field) => [field, cell(row, field)])),
        previous,
        row,
      );
  }
  for (const [text, row] of before) if (!after.has(text)) into.removed(row);
  return into.result('primaryKey', 'same-primary-key');
};
