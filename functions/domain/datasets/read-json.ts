import { nestingBeyond, tooDeepMessage } from '../bounded-json.ts';

/** A JSON table as text cells, so it is validated exactly as a CSV would be. */
export type JsonTable =
  | { readonly header: string[]; readonly rows: string[][] }
  | { readonly error: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Numbers and booleans as their JSON text; null and absent keys as empty cells. */
const cellOf = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
};

const fromObjects = (items: readonly Record<string, unknown>[]): JsonTable => {
  // Keys in order of first appearance: later objects may add columns the first lacks.
  const keys = new Set<string>();
  for (const item of items) for (const key of Object.keys(item)) keys.add(key);
  const header = [...keys];
  // Own properties only: a row without a `constructor` key has none, whatever Object.prototype has.
  const cell = (item: Record<string, unknown>, key: string) =>
    cellOf(Object.hasOwn(item, key) ? item[key] : undefined);
  return { header, rows: items.map((item) => header.map((key) => cell(item, key))) };
};

const fromArrays = (items: readonly unknown[][]): JsonTable => {
  const [first = [], ...rest] = items;
  return { header: first.map(cellOf), rows: rest.map((row) => row.map(cellOf)) };
};

/**
 * Reads JSON holding a table: an array of objects, an array of arrays (the first is the header), or
 * either under `data`. Returns `undefined` when the text is not JSON at all, so the caller can try
 * CSV, and an error when it is JSON of another shape.
 *
 * @example readJsonTable('[{"id":1,"paid":true}]') // { header: ['id', 'paid'], rows: [['1', 'true']] }
 */
export const readJsonTable = (text: string): JsonTable | undefined => {
  if (!/^\s*[[{]/.test(text)) return undefined;
  const deep = nestingBeyond(text);
  if (deep) return { error: tooDeepMessage('The JSON', deep) };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const items = Array.isArray(json) ? json : isRecord(json) ? json.data : undefined;
  if (!Array.isArray(items))
    return { error: 'The JSON is not a table: expected an array of objects or {"data": [...]}' };
  if (items.every(isRecord)) return fromObjects(items);
  if (items.every(Array.isArray)) return fromArrays(items);
  return {
    error: 'The JSON rows are not all objects (or all arrays), so they do not make a table',
  };
};
