import { stringify } from 'csv-stringify/sync';
import type { CellValue } from './cast.ts';

export interface CsvOutOptions {
  /**
   * Columns (0-based) the schema types as numbers: a cell there written as a plain number
   * (`-35`, `-1.50`, `-1,200.5`) is a value, not a formula, and is left as it is.
   */
  readonly numericColumns?: ReadonlySet<number>;
}

/** What a spreadsheet would run as a formula: `=`, `+`, `-`, `@`, tab or CR first, or their full-width forms. */
const formulaStart = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

const plainNumber = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * Writes a table as RFC 4180 CSV: CRLF line ends, values quoted when they hold a comma, quote or line
 * break. Text that a spreadsheet would run as a formula (starting `=`, `+`, `-`, `@`, tab or CR, or
 * their full-width forms) is prefixed with `'`, since published data is opened in Excel by people
 * who did not write it. Numbers are written as they are, negative ones included: they are not
 * formulas; so is a plain number's text in a column the schema types as numbers. Booleans are
 * `true`/`false`, missing values empty.
 *
 * @example toCsv(['name', 'amount'], [['=HYPERLINK("x")', -5]]) // 'name,amount\r\n"\'=HYPERLINK(""x"")",-5\r\n'
 * @example toCsv(['change'], [['-35']], { numericColumns: new Set([0]) }) // 'change\r\n-35\r\n'
 */
export const toCsv = (
  header: readonly string[],
  rows: Iterable<readonly CellValue[]>,
  options: CsvOutOptions = {},
): string => toCsvRecords([header, ...rows], { ...options, headerFirst: true });

/**
 * Records written as `toCsv` writes them, with no header added: for CSV written a batch at a time
 * (`headerFirst` when the batch starts with the header row, which is never a number).
 */
export const toCsvRecords = (
  records: Iterable<readonly CellValue[]>,
  options: CsvOutOptions & { readonly headerFirst?: boolean } = {},
): string => {
  const numeric = options.numericColumns ?? new Set<number>();
  const firstData = options.headerFirst ? 1 : 0;
  return stringify(
    Array.from(records, (record) => [...record]),
    {
      record_delimiter: 'windows',
      eof: true,
      // csv-stringify 6.9 leaves a lone LF or CR unquoted when the record delimiter is CRLF.
      quoted_match: /[\r\n]/,
      cast: {
        boolean: (value) => (value ? 'true' : 'false'),
        string: (value, context) => {
          const isData = context.records >= firstData && typeof context.column === 'number';
          if (isData && numeric.has(context.column as number) && plainNumber.test(value))
            return value;
          return formulaStart.test(value) ? `'${value}` : value;
        },
      },
    },
  );
};
