import { defaultMissingValues, type Field } from './table-schema.ts';
import { parseDate, parseDateTime } from './temporal.ts';

/** A typed cell: `null` is a missing value. Dates and datetimes are ISO strings. */
export type CellValue = string | number | boolean | null;

/** `error` is a phrase completing a sentence about the cell: "is not a number". */
export type CastResult =
  | { readonly ok: true; readonly value: CellValue }
  | { readonly ok: false; readonly error: string };

const trueWords = new Set(['true', 'yes', 'y', '1']);
const falseWords = new Set(['false', 'no', 'n', '0']);

const plainNumber = /^-?\d{1,15}(?:\.\d{1,15})?$/;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Number grammars per separator pair, built once: fields share the same two or three pairs. */
const grammars = new Map<string, RegExp>();
const grammarFor = (group: string, decimal: string): RegExp => {
  const key = `${group}\u0000${decimal}`;
  let grammar = grammars.get(key);
  if (!grammar) {
    const [g, d] = [escapeRegExp(group), escapeRegExp(decimal)];
    grammar = new RegExp(
      `^(?:\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}\\d+)?(?:[eE][-+]?\\d+)?$|^${d}\\d+$`,
    );
    grammars.set(key, grammar);
  }
  return grammar;
};

/**
 * Reads a number as councils write it: thousands separators, a currency sign (`£1,200`, `-£5`,
 * `£-5`), and accounting negatives in brackets (`(1,200.00)`), which finance exports use.
 */
const parseNumber = (text: string, field: Field): number | undefined => {
  const group = field.groupChar ?? ',';
  const decimal = field.decimalChar ?? '.';
  // Most cells are plain numbers: read them without the general grammar, which is a third of the time
  // of validating a large file.
  if (decimal === '.' && plainNumber.test(text)) return Number(text);
  const bracketed = /^\((.+)\)$/.exec(text);
  let body = bracketed?.[1]?.trim() ?? text;
  let negative = Boolean(bracketed);
  const signed = /^([-−+]?)\s*[£$€]?\s*([-−+]?)(.*)$/.exec(body);
  if (!signed) return undefined;
  const sign = `${signed[1] ?? ''}${signed[2] ?? ''}`;
  if (sign.length > 1) return undefined;
  if (sign === '-' || sign === '−') negative = !negative;
  body = signed[3] ?? '';
  if (!grammarFor(group, decimal).test(body)) return undefined;
  const value = Number(body.split(group).join('').replace(decimal, '.'));
  return Number.isFinite(value) ? (negative ? -value : value) : undefined;
};

const parseBoolean = (text: string, field: Field): boolean | undefined => {
  if (field.trueValues || field.falseValues) {
    if (field.trueValues?.includes(text)) return true;
    if (field.falseValues?.includes(text)) return false;
    return undefined;
  }
  const word = text.toLowerCase();
  if (trueWords.has(word)) return true;
  return falseWords.has(word) ? false : undefined;
};

const typed = (value: CellValue | undefined, error: string): CastResult =>
  value === undefined ? { ok: false, error } : { ok: true, value };

const castText = (field: Field, text: string): CastResult => {
  switch (field.type) {
    case 'integer': {
      const value = parseNumber(text, field);
      const fraction = text.includes(field.decimalChar ?? '.') || /[eE]/.test(text);
      if (value === undefined || !Number.isInteger(value) || fraction)
        return typed(undefined, 'is not a whole number');
      return typed(Number.isSafeInteger(value) ? value : undefined, 'is too large to keep exactly');
    }
    case 'number':
      return typed(parseNumber(text, field), 'is not a number');
    case 'boolean':
      return typed(parseBoolean(text, field), 'is not yes/no, true/false, Y/N or 1/0');
    case 'date':
      return typed(parseDate(text, field.format), 'is not a date (YYYY-MM-DD or DD/MM/YYYY)');
    case 'datetime':
      return typed(parseDateTime(text, field.format), 'is not a date and time');
    case 'year':
      return typed(/^\d{4}$/.test(text) ? Number(text) : undefined, 'is not a four-digit year');
    default:
      return { ok: true, value: text };
  }
};

/**
 * Casts one cell to the field's type. Missing values (compared after trimming) become `null`;
 * strings are kept exactly as written, other types are read from the trimmed text.
 *
 * @example castCell({ name: 'amount', type: 'number' }, '£1,200.50') // { ok: true, value: 1200.5 }
 * @example castCell({ name: 'paid', type: 'boolean' }, 'Y') // { ok: true, value: true }
 * @example castCell({ name: 'on', type: 'date' }, '31/02/2024') // { ok: false, error: 'is not a date (…)' }
 */
export const castCell = (
  field: Field,
  cell: string,
  missingValues: readonly string[] = defaultMissingValues,
): CastResult => {
  const text = cell.trim();
  if (missingValues.includes(text)) return { ok: true, value: null };
  return field.type === 'string' ? { ok: true, value: cell } : castText(field, text);
};
