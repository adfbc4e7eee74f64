import { decodeText, type TextEncoding } from '../decode-text.ts';
import { type Dialect, detectDialect } from './dialect.ts';
import { inferSchema } from './infer-schema.ts';
import { decideOutcome, type Outcome } from './outcome.ts';
import { parseRecords } from './parse-records.ts';
import { readJsonTable } from './read-json.ts';
import { ErrorCollector, type Report } from './report.ts';
import type { TableSchema } from './table-schema.ts';
import { TableValidator, type TypedRow } from './validate.ts';

export interface ReadTableOptions {
  /** The schema to validate against; inferred from the data when absent. */
  readonly schema?: TableSchema;
  readonly errorLimit?: number;
  /** The dataset's metadata asks that any error reject it. */
  readonly strict?: boolean;
}

export interface ReadTable {
  /** `null` for JSON, and for files that could not be read as text. */
  readonly dialect: Dialect | null;
  readonly encoding: TextEncoding | null;
  readonly header: readonly string[];
  readonly schema: TableSchema;
  readonly report: Report;
  /** The data rows' typed values in header order; blank rows are left out. */
  readonly rows: readonly TypedRow[];
  readonly outcome: Outcome;
}

type TableRow = { readonly cells: readonly string[] } | { readonly error: string };

interface Table {
  readonly header: readonly string[];
  readonly rows: readonly TableRow[];
  readonly headerRowNumber: number;
  /** Problems with the file as a whole, such as an unreadable title block. */
  readonly problems: readonly string[];
}

const unreadable = (
  message: string,
  encoding: TextEncoding | null,
  options: ReadTableOptions,
): ReadTable => {
  const errors = new ErrorCollector(options.errorLimit);
  errors.add({ type: 'source-error', message });
  const report = errors.report(0, 0);
  const schema = options.schema ?? { fields: [] };
  return { dialect: null, encoding, header: [], schema, report, rows: [], outcome: 'rejected' };
};

const csvTable = (text: string, dialect: Dialect): Table => {
  const entries = parseRecords(text, dialect);
  const head = entries[dialect.headerRow];
  // Errors at or above the header (in the title block, or the header itself) concern the whole file.
  const problems = entries
    .slice(0, dialect.headerRow + 1)
    .flatMap((entry) => ('error' in entry ? [entry.error] : []));
  return {
    header: head && 'cells' in head ? head.cells : [],
    rows: entries.slice(dialect.headerRow + 1),
    headerRowNumber: dialect.headerRow + 1,
    problems,
  };
};

const finish = (
  dialect: Dialect | null,
  encoding: TextEncoding,
  table: Table,
  options: ReadTableOptions,
): ReadTable => {
  const sample = table.rows.flatMap((row) => ('cells' in row ? [row.cells] : []));
  const schema = options.schema ?? inferSchema(table.header, sample);
  const validator = new TableValidator(table.header, schema, {
    headerRowNumber: table.headerRowNumber,
    ...(options.errorLimit !== undefined && { errorLimit: options.errorLimit }),
    ...(dialect && { delimiter: dialect.delimiter }),
  });
  for (const problem of table.problems) validator.sourceError(problem);
  const rows: TypedRow[] = [];
  for (const row of table.rows) {
    if ('error' in row) validator.unreadableRow(row.error);
    else {
      const values = validator.row(row.cells);
      if (values) rows.push(values);
    }
  }
  const report = validator.report();
  const outcome = decideOutcome(report, { strict: options.strict ?? false });
  return { dialect, encoding, header: table.header, schema, report, rows, outcome };
};

/**
 * Reads a small table upload whole: detects the text encoding, JSON or CSV and its dialect, infers a
 * schema unless given one, validates, and decides the outcome. It does not throw on bad input: an
 * empty, binary or unreadable file yields a report with a `source-error` saying why.
 *
 * @example readTable(new TextEncoder().encode('id,amount\n1,"£1,200"\n')).rows // [[1, 1200]]
 */
export const readTable = (bytes: Uint8Array, options: ReadTableOptions = {}): ReadTable => {
  if (bytes.length === 0) return unreadable('The file is empty', null, options);
  const decoded = decodeText(bytes);
  if (!decoded)
    return unreadable(
      'The file is not text (it looks like binary data, such as a spreadsheet or an archive): export it as CSV',
      null,
      options,
    );
  const { text, encoding } = decoded;
  if (text.trim() === '')
    return unreadable('The file has no rows, only blank lines', encoding, options);
  const json = readJsonTable(text);
  if (json && 'error' in json) return unreadable(json.error, encoding, options);
  if (json) {
    const rows = json.rows.map((cells) => ({ cells }));
    return finish(
      null,
      encoding,
      { header: json.header, rows, headerRowNumber: 1, problems: [] },
      options,
    );
  }
  const dialect = detectDialect(text);
  return finish(dialect, encoding, csvTable(text, dialect), options);
};
