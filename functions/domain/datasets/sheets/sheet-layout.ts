import { headerIndexOf } from '../dialect.ts';
import type { Merge, SheetRow } from './model.ts';

/** A sheet split into its header and its data rows, ready for the table validator. */
export interface SheetTable {
  readonly header: readonly string[];
  /** The sheet's row number of the header's last row (its only one, unless merged cells span two). */
  readonly headerRowNumber: number;
  /** Data rows in order, gaps in the sheet as blank rows, so row numbers are the sheet's. */
  readonly rows: AsyncIterable<readonly string[]>;
  /** False when the sheet has no filled cell at all. */
  readonly filled: boolean;
}

/** Rows looked at for the title block and header, as for a CSV. */
const headRows = 50;

interface Dense {
  readonly rowNumber: number;
  readonly cells: readonly string[];
  readonly merges: readonly Merge[];
}

/** The rows in order with the sheet's gaps filled by blank rows (a CSV has its blank lines). */
async function* dense(rows: AsyncIterable<SheetRow>): AsyncIterable<Dense> {
  let last = 0;
  for await (const row of rows) {
    for (let gap = last + 1; gap < row.rowNumber; gap++)
      yield { rowNumber: gap, cells: [], merges: [] };
    yield row;
    last = row.rowNumber;
  }
}

const covers = (merge: Merge, row: number, column: number) =>
  merge.top <= row && row <= merge.bottom && merge.left <= column && column <= merge.right;

/**
 * Where the header ends: a header cell merged down over the next row (`Supplier` over two rows)
 * makes a two-row header, and so does a cell merged across columns (`Amount`) with labels under
 * it (`Net`, `VAT`) when the next row is empty under the header's other cells (data would not be).
 */
const headerBottom = (head: readonly Dense[], index: number, merges: readonly Merge[]): number => {
  const top = head[index]?.rowNumber ?? 0;
  const below = head[index + 1];
  const own = merges.filter((merge) => merge.top <= top && merge.bottom >= top);
  let bottom = top;
  for (const merge of own)
    if (merge.top === top && merge.bottom > top) bottom = Math.max(bottom, top + 1);
  const across = own.filter((merge) => merge.right > merge.left && merge.bottom === top);
  const underAcross = (column: number) =>
    across.some((merge) => merge.left <= column && column <= merge.right);
  const labelled = across.some((merge) =>
    below?.cells.slice(merge.left, merge.right + 1).some((cell) => cell !== ''),
  );
  const subHeader = below?.cells.every((cell, column) => cell === '' || underAcross(column));
  if (labelled && subHeader) bottom = Math.max(bottom, top + 1);
  return bottom;
};

/**
 * A row above the header that only groups its columns (`2024/25` merged over four quarters) and
 * is not the table's title (which spans the whole width) names those columns too.
 */
const isGroupRow = (row: Dense | undefined, merges: readonly Merge[], width: number): boolean => {
  if (!row || row.cells.every((cell) => cell === '')) return false;
  const own = merges.filter((merge) => merge.top === row.rowNumber && merge.right > merge.left);
  if (own.length === 0) return false;
  return row.cells.every(
    (cell, column) =>
      cell === '' ||
      own.some((merge) => merge.left === column && merge.right - merge.left + 1 < width),
  );
};

/**
 * The header's labels: each column's labels down the header rows joined by a space, a merged cell
 * giving its label to every column and row it covers; columns that share one merged label alone
 * are numbered (`Amount`, `Amount (2)`), so every label is distinct.
 */
const labelsOf = (rows: readonly Dense[], merges: readonly Merge[]): string[] => {
  const valueAt = (row: number, column: number): { text: string; merge?: Merge } => {
    const own = rows.find((candidate) => candidate.rowNumber === row)?.cells[column] ?? '';
    const merge = merges.find((candidate) => covers(candidate, row, column));
    if (!merge) return { text: own };
    if (own !== '') return { text: own, merge };
    const origin = rows.find((candidate) => candidate.rowNumber === merge.top);
    return { text: origin?.cells[merge.left] ?? '', merge };
  };
  const first = rows[0]?.rowNumber ?? 0;
  const last = rows.at(-1)?.rowNumber ?? 0;
  const width = Math.max(
    0,
    ...rows.map((row) => row.cells.length),
    ...merges
      .filter((merge) => merge.top <= last && merge.bottom >= first)
      .map((merge) => merge.right + 1),
  );
  const labels: string[] = [];
  const sources: (Merge | undefined)[] = [];
  for (let column = 0; column < width; column++) {
    const parts: string[] = [];
    let source: Merge | undefined;
    for (const row of rows) {
      const { text, merge } = valueAt(row.rowNumber, column);
      const trimmed = text.trim();
      if (trimmed !== '' && parts.at(-1) !== trimmed) parts.push(trimmed);
      if (merge && merge.right > merge.left) source = merge;
    }
    labels.push(parts.join(' '));
    sources.push(source);
  }
  let run = 1;
  for (let column = 1; column < width; column++) {
    const same =
      sources[column] !== undefined &&
      sources[column] === sources[column - 1] &&
      labels[column] === labels[column - 1 - (run - 1)];
    run = same ? run + 1 : 1;
    if (same) labels[column] = `${labels[column]} (${run})`;
  }
  return labels;
};

/**
 * A row as header detection sees it: in a row of several labels, a merged cell's label fills
 * every cell it covers, so the row is as wide as the columns it heads. A row of one label (a
 * title merged across the table) stays one label.
 */
const detectionCells = (row: Dense, head: readonly Dense[], merges: readonly Merge[]) => {
  const filledCells = row.cells.filter((cell) => cell !== '').length;
  if (filledCells < 2) return row.cells;
  const cells = [...row.cells];
  for (const merge of merges) {
    if (merge.top > row.rowNumber || merge.bottom < row.rowNumber) continue;
    const value =
      head.find((candidate) => candidate.rowNumber === merge.top)?.cells[merge.left] ?? '';
    for (let column = merge.left; column <= merge.right; column++)
      if ((cells[column] ?? '') === '') cells[column] = value;
  }
  return Array.from(cells, (cell) => cell ?? '');
};

/** The first header row: a cell merged down into the header row from above starts it there. */
const headerTop = (head: readonly Dense[], index: number, merges: readonly Merge[]): number => {
  const row = head[index]?.rowNumber ?? 0;
  return Math.min(
    row,
    ...merges.filter((merge) => merge.top < row && merge.bottom >= row).map((merge) => merge.top),
  );
};

/**
 * Reads a sheet's rows into a table as the CSV reader would: the title block and header found
 * among the first 50 rows, merged header cells giving their label to every column they cover (and
 * a merged group row above the header prefixing it); in data rows, a cell merged down gives its
 * value to every row it covers. Trailing empty cells are read as empty values, not missing ones.
 */
export const sheetTable = async (rows: AsyncIterable<SheetRow>): Promise<SheetTable> => {
  const iterator = dense(rows)[Symbol.asyncIterator]();
  const head: Dense[] = [];
  const merges: Merge[] = [];
  while (head.length < headRows) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(next.value);
    merges.push(...next.value.merges);
  }
  const filled = head.some((row) => row.cells.some((cell) => cell !== ''));
  const index = headerIndexOf(head.map((row) => detectionCells(row, head, merges)));
  const width = Math.max(0, ...head.map((row) => row.cells.length));
  const top = isGroupRow(head[index - 1], merges, width)
    ? (head[index - 1]?.rowNumber ?? 0)
    : headerTop(head, index, merges);
  const bottom = headerBottom(head, index, merges);
  const headerRows = head.filter((row) => row.rowNumber >= top && row.rowNumber <= bottom);
  const header = labelsOf(headerRows, merges);
  const rest = head.filter((row) => row.rowNumber > bottom);
  async function* data(): AsyncIterable<readonly string[]> {
    // Cells merged down in the data: their value, kept while the merge lasts.
    let active: { merge: Merge; value: string }[] = [];
    const fill = (row: Dense): readonly string[] => {
      for (const merge of row.merges)
        if (merge.bottom > merge.top && merge.top > bottom)
          active.push({ merge, value: row.cells[merge.left] ?? '' });
      active = active.filter(({ merge }) => merge.bottom >= row.rowNumber);
      if (row.cells.length === 0 && active.length === 0) return [''];
      const cells = [...row.cells];
      for (const { merge, value } of active)
        if (merge.top < row.rowNumber && (cells[merge.left] ?? '') === '')
          cells[merge.left] = value;
      for (let column = 0; column < header.length; column++) cells[column] ??= '';
      // A blank row stays blank, so the validator skips it as it does a blank CSV line.
      return cells.every((cell) => cell === '') ? [''] : cells;
    };
    try {
      for (const row of rest) yield fill(row);
      for (let next = await iterator.next(); !next.done; next = await iterator.next())
        yield fill(next.value);
    } finally {
      // A pass that stops early (schema inference) closes the sheet's stream.
      await iterator.return?.(undefined);
    }
  }
  return { header, headerRowNumber: bottom, rows: data(), filled };
};
