import type { DatasetRow, RowQuery, RowStore } from '../../ports/row-store.ts';

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
        Object.entries(query.equals ?? {}).every(([field, value]) => row.values[field] === value),
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
}
