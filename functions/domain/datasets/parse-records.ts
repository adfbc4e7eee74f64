import { type CsvError, parse } from 'csv-parse/sync';

/** A record as csv-parse read it, or the reason it could not, with the line the record began on. */
export type ParsedEntry =
  | { readonly cells: string[]; readonly line: number }
  | { readonly error: string; readonly line: number };

export interface ParseOptions {
  readonly delimiter: string;
  readonly quoteChar: string;
  /** Stop after this many records: dialect detection needs only the first few. */
  readonly maxRecords?: number;
}

const lineOf = (error: CsvError | undefined): number | undefined =>
  typeof error?.lines === 'number' ? error.lines : undefined;

const explain = (error: CsvError | undefined, line: number): string => {
  if (error?.code === 'CSV_QUOTE_NOT_CLOSED')
    return `The quoted value starting on line ${line} is never closed, so the rest of the file cannot be read`;
  return `Line ${line} cannot be read: ${error?.message ?? 'unknown CSV error'}`;
};

/**
 * Parses CSV text into records, keeping going past bad records so one stray quote does not lose the
 * file. Quotes inside unquoted values are kept as text, rows may differ in length (the validator
 * reports it), and blank lines are records of one empty cell, so record positions are row numbers.
 *
 * @example parseRecords('a,b\n1,"2', { delimiter: ',', quoteChar: '"' })
 * // [{ cells: ['a', 'b'], line: 1 }, { error: 'The quoted value starting on line 2 is never closed, …', line: 2 }]
 */
export const parseRecords = (text: string, options: ParseOptions): ParsedEntry[] => {
  const entries: ParsedEntry[] = [];
  let nextLine = 1;
  const skip = (error: CsvError | undefined) => {
    entries.push({ error: explain(error, nextLine), line: nextLine });
    nextLine = (lineOf(error) ?? nextLine) + 1;
  };
  try {
    parse(text, {
      delimiter: options.delimiter,
      quote: options.quoteChar,
      relax_column_count: true,
      relax_quotes: true,
      skip_records_with_error: true,
      ...(options.maxRecords !== undefined && { to: options.maxRecords }),
      on_record: (record: string[], context) => {
        entries.push({ cells: record, line: nextLine });
        nextLine = context.lines + 1;
        return null; // the entries are the result; csv-parse need not keep a second copy
      },
      on_skip: (error) => void skip(error),
    });
  } catch (error) {
    // csv-parse throws only for errors it cannot skip past; the records before it still count.
    skip(error as CsvError);
  }
  return entries;
};
