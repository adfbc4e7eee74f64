import type { DatasetRow, RowFilter, RowQuery, RowStore } from '../../ports/row-store.ts';

const passes = (value: string | number | boolean | null, filter: RowFilter): boolean => {
  if (value === null) return false;
  if (filter.op === 'eq') return value === filter.value;
  const [a, b] = [value, filter.value] as [number | string, number | string];
  return filter.op === 'gt'
    ? a > b
    : filter.op === 'gte'
      ? a >= b
      : filter.op === 'lt'
        ? a < b
        : a <= b;
};

/** Rows in memory, paged by row number like the DynamoDB adapter. */
export class MemoryRowStore implements RowStore {
  readonly rowsets = new Map<string, DatasetRow[]>();

  async write(rowset: string, rows: readonly DatasetRow[]) {
    this.rowsets.set(rowset, [...rows]);
  }

  async read(rowset: string, query: RowQuery) {
    const after = query.cursor ? Number(Buffer.from(query.cursor, 'base64url').toString()) : 0;
    const matches = (this.rowsets.get(rowset) ?? []).filter(
      (row) =>
        row.rowNumber > after &&
        (query.filters ?? []).every((filter) => passes(row.values[filter.field] ?? null, filter)),
    );
    const items = matches.slice(0, query.limit);
    const last = items.at(-1);
    return {
      items,
      next:
        matches.length > query.limit && last
          ? Buffer.from(String(last.rowNumber)).toString('base64url')
          : null,
    };
  }

  async *listRowsets() {
    yield* [...this.rowsets.keys()];
  }

  async removeRowset(rowset: string) {
    this.rowsets.delete(rowset);
  }
}
