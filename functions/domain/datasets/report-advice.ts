import type { ReportError, ReportErrorType } from './report.ts';

/** What an officer can do about each kind of finding, in the words of the upload page. */
const advice: Readonly<Record<ReportErrorType, string>> = {
  'source-error': 'Save the file again as CSV (UTF-8) or JSON from the program that made it.',
  'encoding-error': 'Save the file again as CSV with UTF-8 encoding.',
  'schema-error': 'Correct the Table Schema uploaded beside the file, or remove it.',
  'blank-header': 'Put the column names in the first row (title lines above them are fine).',
  'blank-label': 'Give this column a name in the header row.',
  'duplicate-label': 'Give each column a different name in the header row.',
  'incorrect-label': 'Rename the column to the name the schema gives it.',
  'extra-label': 'Remove the column, or add it to the schema.',
  'missing-label': 'Add the column the schema names, or remove it from the schema.',
  'blank-row': 'Delete the empty row.',
  'extra-cell':
    'This row has more cells than the header has columns: remove the extra cells or quote a value holding the separator.',
  'missing-cell':
    'This row has fewer cells than the header has columns: fill in the missing cells (leave them empty if there is no value).',
  'type-error': 'Write the value in the type the column holds, or leave the cell empty.',
  'constraint-error': 'Change the value so it meets the column’s rule.',
  'unique-error': 'Each value in this column must be different: correct the repeated one.',
  'primary-key': 'Give the row an identifier that no other row has.',
};

/** A finding said for a person: where (line, column), what is wrong and how to fix it. */
export interface ProblemInWords {
  readonly line: number | null;
  readonly field: string | null;
  readonly problem: string;
  readonly fix: string;
}

/**
 * A validation report's finding in words an officer can act on.
 *
 * @example problemInWords({ type: 'missing-cell', rowNumber: 4, fieldName: 'amount', … }).fix
 * // 'This row has fewer cells than the header has columns: …'
 */
export const problemInWords = (error: ReportError): ProblemInWords => ({
  line: error.rowNumber,
  field: error.fieldName ?? (error.fieldNumber === null ? null : `column ${error.fieldNumber}`),
  problem: error.message,
  fix: advice[error.type],
});
