import { type CellValue, castCell } from './cast.ts';
import { brokenConstraints, compileField, type FieldCheck } from './constraints.ts';
import { checkHeader } from './header-checks.ts';
import { ErrorCollector, previewCell, type Report } from './report.ts';
import { checkPrimaryKey, checkWidth, FirstSeen } from './row-checks.ts';
import { missingValuesOf, primaryKeyOf, schemaProblems, type TableSchema } from './table-schema.ts';

/** A row's values in header order. Cells that fail their type keep their text, so nothing is lost. */
export type TypedRow = readonly CellValue[];

export interface ValidatorOptions {
  /** The header's row number in the file: 1, or more when title lines come first. */
  readonly headerRowNumber?: number;
  /** Errors listed before the report is cut short (default 1000). */
  readonly errorLimit?: number;
  /** The CSV delimiter, so that ragged rows can say when they seem to use another one. */
  readonly delimiter?: string;
  /**
   * A row's cells may hold at most this many bytes of UTF-8 in all: the row store keeps a row in
   * one item (DynamoDB: 400 KB), so a larger row is structural, not a cell error.
   */
  readonly maxRowBytes?: number;
}

const utf8 = new TextEncoder();

/** A row's size in UTF-8 bytes, and its largest cell; exact counting only when it could be near the limit. */
const rowBytes = (cells: readonly string[], limit: number) => {
  let chars = 0;
  for (const cell of cells) chars += cell.length;
  // A UTF-16 unit is at most 3 bytes of UTF-8, so most rows are cleared without encoding.
  if (chars * 3 <= limit) return { bytes: chars, largest: -1 };
  let bytes = 0;
  let largest = -1;
  let largestBytes = -1;
  cells.forEach((cell, index) => {
    const size = utf8.encode(cell).length;
    bytes += size;
    if (size > largestBytes) [largest, largestBytes] = [index, size];
  });
  return { bytes, largest };
};

/**
 * Validates a table a row at a time, so a caller can feed a million rows from a csv-parse stream
 * without holding them. Memory grows only with the error limit and with the distinct values of
 * unique and primary-key fields.
 *
 * @example
 * const validator = new TableValidator(['id', 'amount'], schema);
 * validator.row(['1', '£1,200']); // [1, 1200]
 * validator.report(); // { valid: true, stats: { rows: 1, fields: 2, errors: 0, … }, errors: [], partial: false }
 */
export class TableValidator {
  readonly #header: readonly string[];
  /** Each column's field name, or its trimmed label where the schema has no field for it. */
  readonly #names: readonly string[];
  readonly #checks: readonly FieldCheck[];
  readonly #missingValues: readonly string[];
  readonly #primaryKey: readonly number[];
  readonly #errors: ErrorCollector;
  readonly #headerRowNumber: number;
  readonly #delimiter: string | undefined;
  readonly #maxRowBytes: number;
  readonly #unique = new Map<number, FirstSeen>();
  readonly #keys = new FirstSeen();
  #rows = 0;

  constructor(header: readonly string[], schema: TableSchema, options: ValidatorOptions = {}) {
    this.#header = header;
    this.#headerRowNumber = options.headerRowNumber ?? 1;
    this.#delimiter = options.delimiter;
    this.#maxRowBytes = options.maxRowBytes ?? Number.POSITIVE_INFINITY;
    this.#errors = new ErrorCollector(options.errorLimit);
    for (const message of schemaProblems(schema))
      this.#errors.add({ type: 'schema-error', message });
    checkHeader(header, schema, this.#headerRowNumber, this.#errors);
    this.#checks = schema.fields.map(compileField);
    this.#names = header.map((label, index) => schema.fields[index]?.name ?? label.trim());
    this.#missingValues = missingValuesOf(schema);
    const names = schema.fields.map((field) => field.name);
    this.#primaryKey = primaryKeyOf(schema)
      .map((name) => names.indexOf(name))
      .filter((index) => index >= 0);
  }

  /** True once the error limit is reached; rows fed after it are still counted and checked. */
  get full(): boolean {
    return this.#errors.full;
  }

  /** Checks the next data row and returns its typed values, or `null` for a blank row. */
  row(cells: readonly string[]): TypedRow | null {
    const rowNumber = this.#headerRowNumber + ++this.#rows;
    if (cells.every((cell) => cell.trim() === '')) {
      this.#errors.warn({
        type: 'blank-row',
        rowNumber,
        message: `Row ${rowNumber} is blank: skipped`,
      });
      return null;
    }
    cells = this.#withoutEmptyExtras(cells, rowNumber);
    checkWidth(cells, this.#names, rowNumber, this.#delimiter, this.#errors);
    this.#checkSize(cells, rowNumber);
    const values = this.#header.map((_, index) => this.#value(cells, index, rowNumber));
    checkPrimaryKey(values, this.#primaryKey, this.#names, rowNumber, this.#keys, this.#errors);
    return values;
  }

  /** Counts a row the parser could not read (an unclosed quote, say) and reports why. */
  unreadableRow(message: string): void {
    const rowNumber = this.#headerRowNumber + ++this.#rows;
    this.#errors.add({ type: 'source-error', rowNumber, message });
  }

  /** Notes a workbook's sheet that was not read (hidden, or a chart): never a reason to reject. */
  skippedSheet(message: string): void {
    this.#errors.warn({ type: 'skipped-sheet', message });
  }

  /** Reports a problem with the file as a whole. */
  sourceError(message: string): void {
    this.#errors.add({ type: 'source-error', message });
  }

  /**
   * A row whose only cells beyond the header are empty (a trailing delimiter, as spreadsheets
   * export) is read at the header's width, with a warning: no value is in doubt.
   */
  #withoutEmptyExtras(cells: readonly string[], rowNumber: number): readonly string[] {
    const width = this.#header.length;
    if (cells.length <= width || cells.slice(width).some((cell) => cell.trim() !== ''))
      return cells;
    const extra = cells.length - width;
    this.#errors.warn({
      type: 'empty-extra-cell',
      rowNumber,
      message: `Row ${rowNumber} ends with ${extra === 1 ? 'an empty cell' : `${extra} empty cells`} beyond the header's ${width} columns (a trailing delimiter): read without ${extra === 1 ? 'it' : 'them'}`,
    });
    return cells.slice(0, width);
  }

  #checkSize(cells: readonly string[], rowNumber: number): void {
    const size = rowBytes(cells, this.#maxRowBytes);
    if (size.bytes <= this.#maxRowBytes) return;
    const fieldName = this.#names[size.largest] ?? null;
    this.#errors.add({
      type: 'source-error',
      rowNumber,
      fieldNumber: size.largest + 1,
      fieldName,
      cell: cells[size.largest] ?? null,
      message: `Row ${rowNumber} holds ${size.bytes} bytes, over the ${this.#maxRowBytes} a row may hold; its largest cell is field "${fieldName}". Move long text to a file and link it.`,
    });
  }

  report(): Report {
    return this.#errors.report(this.#rows, Math.max(this.#header.length, this.#checks.length));
  }

  #value(cells: readonly string[], index: number, rowNumber: number): CellValue {
    const cell = cells[index];
    if (cell === undefined) return null;
    const check = this.#checks[index];
    const fieldName = this.#names[index] ?? '';
    const at = { rowNumber, fieldNumber: index + 1, fieldName, cell };
    const where = `Row ${rowNumber}, field "${fieldName}": "${previewCell(cell)}"`;
    if (cell.includes('\uFFFD'))
      this.#errors.add({
        ...at,
        type: 'encoding-error',
        message: `${where} has characters lost in decoding`,
      });
    if (!check) return cell;
    const cast = castCell(check.field, cell, this.#missingValues);
    if (!cast.ok) {
      this.#errors.add({ ...at, type: 'type-error', message: `${where} ${cast.error}` });
      return cell;
    }
    for (const broken of brokenConstraints(check, cast.value, cell))
      this.#errors.add({ ...at, type: 'constraint-error', message: `${where} ${broken}` });
    if (check.unique && cast.value !== null) {
      const seen = this.#unique.get(index) ?? new FirstSeen();
      this.#unique.set(index, seen);
      const first = seen.repeats(cast.value, rowNumber);
      if (first !== undefined)
        this.#errors.add({ ...at, type: 'unique-error', message: `${where} repeats row ${first}` });
    }
    return cast.value;
  }
}
