import { canonicalJson } from '../canonical-json.ts';
import type { PaperExtraction } from '../papers/model.ts';
import { byCodeUnits } from './diff-fields.ts';

export interface ItemChange<T> {
  readonly key: string;
  readonly from: T;
  readonly to: T;
  /** The properties whose values differ, by name. */
  readonly fields: string[];
}

export interface CollectionDiff<T> {
  readonly added: T[];
  readonly removed: T[];
  readonly changed: ItemChange<T>[];
}

export interface NamesDiff {
  readonly added: string[];
  readonly removed: string[];
}

type AttendanceList = keyof PaperExtraction['attendance'];
const attendanceLists: readonly AttendanceList[] = [
  'present',
  'apologies',
  'inAttendance',
  'substitutes',
];

export interface ExtractionDiff {
  /** True when either side is a withheld (exempt) extraction, which counts as having no items. */
  readonly withheld: boolean;
  readonly agendaItems: CollectionDiff<PaperExtraction['agendaItems'][number]>;
  /** The decisions of the meeting, named as the extraction names them. */
  readonly resolutions: CollectionDiff<PaperExtraction['resolutions'][number]>;
  readonly actions: CollectionDiff<PaperExtraction['actions'][number]>;
  readonly recommendations: CollectionDiff<PaperExtraction['recommendations'][number]>;
  readonly votes: CollectionDiff<PaperExtraction['votes'][number]>;
  readonly declarations: CollectionDiff<PaperExtraction['declarations'][number]>;
  readonly attendance: Readonly<Record<AttendanceList, NamesDiff>>;
}

/** Case, spacing and punctuation vary between drafts of the same words; none of them is identity. */
export const normaliseText = (text: string | null): string =>
  (text ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Where an item sits in the text moves whenever anything above it changes, so line numbers are
 * provenance, not content, and never make an item "changed".
 */
const provenanceFields: ReadonlySet<string> = new Set(['line', 'endLine']);

/** Keys made unique by occurrence, so two items sharing a key are matched in order, not merged. */
const keyed = <T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T> => {
  const map = new Map<string, T>();
  const seen = new Map<string, number>();
  for (const item of items) {
    const base = keyOf(item);
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    map.set(occurrence === 1 ? base : `${base}#${occurrence}`, item);
  }
  return map;
};

const changedFields = (from: object, to: object, skip: ReadonlySet<string>): string[] => {
  const a = from as Readonly<Record<string, unknown>>;
  const b = to as Readonly<Record<string, unknown>>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((name) => !skip.has(name) && canonicalJson(a[name]) !== canonicalJson(b[name]))
    .sort(byCodeUnits);
};

/**
 * Items added, removed and changed between two lists, matched by `keyOf`. Added and changed items
 * keep the order of `to`, removed ones the order of `from`; unchanged items are not listed.
 *
 * @example diffCollection([{ id: 'a', n: 1 }], [{ id: 'a', n: 2 }], (x) => x.id).changed
 * // [{ key: 'a', from: { id: 'a', n: 1 }, to: { id: 'a', n: 2 }, fields: ['n'] }]
 */
export const diffCollection = <T extends object>(
  from: readonly T[],
  to: readonly T[],
  keyOf: (item: T) => string,
): CollectionDiff<T> => {
  const before = keyed(from, keyOf);
  const after = keyed(to, keyOf);
  const added: T[] = [];
  const changed: ItemChange<T>[] = [];
  for (const [key, item] of after) {
    const previous = before.get(key);
    if (previous === undefined) {
      added.push(item);
      continue;
    }
    const fields = changedFields(previous, item, provenanceFields);
    if (fields.length > 0) changed.push({ key, from: previous, to: item, fields });
  }
  const removed = [...before].filter(([key]) => !after.has(key)).map(([, item]) => item);
  return { added, removed, changed };
};

const diffNames = (from: readonly string[], to: readonly string[]): NamesDiff => {
  const before = keyed(from, normaliseText);
  const after = keyed(to, normaliseText);
  return {
    added: [...after].filter(([key]) => !before.has(key)).map(([, name]) => name),
    removed: [...before].filter(([key]) => !after.has(key)).map(([, name]) => name),
  };
};

/** Agenda items are cited by number ("5a"); only an unnumbered item falls back to its title. */
const agendaKey = (item: { readonly number: string | null; readonly title: string }) => {
  const number = normaliseText(item.number);
  return number ? `item ${number}` : `title ${normaliseText(item.title)}`;
};

/** The extraction gives decisions no identifier of their own: the item they settle and their words are it. */
const itemAndText = (item: string | null, text: string | null) =>
  `${normaliseText(item)}|${normaliseText(text)}`;

/**
 * What changed between two extractions of a paper, collection by collection. A withheld extraction
 * (`null`, an exempt paper) has no items, and the result says so with `withheld: true`.
 *
 * @example diffPaperExtractions(v1, v2).agendaItems.added // [{ number: '7', title: 'Any other business', … }]
 */
export const diffPaperExtractions = (
  a: PaperExtraction | null,
  b: PaperExtraction | null,
): ExtractionDiff => {
  const attendance = Object.fromEntries(
    attendanceLists.map((list) => [
      list,
      diffNames(a?.attendance[list] ?? [], b?.attendance[list] ?? []),
    ]),
  ) as Record<AttendanceList, NamesDiff>;
  return {
    withheld: a === null || b === null,
    agendaItems: diffCollection(a?.agendaItems ?? [], b?.agendaItems ?? [], agendaKey),
    resolutions: diffCollection(a?.resolutions ?? [], b?.resolutions ?? [], (r) =>
      itemAndText(r.item, r.text),
    ),
    actions: diffCollection(a?.actions ?? [], b?.actions ?? [], (x) => itemAndText(x.item, x.text)),
    recommendations: diffCollection(a?.recommendations ?? [], b?.recommendations ?? [], (r) =>
      normaliseText(r.text),
    ),
    votes: diffCollection(a?.votes ?? [], b?.votes ?? [], (v) => itemAndText(v.item, v.motion)),
    declarations: diffCollection(a?.declarations ?? [], b?.declarations ?? [], (d) =>
      itemAndText(d.member, d.text),
    ),
    attendance,
  };
};
