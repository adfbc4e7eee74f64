/** A sheet of a workbook, as listed in it. */
export interface SheetInfo {
  readonly name: string;
  /** Hidden sheets (hidden or "very hidden" in Excel, not displayed in LibreOffice) are not read. */
  readonly hidden: boolean;
  /** Chart sheets and other sheets without cells are listed but not read. */
  readonly cells: boolean;
}

/** A merged area, by 1-based row numbers and 0-based column indexes, both ends included. */
export interface Merge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A row as stored: its cells' text (a merged area's value in its top-left cell only). */
export interface SheetRow {
  /** 1-based, as the spreadsheet numbers it. */
  readonly rowNumber: number;
  readonly cells: readonly string[];
  /** Merged areas whose top row this is. */
  readonly merges: readonly Merge[];
}

/** A workbook opened for reading, one sheet at a time, each as a stream of rows. */
export interface Workbook {
  readonly sheets: readonly SheetInfo[];
  rows(sheet: string): AsyncIterable<SheetRow>;
}

/** `C12` → row 12, column 2. */
export const cellRef = (ref: string): { row: number; column: number } | undefined => {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref.trim());
  if (!match) return undefined;
  let column = 0;
  for (const letter of (match[1] ?? '').toUpperCase())
    column = column * 26 + letter.charCodeAt(0) - 64;
  return { row: Number(match[2]), column: column - 1 };
};

/** `A1:C2` → its merge; `undefined` when the reference is not a range. */
export const rangeRef = (ref: string): Merge | undefined => {
  const [from, to] = ref.split(':');
  const start = from ? cellRef(from) : undefined;
  const end = to ? cellRef(to) : undefined;
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row, end.row),
    bottom: Math.max(start.row, end.row),
    left: Math.min(start.column, end.column),
    right: Math.max(start.column, end.column),
  };
};
