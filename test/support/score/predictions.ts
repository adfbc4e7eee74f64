import { asList, get, isDict, type JsonObject } from './py.ts';

/** The top level of an output plus every `documents[]` entry that is an object. */
export const sources = (pred: JsonObject): JsonObject[] => [
  pred,
  ...asList(get(pred, 'documents')).filter(isDict),
];

/**
 * Items gathered from every source; an item repeating one from an earlier source (same key) is
 * dropped, as often as it appeared there.
 */
export const union = <T>(
  pred: JsonObject,
  getter: (src: JsonObject) => T[],
  key: (item: T) => string,
): T[] => {
  const seen = new Map<string, number>();
  const result: T[] = [];
  for (const src of sources(pred)) {
    const here = new Map<string, number>();
    for (const item of getter(src)) {
      const k = key(item);
      const earlier = seen.get(k) ?? 0;
      if (earlier > 0) {
        seen.set(k, earlier - 1);
        continue;
      }
      result.push(item);
      here.set(k, (here.get(k) ?? 0) + 1);
    }
    for (const [k, n] of here) seen.set(k, (seen.get(k) ?? 0) + n);
  }
  return result;
};

/** A string item itself, or the first of `keys` holding a string. */
const textOf = (item: unknown, ...keys: string[]): string | null => {
  if (typeof item === 'string') return item;
  if (isDict(item)) {
    for (const k of keys) {
      const v = get(item, k);
      if (typeof v === 'string') return v;
    }
  }
  return null;
};

/** A list of names or texts (strings, or objects with `name` / `text`), empty ones dropped. */
export const getStrings =
  (field: string) =>
  (src: JsonObject): string[] =>
    asList(get(src, field))
      .map((it) => textOf(it, 'name', 'text'))
      .filter((t): t is string => Boolean(t));

/** A list of objects, a bare string read as `{text}`. */
export const getDicts =
  (field: string) =>
  (src: JsonObject): JsonObject[] =>
    asList(get(src, field)).flatMap((it): JsonObject[] => {
      if (typeof it === 'string') return [{ text: it }];
      return isDict(it) ? [it] : [];
    });

/** One attendance list's names. */
export const getAttendance =
  (key: string) =>
  (src: JsonObject): string[] => {
    const att = get(src, 'attendance');
    if (!isDict(att)) return [];
    return asList(get(att, key))
      .map((x) => textOf(x, 'name', 'text'))
      .filter((t): t is string => Boolean(t));
  };

/** Agenda items, a bare string read as an unnumbered title. */
export const getAgenda = (src: JsonObject): JsonObject[] =>
  asList(get(src, 'agendaItems')).flatMap((it): JsonObject[] => {
    if (typeof it === 'string') return [{ number: null, title: it }];
    return isDict(it) ? [it] : [];
  });

/** Tables that are objects. */
export const getTables = (src: JsonObject): JsonObject[] =>
  asList(get(src, 'tables')).filter(isDict);
