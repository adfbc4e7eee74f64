import { castCell } from './cast.ts';
import {
  defaultMissingValues,
  type Field,
  type FieldType,
  type TableSchema,
} from './table-schema.ts';

export interface InferOptions {
  readonly missingValues?: readonly string[];
  /** Rows looked at (default 10,000): enough to meet the odd text in a numeric column. */
  readonly sampleRows?: number;
}

/** Narrowest first: the first type every value of a column fits is the column's type. */
const candidates: readonly FieldType[] = ['integer', 'number', 'boolean', 'date', 'datetime'];

type DateForm = 'iso' | 'slashes' | 'other';

interface Column {
  readonly name: string;
  readonly possible: Set<FieldType>;
  readonly forms: Set<DateForm>;
  seen: boolean;
  yearLike: boolean;
}

/**
 * Field names from header labels: trimmed, `field3` for a blank label, `amount_4` for a repeated one,
 * so every column has a distinct name (the validator still reports the blank or repeated label).
 *
 * @example fieldNames(['Amount ', '', 'Amount']) // ['Amount', 'field2', 'Amount_3']
 */
export const fieldNames = (header: readonly string[]): string[] => {
  const used = new Set<string>();
  return header.map((label, index) => {
    let name = label.trim() || `field${index + 1}`;
    if (used.has(name)) name = `${name}_${index + 1}`;
    while (used.has(name)) name = `${name}_`;
    used.add(name);
    return name;
  });
};

const observe = (column: Column, text: string): void => {
  column.seen = true;
  // Codes such as cost centres and ONS area codes ("00123") are text: as numbers they lose their zeros.
  if (/^[-−+]?[£$€]?0\d/.test(text) && !text.includes('/')) {
    column.possible.delete('integer');
    column.possible.delete('number');
  }
  if (!/^[12]\d{3}$/.test(text)) column.yearLike = false;
  for (const type of column.possible)
    if (!castCell({ name: '', type }, text, []).ok) column.possible.delete(type);
  if (column.possible.has('date') || column.possible.has('datetime'))
    column.forms.add(
      /^\d{4}-\d{2}-\d{2}/.test(text)
        ? 'iso'
        : /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(text)
          ? 'slashes'
          : 'other',
    );
};

const fieldFor = (column: Column): Field => {
  const { name } = column;
  const type = column.seen
    ? candidates.find((candidate) => column.possible.has(candidate))
    : undefined;
  if (type === undefined) return { name, type: 'string' };
  // A column of four-digit whole numbers is a year only when its name says so; otherwise it may be a count.
  if (type === 'integer' && column.yearLike && /year/i.test(name)) return { name, type: 'year' };
  const forms = [...column.forms];
  const onlyIso = forms.every((form) => form === 'iso');
  if (type === 'date' && !onlyIso)
    return {
      name,
      type,
      format: forms.length === 1 && forms[0] === 'slashes' ? '%d/%m/%Y' : 'any',
    };
  if (type === 'datetime' && !onlyIso) return { name, type, format: 'any' };
  return { name, type };
};

/**
 * Infers a Table Schema from sample rows: each column gets the narrowest type all its non-missing
 * values fit (integer, number, boolean, date, datetime, else string), and dates an explicit format
 * when they are not ISO, so the schema means the same to other Frictionless tools.
 *
 * @example inferSchema(['id', 'paid'], [['1', '£1,200'], ['2', '..']]).fields
 * // [{ name: 'id', type: 'integer' }, { name: 'paid', type: 'number' }]
 */
export const inferSchema = (
  header: readonly string[],
  rows: Iterable<readonly string[]>,
  options: InferOptions = {},
): TableSchema => {
  const missingValues = options.missingValues ?? defaultMissingValues;
  const limit = options.sampleRows ?? 10_000;
  const columns: Column[] = fieldNames(header).map((name) => ({
    name,
    possible: new Set(candidates),
    forms: new Set(),
    seen: false,
    yearLike: true,
  }));
  let count = 0;
  for (const row of rows) {
    if (count++ >= limit) break;
    columns.forEach((column, index) => {
      const text = row[index]?.trim();
      if (text !== undefined && !missingValues.includes(text)) observe(column, text);
    });
  }
  return { fields: columns.map(fieldFor), missingValues };
};
