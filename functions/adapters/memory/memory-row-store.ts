import { maxRowsScannedPerRead } from '../../config/limits.ts';
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
    // Batches add to the rowset, as BatchWriteItem does; a row written again replaces itself.
    const existing = this.rowsets.get(rowset) ?? [];
    this.rowsets.set(rowset, existing);
    let previous = existing.at(-1)?.rowNumber ?? 0;
    const inOrder = rows.every((row) => {
      const after = row.rowNumber > previous;
      previous = row.rowNumber;
      return after;
    });
    // The usual case, a load in row order: appended in place, without re-sorting what is there.
    if (inOrder) {
      for (const row of rows) existing.push(row);
      return;
    }
    const byNumber = new Map(existing.map((row) => [row.rowNumber, row]));
    for (const row of rows) byNumber.set(row.rowNumber, row);
    this.rowsets.set(
      rowset,
      [...byNumber.values()].sort((a, b) => a.rowNumber - b.rowNumber),
    );
  }

  async read(rowset: string, query: RowQuery) {
    const after = query.cursor ? Number(Buffer.from(query.cursor, 'base64url').toString()) : 0;
    // Like the DynamoDB adapter: at most a budget of rows read per request, matching or not.
    const scanned = (this.rowsets.get(rowset) ?? [])
      .filter((row) => row.rowNumber > after)
      .slice(0, maxRowsScannedPerRead);
    const matches = scanned.filter((row) =>
      (query.filters ?? []).every((filter) => passes(row.values[filter.field] ?? null, filter)),
    );
    const items = matches.slice(0, query.limit);
    const last = matches.length > query.limit ? items.at(-1) : undefined;
    const more = (this.rowsets.get(rowset) ?? []).some(
      (row) => row.rowNumber > (scanned.at(-1)?.rowNumber ?? after),
    );
    const stop = last ?? (more ? scanned.at(-1) : undefined);
    return {
      items,
      next: stop ? Buffer.from(String(stop.rowNumber)).toString('base64url') : null,
    };
  }

  async *listRowsets() {
    yield* [...this.rowsets.keys()];
  }

  async removeRowset(rowset: string) {
    this.rowsets.delete(rowset);
  }
}
