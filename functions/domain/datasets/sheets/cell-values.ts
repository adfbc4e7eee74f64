/*
 * A spreadsheet cell's text as the table reader takes it: numbers as stored (to the 15 digits a
 * spreadsheet keeps), dates as ISO 8601 at the precision their number format shows. Other number
 * formats (currency, percentages, thousands separators) are not applied: the value is the data.
 */

/** What a cell's number format shows, when it shows a date or a time. */
export type DateShape = 'date' | 'time' | 'datetime';

/** Excel's built-in formats that show dates or times (ECMA-376 Part 1, 18.8.30). */
const builtInDates: ReadonlyMap<number, DateShape> = new Map([
  ...[14, 15, 16, 17, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58].map(
    (id) => [id, 'date'] as const,
  ),
  ...[18, 19, 20, 21, 32, 33, 45, 46, 47, 55, 56].map((id) => [id, 'time'] as const),
  [22, 'datetime'],
]);

/**
 * The date shape a custom format code shows, or `undefined` for a number format. Quoted text,
 * escaped characters and bracketed colours or locales are ignored; `[h]` (elapsed hours) is a time.
 *
 * @example dateShapeOfFormat('dd/mm/yyyy') // 'date'
 * @example dateShapeOfFormat('#,##0.00 "days"') // undefined
 */
export const dateShapeOfFormat = (code: string): DateShape | undefined => {
  const bare = code
    .split(';')[0]
    ?.replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
    .replace(/_.|\*./g, '');
  if (!bare) return undefined;
  const hasDate = /[dy]/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare));
  const hasTime = /[hs]/i.test(bare) || /am\/pm|a\/p/i.test(bare);
  if (hasDate && hasTime) return 'datetime';
  if (hasDate) return 'date';
  return hasTime ? 'time' : undefined;
};

/** The shape a built-in or custom format id shows. */
export const dateShapeOf = (
  numFmtId: number,
  customFormats: ReadonlyMap<number, string>,
): DateShape | undefined => {
  const custom = customFormats.get(numFmtId);
  return custom === undefined ? builtInDates.get(numFmtId) : dateShapeOfFormat(custom);
};

/** Day 0 of the 1900 system as spreadsheets count it, Lotus's phantom 29 February 1900 included. */
const epoch1900 = Date.UTC(1899, 11, 30);
const epoch1904 = Date.UTC(1904, 0, 1);

/**
 * A serial date number as ISO 8601, at the precision its format shows (a date format drops the
 * time of day, which spreadsheets often hold by accident). Rounded to the second.
 *
 * @example serialToIso(45474, 'date') // '2024-07-01'
 * @example serialToIso(45474.5, 'datetime') // '2024-07-01T12:00:00'
 */
export const serialToIso = (serial: number, shape: DateShape, date1904 = false): string => {
  const ms = Math.round(serial * 86_400) * 1000;
  const iso = new Date((date1904 ? epoch1904 : epoch1900) + ms).toISOString();
  if (shape === 'date') return iso.slice(0, 10);
  if (shape === 'time' && Math.abs(serial) < 1) return iso.slice(11, 19);
  return iso.slice(0, 19);
};

/** Serials a date can have: 1900 up to the end of 9999; others are shown as numbers. */
export const isDateSerial = (serial: number): boolean =>
  Number.isFinite(serial) && serial >= 0 && serial < 2_958_466;

/**
 * A stored number as text: to 15 significant digits, as spreadsheets keep them, so binary noise
 * (`1041.4099999999999`) reads as the value shown (`1041.41`).
 *
 * @example numberText('1041.4099999999999') // '1041.41'
 */
export const numberText = (stored: string): string => {
  const value = Number(stored);
  if (!Number.isFinite(value) || stored.trim() === '') return stored;
  return String(Number(value.toPrecision(15)));
};
