import { type ParsedEntry, parseRecords } from './parse-records.ts';

export type Delimiter = ',' | ';' | '\t' | '|';
export type QuoteChar = '"' | "'";

export interface Dialect {
  readonly delimiter: Delimiter;
  readonly quoteChar: QuoteChar;
  /** 0-based position of the header among the file's records; title and blank lines come before. */
  readonly headerRow: number;
}

/** In order of preference when two fit equally well. */
export const delimiters: readonly Delimiter[] = [',', ';', '\t', '|'];

// Enough to see past a title block and into the data. Not more: csv-parse slows sharply on very long
// records, and a header cut short still shows its delimiter.
const sampleChars = 1 << 16;
const sampleRecords = 50;

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');
const filled = (cells: readonly string[]) => cells.filter((cell) => cell.trim() !== '').length;
const cellsOf = (entry: ParsedEntry | undefined) =>
  entry && 'cells' in entry ? entry.cells : null;

/**
 * The quote character: `'` only when it visibly wraps values (after a delimiter or at a line start,
 * and before one or at a line end) and `"` never does; apostrophes in words do not count.
 */
const detectQuote = (sample: string): QuoteChar => {
  const wraps = (quote: string) =>
    new RegExp(`(?:^|[,;\\t|])${quote}`, 'm').test(sample) &&
    new RegExp(`${quote}(?:[,;\\t|]|\\r?$)`, 'm').test(sample);
  return wraps("'") && !wraps('"') ? "'" : '"';
};

/** A record's width up to its last filled cell: a trailing delimiter adds no column. */
const filledWidth = (cells: readonly string[]) => {
  let width = cells.length;
  while (width > 0 && cells[width - 1]?.trim() === '') width--;
  return width;
};

/**
 * The most common field count among non-blank records, trailing empty cells left out (rows exported
 * with a trailing delimiter are as wide as their header); on a tie, the one met first, since the
 * header is nearer the top than any stray row.
 */
const modalWidth = (entries: readonly ParsedEntry[]): { width: number; count: number } => {
  const counts = new Map<number, number>();
  for (const entry of entries) {
    const cells = cellsOf(entry);
    if (cells && !isBlank(cells)) {
      const width = filledWidth(cells);
      counts.set(width, (counts.get(width) ?? 0) + 1);
    }
  }
  // A record with one filled cell is a title line unless every record is: it does not set the width.
  const several = [...counts].filter(([width]) => width > 1);
  let best = { width: 1, count: several.length > 0 ? 0 : (counts.get(1) ?? 0) };
  for (const [width, count] of several) if (count > best.count) best = { width, count };
  return best;
};

/**
 * The header is the first record as wide as the table with at least half its labels filled in (two
 * at least): title lines exported from spreadsheets as `Title,,,,` are as wide but mostly empty.
 */
const findHeader = (entries: readonly ParsedEntry[], width: number): number => {
  const firstFilled = entries.findIndex((entry) => {
    const cells = cellsOf(entry);
    return cells !== null && !isBlank(cells);
  });
  if (width < 2) return Math.max(0, firstFilled);
  const header = entries.findIndex((entry) => {
    const cells = cellsOf(entry);
    if (!cells || cells.length < width) return false;
    const labels = filled(cells);
    return labels >= 2 && labels * 2 >= width;
  });
  return header >= 0 ? header : Math.max(0, firstFilled);
};

/**
 * Detects the delimiter (the candidate giving the most records of one width over the first 50
 * records, read with quotes respected; on a tie, the one giving more columns, since `1,200` in a
 * semicolon file splits on commas too), the quote character and the header row.
 *
 * @example detectDialect('Spend over £500 — Q1 2024\n\nDate;Supplier;Amount\n01/04/2024;Acme;1,200')
 * // { delimiter: ';', quoteChar: '"', headerRow: 2 }
 */
export const detectDialect = (text: string): Dialect => {
  const sample = text.slice(0, sampleChars);
  const quoteChar = detectQuote(sample);
  let best = { delimiter: ',' as Delimiter, width: 1, count: 0, entries: [] as ParsedEntry[] };
  for (const delimiter of delimiters) {
    const entries = parseRecords(sample, { delimiter, quoteChar, maxRecords: sampleRecords });
    // A sample cut mid-record ends in a partial record, which would skew the counts.
    if (text.length > sampleChars && entries.length > 1) entries.pop();
    const { width, count } = modalWidth(entries);
    const better = count > best.count || (count === best.count && width > best.width);
    if (width > 1 && better) best = { delimiter, width, count, entries };
  }
  if (best.count === 0)
    best.entries = parseRecords(sample, { delimiter: ',', quoteChar, maxRecords: sampleRecords });
  return { delimiter: best.delimiter, quoteChar, headerRow: findHeader(best.entries, best.width) };
};

/**
 * The header's index among rows already split into cells (a spreadsheet's), found as in a CSV:
 * the first row as wide as the table with at least half its labels filled, title rows before it.
 *
 * @example headerIndexOf([['Payments over £100'], [], ['Date', 'Payee', 'Amount'], ['2025-04-01', 'HMRC', '12']]) // 2
 */
export const headerIndexOf = (rows: readonly (readonly string[])[]): number => {
  const entries = rows.map((cells, index) => ({ cells: [...cells], line: index + 1 }));
  return findHeader(entries, modalWidth(entries).width);
};

const delimiterNames: Readonly<Record<Delimiter, string>> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
};

/**
 * When a row of the wrong width would have the right width split on another delimiter, says so:
 * files pasted together from two exports mix `,` and `;`.
 *
 * @example delimiterHint(['1;2;3'], ',', 3) // ' (the row seems to be separated by semicolon)'
 */
export const delimiterHint = (
  cells: readonly string[],
  delimiter: string | undefined,
  width: number,
): string => {
  if (delimiter === undefined || width < 2) return '';
  const line = cells.join(delimiter);
  const other = delimiters.find(
    (candidate) => candidate !== delimiter && line.split(candidate).length === width,
  );
  return other ? ` (the row seems to be separated by ${delimiterNames[other]})` : '';
};
