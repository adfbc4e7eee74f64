import { typeCell } from './cells.ts';
import { cleanLine, isFurniture } from './lines.ts';
import type { PaperTable } from './model.ts';

export type ParsedTable = PaperTable;

interface Row {
  readonly line: number;
  readonly cells: string[];
}

const pipeRow = /^\s*\|(.*)\|\s*$/;
const pipeSeparator = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

const rowOf = (raw: string, number: number): Row | undefined => {
  const pipe = pipeRow.exec(raw);
  if (pipe?.[1] !== undefined)
    return { line: number, cells: pipe[1].split('|').map((cell) => cleanLine(cell)) };
  // Columns are tabs (our PDF reader) or, in text laid out by pdftotext and typists, runs of
  // three or more spaces between words.
  const separator = raw.includes('\t') ? '\t' : /\S {3,}\S/.test(raw.trim()) ? / {3,}/ : undefined;
  if (!separator) return undefined;
  // A leading tab is an empty first cell; leading spaces are only indentation.
  const cells = (separator === '\t' ? raw.split('\t') : raw.trim().split(separator)).map((cell) =>
    cleanLine(cell),
  );
  return cells.filter((cell) => cell !== '').length >= 2 ? { line: number, cells } : undefined;
};

/** Where a laid-out line's cells start: tab stops count as columns, spaces as character offsets. */
const cellStarts = (raw: string): number[] =>
  raw.includes('\t')
    ? raw.split('\t').flatMap((cell, index) => (cell.trim() ? [index] : []))
    : [...raw.matchAll(/\S(?:(?! {3,}).)*/g)].map((match) => match.index ?? 0);

/**
 * Lines of a wrapped cell between rows: each line's text joins the cell of the row above that it
 * starts under. Returns the index after them, or undefined when they are not a continuation.
 */
const continuation = (raw: readonly string[], cursor: number, rows: Row[]): number | undefined => {
  const last = rows.at(-1);
  const header = rows[0];
  if (!last || !header || rows.length < 2) return undefined;
  let end = cursor;
  while (end < raw.length && end < cursor + 2) {
    const text = raw[end] ?? '';
    if (text.trim() === '' || rowOf(text, end + 1)) break;
    if (cleanLine(text).length > 60 || footnote.test(cleanLine(text))) return undefined;
    end++;
  }
  if (end === cursor || !rowOf(raw[end] ?? '', end + 1)) return undefined;
  const headStarts = cellStarts(raw[header.line - 1] ?? '');
  for (const text of raw.slice(cursor, end)) {
    const start = cellStarts(text)[0] ?? 0;
    const column = Math.max(
      0,
      headStarts.findLastIndex((head) => head <= start + 2),
    );
    const cells = last.cells;
    if (column < cells.length) cells[column] = `${cells[column] ?? ''} ${cleanLine(text)}`.trim();
  }
  return end;
};

/** Label/value lines ("Date:⇥9 May 2023") are front matter, not a table. */
const isLabelBlock = (rows: readonly Row[]) =>
  rows.filter((row) => /:$/.test(row.cells[0] ?? '')).length >= rows.length * 0.6;

const footnote = /^(?:\*+|†|‡|note\s*\d*[:.]|source\s*:|notes?\s*:)/i;

/** A cell that is data, not a column's name: an item number, a date, an amount. */
const dataLike =
  /^(?:\(?[\dA-Za-z]{0,6}\d[\d./-]*[a-z]?[.)]?|[£$€]\s?[\d,.]+|[\d,.]+\s?[£$€%]?|\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},?\s+\d{4})$/u;

/**
 * A header a person reads as column names: two or more of them, short, none of them a sentence
 * or a datum. Rows of numbered agenda items, a page's banner or two columns of prose are laid out
 * like a table but have no such header.
 */
const isHeader = (cells: readonly string[]) => {
  const named = cells.filter((cell) => cell !== '');
  return (
    named.length >= 2 &&
    // A justified line whose widened gaps read as tabs: "Memorandum⇥of⇥Understanding⇥(MOU)⇥with".
    !named.some((cell) =>
      /^(?:and|of|the|a|an|to|with|for|in|on|by|or|at|from|that|is|be)$/.test(cell),
    ) &&
    named.every(
      (cell) =>
        cell.length <= 60 &&
        cell.split(/\s+/).length <= 8 &&
        !/[.,;]$/.test(cell) &&
        !dataLike.test(cell),
    )
  );
};

/**
 * Tables laid out with tabs (text from PDFs) or Markdown pipes: runs of rows of two or more cells,
 * allowing single blank lines between rows. The first row is the header; the line above, if short,
 * is the heading; footnote lines below are kept with the table.
 */
export const readTables = (raw: readonly string[]): PaperTable[] => {
  const tables: PaperTable[] = [];
  let index = 0;
  while (index < raw.length) {
    // Most lines of a document's span in a pack are blanked: no row starts on them.
    if (raw[index] === '') {
      index++;
      continue;
    }
    const first = rowOf(raw[index] ?? '', index + 1);
    if (!first) {
      index++;
      continue;
    }
    const rows: Row[] = [first];
    let cursor = index + 1;
    while (cursor < raw.length) {
      const text = raw[cursor] ?? '';
      if (pipeSeparator.test(text) && text.includes('-')) {
        cursor++;
        continue;
      }
      const row = rowOf(text, cursor + 1);
      if (row) {
        rows.push(row);
        cursor++;
        continue;
      }
      const nextRow = text.trim() === '' ? rowOf(raw[cursor + 1] ?? '', cursor + 2) : undefined;
      if (nextRow) {
        cursor++;
        continue;
      }
      // A cell wrapped onto a line of its own ("Board of Appeal (Local" / "Improvement)") goes on
      // in the row above when a row follows within two lines.
      const continued = continuation(raw, cursor, rows);
      if (continued) {
        cursor = continued;
        continue;
      }
      break;
    }
    index = cursor;
    if (rows.length < 2 || isLabelBlock(rows)) continue;
    // Leading empty cells are indentation when they make a row wider than its header, and an
    // empty first column (a category given only on a group's first row) when they do not.
    const indent = (cells: readonly string[], target: number) => {
      const trimmed = [...cells];
      while (trimmed.length > target && trimmed[0] === '') trimmed.shift();
      return trimmed;
    };
    // A header wrapped onto a second line ("Number in 6" / "weeks") goes on cell by cell: the
    // second line's words all start in lower case, as no row of data does.
    const second = rows[1];
    if (
      rows.length > 2 &&
      rows[0] &&
      second &&
      second.cells.length === rows[0].cells.length &&
      second.cells.some((cell) => cell !== '') &&
      second.cells.every(
        (cell, column) => cell === '' || (/^\p{Ll}/u.test(cell) && rows[0]?.cells[column] !== ''),
      )
    ) {
      rows[0] = {
        ...rows[0],
        cells: rows[0].cells.map((cell, column) => `${cell} ${second.cells[column] ?? ''}`.trim()),
      };
      rows.splice(1, 1);
    }
    // The header keeps an empty first cell over the rows' labels when the rows are as wide as it.
    const bodyWidth = Math.max(0, ...rows.slice(1).map((row) => row.cells.length));
    const headerCells = indent(rows[0]?.cells ?? [], bodyWidth);
    const aligned = rows.map((row, index) => ({
      ...row,
      cells: index === 0 ? headerCells : indent(row.cells, headerCells.length),
    }));
    const [header, ...body] = aligned;
    if (!header || !isHeader(header.cells)) continue;
    const width = Math.max(...aligned.map((row) => row.cells.length));
    const pad = (cells: string[]) =>
      [...cells, ...Array<string>(width - cells.length).fill('')].slice(0, width);
    const above = raw
      .slice(Math.max(0, first.line - 4), first.line - 1)
      .map(cleanLine)
      .filter((line) => !isFurniture(line))
      .at(-1);
    const notes: string[] = [];
    for (const text of raw.slice(cursor, cursor + 6).map(cleanLine)) {
      if (text === '') continue;
      if (footnote.test(text)) notes.push(text);
      else break;
    }
    const columns = pad(header.cells);
    const cells = body.map((row) => pad(row.cells));
    tables.push({
      heading: above && above.length <= 120 && !/[.,;]$/.test(above) ? above : null,
      columns,
      rows: cells,
      values: cells.map((row) => row.map(typeCell)),
      footnotes: notes,
      line: first.line,
      endLine: rows.at(-1)?.line ?? first.line,
    });
  }
  return tables;
};
