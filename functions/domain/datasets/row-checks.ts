import type { CellValue } from './cast.ts';
import { valueKey } from './constraints.ts';
import { delimiterHint } from './dialect.ts';
import type { ErrorCollector } from './report.ts';

/**
 * Remembers the row each key was first seen in: memory grows with the distinct keys, not the rows.
 * Keys are typed values themselves where they can be (a Map tells `1` from `"1"`), which spares a
 * million string keys for a million-row unique column.
 */
export class FirstSeen {
  readonly #rows = new Map<CellValue, number>();

  /** The row that already had this key, or `undefined` when it is new (and now remembered). */
  repeats(key: CellValue, rowNumber: number): number | undefined {
    const first = this.#rows.get(key);
    if (first === undefined) this.#rows.set(key, rowNumber);
    return first;
  }
}

/**
 * Reports the cells a ragged row has beyond the header, or lacks, one error per cell as Frictionless
 * does.
 *
 * @example checkWidth(['1', '2', '3'], ['id', 'name'], 4, ',', errors) // adds an extra-cell for column 3
 */
export const checkWidth = (
  cells: readonly string[],
  names: readonly string[],
  rowNumber: number,
  delimiter: string | undefined,
  errors: ErrorCollector,
): void => {
  const width = names.length;
  if (cells.length === width) return;
  const hint = delimiterHint(cells, delimiter, width);
  for (let index = width; index < cells.length; index++) {
    const message = `Row ${rowNumber} has an extra value in column ${index + 1}${hint}`;
    errors.add({
      type: 'extra-cell',
      rowNumber,
      fieldNumber: index + 1,
      cell: cells[index],
      message,
    });
  }
  for (let index = cells.length; index < width; index++) {
    const fieldName = names[index] ?? '';
    const message = `Row ${rowNumber} has no value for column ${index + 1} ("${fieldName}")${hint}`;
    errors.add({ type: 'missing-cell', rowNumber, fieldNumber: index + 1, fieldName, message });
  }
};

/**
 * Checks a row's primary key: every key field needs a value, and no two rows the same key.
 *
 * @example checkPrimaryKey([7, 'x'], [0], ['id', 'name'], 3, seen, errors) // adds an error if id 7 was seen
 */
export const checkPrimaryKey = (
  values: readonly CellValue[],
  keyColumns: readonly number[],
  names: readonly string[],
  rowNumber: number,
  seen: FirstSeen,
  errors: ErrorCollector,
): void => {
  if (keyColumns.length === 0) return;
  const blank = keyColumns.find((column) => (values[column] ?? null) === null);
  if (blank !== undefined) {
    const fieldName = names[blank] ?? '';
    const message = `Row ${rowNumber} has no value for the primary key field "${fieldName}"`;
    errors.add({ type: 'primary-key', rowNumber, fieldNumber: blank + 1, fieldName, message });
    return;
  }
  const key = keyColumns.map((column) => values[column] ?? null);
  const single = key.length === 1 ? key[0] : undefined;
  const first = seen.repeats(single ?? key.map(valueKey).join('\u0000'), rowNumber);
  if (first !== undefined) {
    const message = `Row ${rowNumber} repeats the primary key (${key.join(', ')}) of row ${first}`;
    errors.add({ type: 'primary-key', rowNumber, message });
  }
};
