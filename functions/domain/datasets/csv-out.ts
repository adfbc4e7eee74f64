import { stringify } from 'csv-stringify/sync';
import type { CellValue } from './cast.ts';

/**
 * Writes a table as RFC 4180 CSV: CRLF line ends, values quoted when they hold a comma, quote or line
 * break. Text that a spreadsheet would run as a formula (starting `=`, `+`, `-`, `@`, tab or CR, or
 * their full-width forms) is prefixed with `'`, since published data is opened in Excel by people
 * who did not write it. Numbers are written as they are, negative ones included: they are not
 * formulas. Booleans are `true`/`false`, missing values empty.
 *
 * @example toCsv(['name', 'amount'], [['=HYPERLINK("x")', -5]]) // 'name,amount\r\n"\'=HYPERLINK(""x"")",-5\r\n'
 */
export const toCsv = (header: readonly string[], rows: Iterable<readonly CellValue[]>): string =>
  toCsvRecords([header, ...rows]);

/** Records written as `toCsv` writes them, with no header added: for CSV written a batch at a time. */
export const toCsvRecords = (records: Iterable<readonly CellValue[]>): string =>
  stringify(
    Array.from(records, (record) => [...record]),
    {
      record_delimiter: 'windows',
      eof: true,
      escape_formulas: true,
      // csv-stringify 6.9 leaves a lone LF or CR unquoted when the record delimiter is CRLF.
      quoted_match: /[\r\n]/,
      cast: { boolean: (value) => (value ? 'true' : 'false') },
    },
  );
