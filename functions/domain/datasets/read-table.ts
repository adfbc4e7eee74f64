import { type ByteSource, bytesSource, readAll } from '../byte-source.ts';
import {
  decodeAs,
  decodeText,
  detectEncoding,
  isText,
  NotUtf8Error,
  type TextEncoding,
  textChunks,
} from '../decode-text.ts';
import { UploadRejectedError } from '../errors.ts';
import { mediaTypeOf, type Sniffed, sniff } from '../sniff.ts';
import { zipKind } from '../zip/zip-kind.ts';
import { type Dialect, detectDialect } from './dialect.ts';
import { inferSchema } from './infer-schema.ts';
import { decideOutcome, type Outcome } from './outcome.ts';
import { type ParsedEntry, streamRecords } from './parse-records.ts';
import { readJsonTable } from './read-json.ts';
import { ErrorCollector, type Report } from './report.ts';
import type { Workbook } from './sheets/model.ts';
import { sheetTable } from './sheets/sheet-layout.ts';
import {
  chooseSheets,
  openWorkbook,
  skippedSheets,
  type WorkbookFormat,
} from './sheets/workbook.ts';
import type { TableSchema } from './table-schema.ts';
import { TableValidator, type TypedRow } from './validate.ts';

export interface ReadTableOptions {
  /** The schema to validate against; inferred from the data when absent. */
  readonly schema?: TableSchema;
  readonly errorLimit?: number;
  /** The dataset's metadata asks that any error reject it. */
  readonly strict?: boolean;
  /** Data rows handed to the caller at a time (default 1,000). */
  readonly batchRows?: number;
  /** The most bytes a row may hold, when the rows are bound for a store with an item limit. */
  readonly maxRowBytes?: number;
  /** The most columns a table may have; the ingest gives `maxTableColumns`. */
  readonly maxColumns?: number;
  /** The most cells, rows × columns, a table may have; the ingest gives `maxTableCells`. */
  readonly maxCells?: number;
  /** The most characters one CSV record may hold as it is parsed; the ingest gives `maxRecordChars`. */
  readonly maxRecordChars?: number;
  /** The sheet to read from a workbook (XLSX, ODS); the first visible one when absent. */
  readonly sheet?: string;
}

/** What reading a table found, without its rows, which went to the caller batch by batch. */
export interface TableSummary {
  /** `null` for JSON, and for files that could not be read as text. */
  readonly dialect: Dialect | null;
  readonly encoding: TextEncoding | null;
  readonly header: readonly string[];
  readonly schema: TableSchema;
  readonly report: Report;
  /** Data rows handed over: blank rows are left out. */
  readonly rowCount: number;
  readonly outcome: Outcome;
  /** The sheet read, for a workbook. */
  readonly sheet?: string;
}

export interface ReadTable extends TableSummary {
  /** The data rows' typed values in header order; blank rows are left out. */
  readonly rows: readonly TypedRow[];
}

/** A data row, numbered from 1 among the rows kept (blank rows are not). */
export interface NumberedRow {
  readonly rowNumber: number;
  readonly values: TypedRow;
}

/** JSON is parsed whole, so it has a ceiling that CSV, read as a stream, does not. */
export const maxJsonTableBytes = 64 * 1024 * 1024;

const inferenceRows = 10_000;

type TableRow = { readonly cells: readonly string[] } | { readonly error: string };

const unreadable = (
  message: string,
  encoding: TextEncoding | null,
  options: ReadTableOptions,
): TableSummary => {
  const errors = new ErrorCollector(options.errorLimit);
  errors.add({ type: 'source-error', message });
  const report = errors.report(0, 0);
  const schema = options.schema ?? { fields: [] };
  return { dialect: null, encoding, header: [], schema, report, rowCount: 0, outcome: 'rejected' };
};

interface Layout {
  readonly dialect: Dialect | null;
  readonly encoding: TextEncoding | null;
  readonly header: readonly string[];
  readonly headerRowNumber: number;
  /** Problems with the file as a whole, such as an unreadable title block. */
  readonly problems: readonly string[];
  /** A workbook's sheets that were not read, and why. */
  readonly skippedSheets?: readonly string[];
}

/** Validates rows as they come, handing typed rows to the caller in batches. */
const validateRows = async (
  layout: Layout,
  schema: TableSchema,
  rows: AsyncIterable<TableRow> | Iterable<TableRow>,
  options: ReadTableOptions,
  onRows: (rows: NumberedRow[]) => Promise<void>,
): Promise<TableSummary> => {
  const validator = new TableValidator(layout.header, schema, {
    headerRowNumber: layout.headerRowNumber,
    ...(options.errorLimit !== undefined && { errorLimit: options.errorLimit }),
    ...(options.maxRowBytes !== undefined && { maxRowBytes: options.maxRowBytes }),
    ...(layout.dialect && { delimiter: layout.dialect.delimiter }),
  });
  for (const problem of layout.problems) validator.sourceError(problem);
  const maxColumns = options.maxColumns ?? Number.POSITIVE_INFINITY;
  const maxCells = options.maxCells ?? Number.POSITIVE_INFINITY;
  for (const note of layout.skippedSheets ?? []) validator.skippedSheet(note);
  const batchRows = options.batchRows ?? 1000;
  let batch: NumberedRow[] = [];
  let rowCount = 0;
  let cells = 0;
  const tooWide = layout.header.length > maxColumns;
  // Refused on the header, before any row is read: no row of it could be stored.
  if (tooWide)
    validator.sourceError(
      `The header has ${layout.header.length} columns; tables may have at most ${maxColumns}. Split the table, or turn columns into rows (one row per item and measure).`,
    );
  for await (const row of tooWide ? [] : rows) {
    cells += 'cells' in row ? row.cells.length : 0;
    if (cells > maxCells) {
      validator.sourceError(
        `The table passes ${maxCells} cells (rows × columns) by data row ${rowCount + 1}; one dataset may hold at most that. Split it into several datasets.`,
      );
      break;
    }
    if ('error' in row) validator.unreadableRow(row.error);
    else {
      const values = validator.row(row.cells);
      if (values) batch.push({ rowNumber: ++rowCount, values });
      if (batch.length >= batchRows) {
        await onRows(batch);
        batch = [];
      }
    }
  }
  if (batch.length > 0) await onRows(batch);
  const report = validator.report();
  const outcome = decideOutcome(report, { strict: options.strict ?? false });
  const { dialect, encoding, header } = layout;
  return { dialect, encoding, header, schema, report, rowCount, outcome };
};

/** The records of a CSV source, decoded as it streams, none held past `options.maxRecordChars`. */
const records = (
  source: ByteSource,
  encoding: TextEncoding,
  bom: boolean,
  dialect: Dialect,
  options: ReadTableOptions,
) =>
  streamRecords(textChunks(source.chunks(), encoding, bom), {
    ...dialect,
    ...(options.maxRecordChars !== undefined && { maxRecordChars: options.maxRecordChars }),
  });

/** Splits a record stream into the title block and header, and the data records after them. */
const splitHeader = async (
  entries: AsyncIterator<ParsedEntry>,
  dialect: Dialect,
  encoding: TextEncoding,
): Promise<Layout> => {
  const problems: string[] = [];
  let header: readonly string[] = [];
  for (let index = 0; index <= dialect.headerRow; index++) {
    const next = await entries.next();
    if (next.done) break;
    // Errors at or above the header (in the title block, or the header itself) concern the whole file.
    if ('error' in next.value) problems.push(next.value.error);
    else if (index === dialect.headerRow) header = next.value.cells;
  }
  return { dialect, encoding, header, headerRowNumber: dialect.headerRow + 1, problems };
};

const rest = <T>(iterator: AsyncIterator<T>): AsyncIterable<T> => ({
  [Symbol.asyncIterator]: () => iterator,
});

/** Infers the schema from the first data records: a pass that stops early. */
const inferFromStart = async (
  source: ByteSource,
  encoding: TextEncoding,
  bom: boolean,
  dialect: Dialect,
  options: ReadTableOptions,
): Promise<TableSchema> => {
  const entries = records(source, encoding, bom, dialect, options)[Symbol.asyncIterator]();
  const layout = await splitHeader(entries, dialect, encoding);
  const sample: string[][] = [];
  for await (const entry of rest(entries)) {
    if ('cells' in entry) sample.push(entry.cells);
    if (sample.length >= inferenceRows) break;
  }
  await entries.return?.(undefined);
  return inferSchema(layout.header, sample, { sampleRows: inferenceRows });
};

const readCsv = async (
  source: ByteSource,
  encoding: TextEncoding,
  bom: boolean,
  dialect: Dialect,
  options: ReadTableOptions,
  onRows: (rows: NumberedRow[]) => Promise<void>,
): Promise<TableSummary> => {
  const schema = options.schema ?? (await inferFromStart(source, encoding, bom, dialect, options));
  const entries = records(source, encoding, bom, dialect, options)[Symbol.asyncIterator]();
  const layout = await splitHeader(entries, dialect, encoding);
  return validateRows(layout, schema, rest(entries), options, onRows);
};

const readJson = async (
  source: ByteSource,
  options: ReadTableOptions,
  onRows: (rows: NumberedRow[]) => Promise<void>,
): Promise<TableSummary | undefined> => {
  if (source.size > maxJsonTableBytes)
    return unreadable(
      `The JSON is ${source.size} bytes; JSON tables are read whole, up to ${maxJsonTableBytes} bytes. Upload a table this large as CSV, which is read as a stream.`,
      null,
      options,
    );
  const decoded = await decodeText(await readAll(source));
  if (!decoded) return undefined;
  const json = readJsonTable(decoded.text);
  if (json === undefined) return undefined;
  if ('error' in json) return unreadable(json.error, decoded.encoding, options);
  const layout = {
    dialect: null,
    encoding: decoded.encoding,
    header: json.header,
    headerRowNumber: 1,
    problems: [],
  };
  const schema = options.schema ?? inferSchema(json.header, json.rows);
  return validateRows(
    layout,
    schema,
    json.rows.map((cells) => ({ cells })),
    options,
    onRows,
  );
};

async function* cellRows(rows: AsyncIterable<readonly string[]>): AsyncIterable<TableRow> {
  for await (const cells of rows) yield { cells };
}

/** Infers a sheet's schema from its first data rows: a pass that stops early. */
const inferSheet = async (workbook: Workbook, sheet: string): Promise<TableSchema> => {
  const table = await sheetTable(workbook.rows(sheet));
  const sample: (readonly string[])[] = [];
  for await (const cells of table.rows) {
    if (cells.some((cell) => cell !== '')) sample.push(cells);
    if (sample.length >= inferenceRows) break;
  }
  return inferSchema(table.header, sample, { sampleRows: inferenceRows });
};

/**
 * Reads one sheet of a workbook as a table, as a CSV is read: the header found below any title
 * rows, cells as the spreadsheet stores them (dates from their serial numbers, formulas' cached
 * values). A workbook that cannot be opened (damaged, a zip bomb) yields a report saying why.
 */
const readSheet = async (
  source: ByteSource,
  format: WorkbookFormat,
  options: ReadTableOptions,
  onRows: (rows: NumberedRow[]) => Promise<void>,
): Promise<TableSummary> => {
  try {
    const workbook = await openWorkbook(source, format);
    const [sheet] = chooseSheets(workbook, options.sheet).sheets;
    if (!sheet) return unreadable('The workbook has no sheet to read', null, options);
    const table = await sheetTable(workbook.rows(sheet.name));
    if (!table.filled)
      return { ...unreadable(`Sheet "${sheet.name}" is empty`, null, options), sheet: sheet.name };
    const schema = options.schema ?? (await inferSheet(workbook, sheet.name));
    const layout: Layout = {
      dialect: null,
      encoding: null,
      header: table.header,
      headerRowNumber: table.headerRowNumber,
      problems: [],
      skippedSheets: skippedSheets(workbook, [sheet]),
    };
    const summary = await validateRows(layout, schema, cellRows(table.rows), options, onRows);
    return { ...summary, sheet: sheet.name };
  } catch (error) {
    if (error instanceof UploadRejectedError) return unreadable(error.message, null, options);
    throw error;
  }
};

/** A zip's first bytes: `PK\x03\x04`. */
const isZip = (head: Uint8Array): boolean =>
  head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;

/**
 * The format of a dataset's bytes: as `sniff` finds it from the first bytes, except that a zip
 * whose first bytes do not say what it is (ExcelJS's streaming writer's) is looked into.
 */
export const sniffTable = async (source: ByteSource): Promise<Sniffed> => {
  const sniffed = await sniff(source.head);
  if (sniffed.format !== undefined || !isZip(source.head)) return sniffed;
  const kind = await zipKind(source);
  return kind ? { kind: 'binary', format: kind, mediaType: mediaTypeOf(kind) } : sniffed;
};

/** XLSX or ODS, from the bytes; `undefined` for any other file. */
export const workbookFormatOf = async (source: ByteSource): Promise<WorkbookFormat | undefined> => {
  if (!isZip(source.head)) return undefined;
  const { format } = await sniffTable(source);
  return format === 'xlsx' || format === 'ods' ? format : undefined;
};

/**
 * Reads a table of any size as a stream: detects a workbook (XLSX, ODS: one sheet is read, the
 * first visible unless `options.sheet` names one), or the text encoding, JSON or CSV and its dialect
 * from the first bytes, infers a schema from the first 10,000 rows unless given one, then
 * validates every row, handing typed rows to `onRows` in batches and holding none of them. It does
 * not throw on bad input: an empty, binary or unreadable file yields a report saying why.
 *
 * A file whose start is UTF-8 but which turns out not to be further on is read again as
 * Windows-1252, from the top; `onRows` then sees the same row numbers again, with the right text.
 */
export const streamTable = async (
  source: ByteSource,
  options: ReadTableOptions,
  onRows: (rows: NumberedRow[]) => Promise<void>,
): Promise<TableSummary> => {
  if (source.size === 0) return unreadable('The file is empty', null, options);
  const workbook = await workbookFormatOf(source);
  if (workbook) return readSheet(source, workbook, options, onRows);
  const complete = source.head.length >= source.size;
  const detected = detectEncoding(source.head, complete);
  const headText = (await decodeAs(source.head, detected.encoding, detected.bom)).text;
  if (!isText(headText))
    return unreadable(
      'The file is not text (it looks like binary data, such as a spreadsheet or an archive): export it as CSV',
      null,
      options,
    );
  if (complete && headText.trim() === '')
    return unreadable('The file has no rows, only blank lines', detected.encoding, options);
  if (/^\s*[[{]/.test(headText)) {
    const json = await readJson(source, options, onRows);
    if (json) return json;
  }
  const dialect = detectDialect(headText);
  try {
    return await readCsv(source, detected.encoding, detected.bom, dialect, options, onRows);
  } catch (error) {
    if (!(error instanceof NotUtf8Error)) throw error;
    return readCsv(source, 'windows-1252', false, dialect, options, onRows);
  }
};

/**
 * Reads a table held in memory, keeping its rows: for the CLI, paper tables and tests.
 *
 * @example (await readTable(new TextEncoder().encode('id,amount\n1,"£1,200"\n'))).rows // [[1, 1200]]
 */
export const readTable = async (
  bytes: Uint8Array,
  options: ReadTableOptions = {},
): Promise<ReadTable> => {
  const rows = new Map<number, TypedRow>();
  const summary = await streamTable(bytesSource(bytes), options, async (batch) => {
    for (const row of batch) rows.set(row.rowNumber, row.values);
  });
  return { ...summary, rows: [...rows.values()] };
};
