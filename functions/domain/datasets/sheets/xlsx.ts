import { maxWorkbookPartBytes } from '../../../config/limits.ts';
import { UploadRejectedError } from '../../errors.ts';
import type { BoundedZip } from '../../zip/bounded-zip.ts';
import { parseXml, parseXmlWhole } from '../../zip/xml-stream.ts';
import {
  type DateShape,
  dateShapeOf,
  isDateSerial,
  numberText,
  serialToIso,
} from './cell-values.ts';
import {
  cellRef,
  type Merge,
  rangeRef,
  type SheetInfo,
  type SheetRow,
  type Workbook,
} from './model.ts';

/*
 * Office Open XML spreadsheets (ECMA-376), read part by part: the workbook lists the sheets, its
 * relationships say where each is, styles say which cells show dates, shared strings hold the
 * text. Sheets are parsed as a stream; formulas are never evaluated, their cached value is read.
 */

/** Names without their namespace prefix: some writers (the .NET SDK) write `x:row`. */
const local = (name: string): string => name.slice(name.indexOf(':') + 1);

/** The last column a sheet can have (XFD). */
const maxColumns = 16_384;

interface SheetEntry extends SheetInfo {
  readonly path: string | undefined;
}

interface Parts {
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
  readonly sharedStrings: string | undefined;
  readonly styles: string | undefined;
}

const attributesOf = async (
  zip: BoundedZip,
  name: string,
  wanted: ReadonlySet<string>,
): Promise<{ name: string; attributes: Readonly<Record<string, string>> }[]> => {
  const found: { name: string; attributes: Readonly<Record<string, string>> }[] = [];
  await parseXmlWhole(zip.chunks(name, maxWorkbookPartBytes), {
    open(tag, attributes) {
      if (wanted.has(local(tag))) found.push({ name: local(tag), attributes });
    },
  });
  return found;
};

/** `worksheets/sheet1.xml` relative to `xl/workbook.xml`, or an absolute `/xl/…`. */
const resolvePath = (base: string, target: string): string => {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const part of target.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
};

const relsOf = (path: string) => {
  const slash = path.lastIndexOf('/');
  return `${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`;
};

const relationships = async (zip: BoundedZip, path: string) => {
  const rels = relsOf(path);
  if (!zip.has(rels)) return [];
  const found = await attributesOf(zip, rels, new Set(['Relationship']));
  return found.map(({ attributes }) => ({
    id: attributes.Id ?? '',
    type: attributes.Type ?? '',
    target: resolvePath(path, attributes.Target ?? ''),
  }));
};

const readParts = async (zip: BoundedZip): Promise<Parts> => {
  const root = await relationships(zip, '');
  const workbook =
    root.find((rel) => rel.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const rels = await relationships(zip, workbook);
  const found = await attributesOf(zip, workbook, new Set(['sheet', 'workbookPr']));
  const date1904 = found.some(
    ({ name, attributes }) =>
      name === 'workbookPr' && ['1', 'true'].includes(attributes.date1904 ?? ''),
  );
  const sheets = found
    .filter(({ name }) => name === 'sheet')
    .map(({ attributes }): SheetEntry => {
      const rel = rels.find((candidate) => candidate.id === attributes['r:id']);
      const path = rel?.type.endsWith('/worksheet') ? rel.target : undefined;
      const state = attributes.state ?? 'visible';
      return {
        name: attributes.name ?? '',
        hidden: state !== 'visible',
        cells: path !== undefined && zip.has(path),
        path,
      };
    });
  const target = (suffix: string) => rels.find((rel) => rel.type.endsWith(suffix))?.target;
  return {
    sheets,
    date1904,
    sharedStrings: target('/sharedStrings'),
    styles: target('/styles'),
  };
};

/** The date shape of each cell style (`s`), by its number format. */
const readStyles = async (
  zip: BoundedZip,
  path: string | undefined,
): Promise<readonly (DateShape | undefined)[]> => {
  if (!path || !zip.has(path)) return [];
  const custom = new Map<number, string>();
  const shapes: (DateShape | undefined)[] = [];
  const formats: number[] = [];
  let inCellXfs = false;
  await parseXmlWhole(zip.chunks(path, maxWorkbookPartBytes), {
    open(tag, attributes) {
      const name = local(tag);
      if (name === 'numFmt') custom.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) formats.push(Number(attributes.numFmtId ?? 0));
    },
    close(tag) {
      if (local(tag) === 'cellXfs') inCellXfs = false;
    },
  });
  for (const id of formats) shapes.push(dateShapeOf(id, custom));
  return shapes;
};

/**
 * Shared strings held as UTF-8 in one growing buffer with their end offsets: a million distinct
 * strings take their bytes and four more each, not a V8 string object apiece.
 */
class StringTable {
  #bytes = Buffer.alloc(1 << 16);
  #used = 0;
  #ends = new Uint32Array(1024);
  #count = 0;

  push(text: string): void {
    const length = Buffer.byteLength(text, 'utf8');
    if (this.#used + length > this.#bytes.length) {
      const grown = Buffer.alloc(Math.max(this.#bytes.length * 2, this.#used + length));
      this.#bytes.copy(grown, 0, 0, this.#used);
      this.#bytes = grown;
    }
    this.#used += this.#bytes.write(text, this.#used, 'utf8');
    if (this.#count === this.#ends.length) {
      const grown = new Uint32Array(this.#ends.length * 2);
      grown.set(this.#ends);
      this.#ends = grown;
    }
    this.#ends[this.#count++] = this.#used;
  }

  get(index: number): string | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.#count) return undefined;
    const start = index === 0 ? 0 : (this.#ends[index - 1] ?? 0);
    return this.#bytes.toString('utf8', start, this.#ends[index]);
  }
}

/** The shared strings, rich text runs joined, phonetic guides (`rPh`) left out. */
const readSharedStrings = async (
  zip: BoundedZip,
  path: string | undefined,
): Promise<StringTable> => {
  const strings = new StringTable();
  if (!path || !zip.has(path)) return strings;
  let text: string[] | undefined;
  let inText = false;
  let phonetic = 0;
  await parseXmlWhole(zip.chunks(path, maxWorkbookPartBytes), {
    open(tag) {
      const name = local(tag);
      if (name === 'si') text = [];
      else if (name === 'rPh') phonetic++;
      else if (name === 't') inText = phonetic === 0;
    },
    close(tag) {
      const name = local(tag);
      if (name === 'si' && text) {
        strings.push(text.join(''));
        text = undefined;
      } else if (name === 'rPh') phonetic--;
      else if (name === 't') inText = false;
    },
    text(value) {
      if (inText) text?.push(value);
    },
  });
  return strings;
};

/**
 * The merged areas of a sheet. `<mergeCells>` follows the rows, so it is found by a scan of the
 * inflated bytes before the rows are read: a tag holds no `<`, so cutting at the last `<` of each
 * chunk never splits one.
 */
const scanMerges = async (zip: BoundedZip, path: string): Promise<Merge[]> => {
  const merges: Merge[] = [];
  const decoder = new TextDecoder('utf-8');
  const tag = /<(?:\w+:)?mergeCell\s[^>]*?\bref="([^"]+)"/g;
  let pending = '';
  const scan = (text: string) => {
    for (const match of text.matchAll(tag)) {
      const merge = rangeRef(match[1] ?? '');
      if (merge) merges.push(merge);
    }
  };
  for await (const chunk of zip.chunks(path)) {
    const text = pending + decoder.decode(chunk, { stream: true });
    const cut = text.lastIndexOf('<');
    scan(text.slice(0, Math.max(cut, 0)));
    pending = cut >= 0 ? text.slice(cut) : '';
  }
  scan(pending + decoder.decode());
  return merges.sort((a, b) => a.top - b.top);
};

interface Styles {
  readonly shapes: readonly (DateShape | undefined)[];
  readonly strings: StringTable;
  readonly date1904: boolean;
}

/** A cell's text from what the sheet stores: its type (`t`), style (`s`) and value. */
const cellText = (type: string, style: number, value: string, styles: Styles): string => {
  switch (type) {
    case 's':
      return styles.strings.get(Number(value)) ?? '';
    case 'b':
      return value === '1' ? 'true' : value === '0' ? 'false' : value;
    case 'str':
    case 'inlineStr':
    case 'e':
    case 'd':
      return value;
    default: {
      const shape = styles.shapes[style];
      const serial = Number(value);
      if (shape && value.trim() !== '' && isDateSerial(serial))
        return serialToIso(serial, shape, styles.date1904);
      return numberText(value);
    }
  }
};

/** A sheet's rows as they are parsed, each with the merged areas that start on or before it. */
async function* sheetRows(zip: BoundedZip, path: string, styles: Styles): AsyncIterable<SheetRow> {
  const merges = await scanMerges(zip, path);
  let nextMerge = 0;
  const out: SheetRow[] = [];
  let rowNumber = 0;
  let cells: string[] = [];
  let column = -1;
  let cell: { type: string; style: number; value: string[] } | undefined;
  let capture = false;
  let inInline = false;
  const endRow = () => {
    while (cells.length > 0 && (cells[cells.length - 1] ?? '') === '') cells.pop();
    const starting: Merge[] = [];
    while (nextMerge < merges.length && (merges[nextMerge]?.top ?? 0) <= rowNumber)
      starting.push(merges[nextMerge++] as Merge);
    out.push({ rowNumber, cells, merges: starting });
    cells = [];
    column = -1;
  };
  const handlers = {
    open(tag: string, attributes: Readonly<Record<string, string>>) {
      const name = local(tag);
      if (name === 'row') {
        const given = Number(attributes.r);
        rowNumber = Number.isInteger(given) && given > rowNumber ? given : rowNumber + 1;
      } else if (name === 'c') {
        const ref = attributes.r ? cellRef(attributes.r) : undefined;
        column = ref ? ref.column : column + 1;
        cell = { type: attributes.t ?? 'n', style: Number(attributes.s ?? 0), value: [] };
      } else if (name === 'v' && cell) capture = true;
      else if (name === 'is') inInline = true;
      else if (name === 't' && inInline) capture = true;
    },
    close(tag: string) {
      const name = local(tag);
      if (name === 'v' || name === 't') capture = false;
      else if (name === 'is') inInline = false;
      else if (name === 'c') endCell();
      else if (name === 'row') endRow();
    },
    text(value: string) {
      if (capture) cell?.value.push(value);
    },
  };
  function endCell() {
    if (!cell) return;
    if (column >= 0 && column < maxColumns) {
      const text = cellText(cell.type, cell.style, cell.value.join(''), styles);
      while (cells.length < column) cells.push('');
      cells[column] = text;
    }
    cell = undefined;
  }
  yield* parseXml(zip.chunks(path), handlers, () => out.splice(0));
}

/**
 * Opens an XLSX: lists its sheets (hidden ones marked) and reads any of them as rows. The
 * styles and shared strings are read once, on the first sheet read.
 */
export const openXlsx = async (zip: BoundedZip): Promise<Workbook> => {
  const parts = await readParts(zip).catch((error: unknown) => {
    if (error instanceof UploadRejectedError) throw error;
    throw new UploadRejectedError(
      'invalid-dataset',
      `The XLSX cannot be read: its list of sheets is not well-formed (${(error as Error).message}). Save it again from the spreadsheet application.`,
      { cause: error },
    );
  });
  let styles: Promise<Styles> | undefined;
  const loadStyles = async (): Promise<Styles> => ({
    shapes: await readStyles(zip, parts.styles),
    strings: await readSharedStrings(zip, parts.sharedStrings),
    date1904: parts.date1904,
  });
  return {
    sheets: parts.sheets,
    async *rows(name) {
      const sheet = parts.sheets.find((candidate) => candidate.name === name);
      if (!sheet?.path) return;
      styles ??= loadStyles();
      yield* sheetRows(zip, sheet.path, await styles);
    },
  };
};
