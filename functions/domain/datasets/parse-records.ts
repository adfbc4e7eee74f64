import { Parser } from 'csv-parse';
import { type CsvError, parse } from 'csv-parse/sync';
import { NotUtf8Error } from '../decode-text.ts';

/** A record as csv-parse read it, or the reason it could not, with the line the record began on. */
export type ParsedEntry =
  | { readonly cells: string[]; readonly line: number }
  | { readonly error: string; readonly line: number };

export interface ParseOptions {
  readonly delimiter: string;
  readonly quoteChar: string;
  /** Stop after this many records: dialect detection needs only the first few. */
  readonly maxRecords?: number;
  /** Refuse a record longer than this many characters as it is parsed, rather than hold it. */
  readonly maxRecordChars?: number;
}

const lineOf = (error: CsvError | undefined): number | undefined =>
  typeof error?.lines === 'number' ? error.lines : undefined;

const explain = (error: CsvError | undefined, line: number, options: ParseOptions): string => {
  if (error?.code === 'CSV_MAX_RECORD_SIZE')
    return `The record starting on line ${line} is over ${options.maxRecordChars} characters (a very long cell, or a quote never closed), so the rest of the file is not read: move long text to a file and link it`;
  if (error?.code === 'CSV_QUOTE_NOT_CLOSED')
    return `The quoted value starting on line ${line} is never closed, so the rest of the file cannot be read`;
  return `Line ${line} cannot be read: ${error?.message ?? 'unknown CSV error'}`;
};

/**
 * csv-parse options shared by the whole-text and streaming parsers: keep going past bad records so
 * one stray quote does not lose the file, keep quotes inside unquoted values as text, let rows differ
 * in length (the validator reports it), and read blank lines as records of one empty cell, so record
 * positions are row numbers. Each record or error goes to `emit` with the line it began on.
 */
const recordOptions = (options: ParseOptions, emit: (entry: ParsedEntry) => void) => {
  let nextLine = 1;
  const skip = (error: CsvError | undefined) => {
    emit({ error: explain(error, nextLine, options), line: nextLine });
    nextLine = (lineOf(error) ?? nextLine) + 1;
  };
  return {
    skip,
    options: {
      delimiter: options.delimiter,
      quote: options.quoteChar,
      relax_column_count: true,
      relax_quotes: true,
      skip_records_with_error: true,
      ...(options.maxRecords !== undefined && { to: options.maxRecords }),
      ...(options.maxRecordChars !== undefined && { max_record_size: options.maxRecordChars }),
      on_record: (record: string[], context: { lines: number }) => {
        emit({ cells: record, line: nextLine });
        nextLine = context.lines + 1;
        return null; // the entries are the result; csv-parse need not keep a second copy
      },
      on_skip: (error: CsvError | undefined) => void skip(error),
    },
  };
};

/**
 * Parses CSV text into records (see `recordOptions`).
 *
 * @example parseRecords('a,b\n1,"2', { delimiter: ',', quoteChar: '"' })
 * // [{ cells: ['a', 'b'], line: 1 }, { error: 'The quoted value starting on line 2 is never closed, …', line: 2 }]
 */
export const parseRecords = (text: string, options: ParseOptions): ParsedEntry[] => {
  const entries: ParsedEntry[] = [];
  const { skip, options: csvOptions } = recordOptions(options, (entry) => entries.push(entry));
  try {
    parse(text, csvOptions);
  } catch (error) {
    // csv-parse throws only for errors it cannot skip past; the records before it still count.
    skip(error as CsvError);
  }
  return entries;
};

/**
 * Parses a stream of CSV text into records as they complete, holding only the records of the
 * current chunk: the same records `parseRecords` gives for the whole text.
 */
export async function* streamRecords(
  texts: AsyncIterable<string>,
  options: ParseOptions,
): AsyncGenerator<ParsedEntry> {
  let pending: ParsedEntry[] = [];
  const { skip, options: csvOptions } = recordOptions(options, (entry) => pending.push(entry));
  const parser = new Parser(csvOptions);
  let done = false;
  // The parser's output is not used: records arrive through on_record, in order, as text is written.
  parser.resume();
  const write = (text: string) =>
    new Promise<void>((resolve, reject) =>
      parser.write(text, (error) => (error ? reject(error) : resolve())),
    );
  try {
    for await (const text of texts) {
      if (done) break;
      await write(text);
      yield* pending;
      pending = [];
      done = parser.info.records >= (options.maxRecords ?? Number.POSITIVE_INFINITY);
    }
    if (!done)
      await new Promise<void>((resolve, reject) =>
        parser.end((error?: Error | null) => (error ? reject(error) : resolve())),
      );
  } catch (error) {
    if (error instanceof NotUtf8Error) throw error;
    skip(error as CsvError);
  }
  yield* pending;
}
