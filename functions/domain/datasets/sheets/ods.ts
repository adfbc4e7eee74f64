import { maxWorkbookPartBytes } from '../../../config/limits.ts';
import { UploadRejectedError } from '../../errors.ts';
import type { BoundedZip } from '../../zip/bounded-zip.ts';
import { parseXml, parseXmlWhole } from '../../zip/xml-stream.ts';
import { numberText } from './cell-values.ts';
import type { Merge, SheetInfo, SheetRow, Workbook } from './model.ts';

/*
 * OpenDocument spreadsheets (LibreOffice Calc): every sheet is a `table:table` of `content.xml`,
 * read as a stream. Cells carry their typed value in attributes (`office:value`, an ISO
 * `office:date-value`), formulas their last computed value. Repeated rows and cells
 * (`number-rows-repeated`) are expanded only where they hold something: a sheet's trailing
 * million empty rows are not.
 */

/** Repeats of a non-empty cell or row past these are a damaged or hostile file. */
const maxColumns = 16_384;
const maxRepeatedRows = 1_048_576;

/**
 * A cell's text from its value type: numbers as stored, dates as ISO 8601 (without the time of
 * day when the cell's style shows none, as the spreadsheet does).
 */
const cellValue = (
  attributes: Readonly<Record<string, string>>,
  text: string,
  dateOnly: ReadonlySet<string>,
): string => {
  switch (attributes['office:value-type']) {
    case 'float':
    case 'percentage':
    case 'currency':
      return numberText(attributes['office:value'] ?? text);
    case 'date': {
      const value = attributes['office:date-value'] ?? text;
      if (dateOnly.has(attributes['table:style-name'] ?? '')) return value.slice(0, 10);
      // A date-time at midnight is a date.
      return value.replace(/T00:00:00(?:\.0+)?$/, '');
    }
    case 'time': {
      const match = /^PT(\d+)H(\d+)M(\d+(?:\.\d+)?)S$/.exec(attributes['office:time-value'] ?? '');
      if (!match) return text;
      const [hours, minutes, seconds] = match.slice(1).map((part) => Math.round(Number(part)));
      return [hours, minutes, seconds].map((part) => String(part).padStart(2, '0')).join(':');
    }
    case 'boolean':
      return attributes['office:boolean-value'] ?? text;
    default:
      return text;
  }
};

interface Listing {
  readonly sheets: SheetInfo[];
  /** Cell styles whose number format shows a date without a time. */
  readonly dateOnly: ReadonlySet<string>;
}

/**
 * One pass over styles.xml and content.xml: the styles (which hide a sheet, which show dates
 * without their time), then the sheets.
 */
const listSheets = async (zip: BoundedZip): Promise<Listing> => {
  const hiddenStyles = new Set<string>();
  const sheets: SheetInfo[] = [];
  const dateStyles = new Map<string, boolean>();
  const cellDataStyles = new Map<string, string>();
  let style: string | undefined;
  let dateStyle: { name: string; time: boolean } | undefined;
  const handlers = {
    open(name: string, attributes: Readonly<Record<string, string>>) {
      if (name === 'number:date-style')
        dateStyle = { name: attributes['style:name'] ?? '', time: false };
      else if (dateStyle && /^number:(?:hours|minutes|seconds|am-pm)$/.test(name))
        dateStyle.time = true;
      else if (name === 'style:style' && attributes['style:family'] === 'table-cell') {
        const data = attributes['style:data-style-name'];
        if (data) cellDataStyles.set(attributes['style:name'] ?? '', data);
      } else if (name === 'style:style' && attributes['style:family'] === 'table')
        style = attributes['style:name'];
      else if (
        name === 'style:table-properties' &&
        attributes['table:display'] === 'false' &&
        style
      )
        hiddenStyles.add(style);
      else if (name === 'table:table')
        sheets.push({
          name: attributes['table:name'] ?? `Sheet${sheets.length + 1}`,
          hidden: hiddenStyles.has(attributes['table:style-name'] ?? ''),
          cells: true,
        });
    },
    close(name: string) {
      if (name === 'style:style') style = undefined;
      else if (name === 'number:date-style' && dateStyle) {
        dateStyles.set(dateStyle.name, dateStyle.time);
        dateStyle = undefined;
      }
    },
  };
  // Number formats are often in styles.xml, the cell styles naming them in content.xml.
  if (zip.has('styles.xml'))
    await parseXmlWhole(zip.chunks('styles.xml', maxWorkbookPartBytes), handlers);
  await parseXmlWhole(zip.chunks('content.xml'), handlers);
  const dateOnly = new Set(
    [...cellDataStyles].filter(([, data]) => dateStyles.get(data) === false).map(([cell]) => cell),
  );
  return { sheets, dateOnly };
};

interface OpenCell {
  readonly attributes: Readonly<Record<string, string>>;
  readonly paragraphs: string[][];
  readonly repeat: number;
  readonly covered: boolean;
}

/** The rows of the sheet named `wanted`; the parse stops at the end of its table. */
async function* tableRows(
  zip: BoundedZip,
  wanted: string,
  dateOnly: ReadonlySet<string>,
): AsyncIterable<SheetRow> {
  const out: (SheetRow & { readonly repeat: number })[] = [];
  let inTable = false;
  let done = false;
  let rowNumber = 0;
  let row: { cells: string[]; repeat: number; merges: Merge[] } | undefined;
  let cell: OpenCell | undefined;
  let column = 0;
  let textDepth = 0;
  // A comment on a cell has paragraphs of its own, which are not the cell's value.
  let annotation = 0;
  const endCell = () => {
    if (!cell || !row) return;
    const text = cellValue(
      cell.attributes,
      cell.paragraphs.map((p) => p.join('')).join('\n'),
      dateOnly,
    );
    const repeat = text === '' ? cell.repeat : Math.min(cell.repeat, maxColumns - column);
    if (text !== '' && !cell.covered) {
      for (let index = 0; index < repeat; index++) row.cells[column + index] = text;
      const across = Number(cell.attributes['table:number-columns-spanned'] ?? 1);
      const down = Number(cell.attributes['table:number-rows-spanned'] ?? 1);
      if (across > 1 || down > 1)
        row.merges.push({
          top: rowNumber,
          left: column,
          bottom: rowNumber + Math.max(1, down) - 1,
          right: column + Math.max(1, across) - 1,
        });
    }
    column += repeat;
    cell = undefined;
  };
  const endRow = () => {
    if (!row) return;
    const cells = Array.from(row.cells, (value) => value ?? '');
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    // A blank row repeated is blank rows: only the row numbers move, nothing is emitted. A filled
    // one is handed over once with its count, and repeated as it is read.
    if (cells.length > 0)
      out.push({
        rowNumber,
        cells,
        merges: row.merges,
        repeat: Math.min(row.repeat, maxRepeatedRows),
      });
    rowNumber += row.repeat - 1;
    row = undefined;
  };
  const handlers = {
    open(name: string, attributes: Readonly<Record<string, string>>) {
      if (done) return;
      if (name === 'table:table') {
        inTable = attributes['table:name'] === wanted;
        return;
      }
      if (!inTable) return;
      if (name === 'office:annotation') {
        annotation++;
        return;
      }
      if (annotation > 0) return;
      if (name === 'table:table-row') {
        rowNumber++;
        row = {
          cells: [],
          repeat: Number(attributes['table:number-rows-repeated'] ?? 1) || 1,
          merges: [],
        };
        column = 0;
      } else if (name === 'table:table-cell' || name === 'table:covered-table-cell') {
        cell = {
          attributes,
          paragraphs: [],
          repeat: Math.max(1, Number(attributes['table:number-columns-repeated'] ?? 1) || 1),
          covered: name === 'table:covered-table-cell',
        };
      } else if (name === 'text:p' && cell) {
        cell.paragraphs.push([]);
        textDepth++;
      } else if (name === 'text:s' && cell && textDepth > 0)
        cell.paragraphs
          .at(-1)
          ?.push(' '.repeat(Math.min(1000, Number(attributes['text:c'] ?? 1) || 1)));
      else if (name === 'text:tab' && cell && textDepth > 0) cell.paragraphs.at(-1)?.push('\t');
    },
    close(name: string) {
      if (done || !inTable) return;
      if (name === 'office:annotation') annotation--;
      if (annotation > 0 || name === 'office:annotation') return;
      if (name === 'table:table') {
        inTable = false;
        done = true;
      } else if (name === 'table:table-row') endRow();
      else if (name === 'table:table-cell' || name === 'table:covered-table-cell') endCell();
      else if (name === 'text:p') textDepth = Math.max(0, textDepth - 1);
    },
    text(value: string) {
      if (cell && textDepth > 0 && annotation === 0) cell.paragraphs.at(-1)?.push(value);
    },
  };
  const parsed = parseXml(
    zip.chunks('content.xml'),
    handlers,
    () => out.splice(0),
    () => done,
  );
  for await (const { repeat, ...first } of parsed) {
    yield first;
    for (let index = 1; index < repeat; index++)
      yield { rowNumber: first.rowNumber + index, cells: first.cells, merges: [] };
  }
}

/** Opens an ODS: lists its sheets (hidden ones marked) in one pass and reads any of them as rows. */
export const openOds = async (zip: BoundedZip): Promise<Workbook> => {
  const listing = await listSheets(zip).catch((error: unknown) => {
    if (error instanceof UploadRejectedError) throw error;
    throw new UploadRejectedError(
      'invalid-dataset',
      `The ODS cannot be read: its content.xml is not well-formed XML (${(error as Error).message}). Save it again from the spreadsheet application.`,
      { cause: error },
    );
  });
  return { sheets: listing.sheets, rows: (name) => tableRows(zip, name, listing.dateOnly) };
};
