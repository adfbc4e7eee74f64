import { readFileSync } from 'node:fs';
import { get, isDict, isNone, type JsonObject, or, pyStrip, truthy } from './py.ts';

/** Field name → reason it is doubtful (a list of names is read the same way). */
export type Uncertain = Readonly<Record<string, string>> | readonly string[];

interface Doubtful {
  readonly optional?: boolean;
  readonly uncertain?: Uncertain;
}

export interface TruthAgendaItem extends Doubtful {
  readonly number?: string | null;
  readonly numberVariants?: readonly string[];
  readonly title?: string | null;
  readonly time?: string | null;
  readonly pages?: string | null;
}

export interface TruthTextItem extends Doubtful {
  readonly text: string;
  readonly member?: string | null;
  readonly owner?: string | null;
  readonly item?: string | null;
  readonly context?: string | null;
}

export interface TruthTable extends Doubtful {
  readonly heading?: string | null;
  readonly columns?: readonly string[];
  readonly rows?: number | null;
  /** Legacy labels: a kind starting `layout` is optional. */
  readonly kind?: string;
  /** Legacy labels: a note saying `approximate` makes the row count doubtful. */
  readonly note?: string;
}

export interface TruthAttendance {
  readonly present?: readonly string[] | null;
  readonly apologies?: readonly string[] | null;
  readonly inAttendance?: readonly string[] | null;
  /** Names that may or may not be counted, per list. */
  readonly optional?: {
    readonly present?: readonly string[];
    readonly apologies?: readonly string[];
    readonly inAttendance?: readonly string[];
  };
  readonly uncertain?: Uncertain;
  readonly note?: string;
  readonly [key: string]: unknown;
}

/** One labelled paper (docs/extraction-truth.md); `<field>Variants` / `<field>Note` are open keys. */
export interface TruthDocument {
  readonly seed: string;
  readonly documentTypes?: readonly string[];
  readonly council?: string | null;
  readonly body?: string | null;
  readonly meetingDate?: string | null;
  readonly meetingTime?: string | null;
  readonly venue?: string | null;
  readonly title?: string | null;
  readonly appliesToMeeting?: {
    readonly meetingDate?: string | null;
    readonly startTime?: string | null;
    /** Legacy labels: `[number, title]` pairs scored as optional agenda items. */
    readonly minuteItems?: ReadonlyArray<readonly [string, string]>;
  };
  readonly authors?: ReadonlyArray<string | TruthTextItem> | null;
  readonly agendaItems?: readonly TruthAgendaItem[] | null;
  readonly attendance?: TruthAttendance;
  readonly declarations?: ReadonlyArray<string | TruthTextItem> | null;
  readonly resolutions?: ReadonlyArray<string | TruthTextItem> | null;
  readonly actions?: ReadonlyArray<string | TruthTextItem> | null;
  readonly recommendations?: ReadonlyArray<string | TruthTextItem> | null;
  readonly tables?: readonly TruthTable[] | null;
  readonly documents?: ReadonlyArray<{
    readonly type?: string;
    readonly title?: string;
    readonly titleVariants?: readonly string[];
    readonly optional?: boolean;
  }> | null;
  readonly uncertain?: Uncertain;
  readonly [key: string]: unknown;
}

/** The truth file's papers, checked as the Python scorer checks them (`{"seeds": [...]}` or a bare list). */
export const parseTruth = (data: unknown, label = 'truth'): TruthDocument[] => {
  const docs = isDict(data) ? get(data, 'seeds') : data;
  if (!Array.isArray(docs) || !docs.every((d) => isDict(d) && truthy(get(d, 'seed')))) {
    throw new Error(`${label}: expected {'seeds': [{'seed': <file name>, ...}, ...]}`);
  }
  return docs as TruthDocument[];
};

/** Reads and checks a truth file. */
export const loadTruth = (path: string): TruthDocument[] =>
  parseTruth(JSON.parse(readFileSync(path, 'utf8')), path);

/** Truth written with explicit `uncertain` objects rather than the older note conventions. */
export const explicit = (doc: JsonObject): boolean => Object.hasOwn(doc, 'uncertain');

/** The names in an object's `uncertain` (its keys, or its items when it is a list). */
export const uncertainNames = (obj: unknown): ReadonlySet<unknown> => {
  const u = isDict(obj) ? get(obj, 'uncertain') : undefined;
  if (isDict(u)) return new Set(Object.keys(u));
  if (Array.isArray(u)) return new Set(u);
  return new Set();
};

/** A legacy `<field>Note` that makes a missing value doubtful (anything but "not stated ..."). */
export const doubtfulNote = (note: unknown): boolean =>
  typeof note === 'string' &&
  pyStrip(note) !== '' &&
  !pyStrip(note).toLowerCase().startsWith('not stated');

/** `list(x or [])` for the value kinds a label may hold: a string gives its characters, an object its keys. */
const pyList = (value: unknown): readonly unknown[] => {
  const v = or(value, []);
  if (Array.isArray(v)) return v;
  if (typeof v === 'string') return Array.from(v);
  if (isDict(v)) return Object.keys(v);
  return [];
};

/** What a scalar field's truth asks (Python's `('skip',)` / `('null',)` / `('value', [...])`). */
export type ScalarTruth =
  | { readonly kind: 'skip' }
  | { readonly kind: 'null' }
  | { readonly kind: 'value'; readonly values: readonly unknown[] };

/** What a scalar field's truth asks: nothing, no value, or one of some values. */
export const scalarTruth = (doc: JsonObject, field: string): ScalarTruth => {
  if (!Object.hasOwn(doc, field) || uncertainNames(doc).has(field)) return { kind: 'skip' };
  const v = get(doc, field);
  if (isNone(v) || v === '') {
    if (!explicit(doc) && doubtfulNote(get(doc, `${field}Note`))) return { kind: 'skip' };
    return { kind: 'null' };
  }
  const values = [
    v,
    ...pyList(get(doc, `${field}Variants`)),
    ...pyList(get(doc, `${field}VariantsInText`)),
  ];
  const joined = get(doc, `${field}Joined`);
  if (truthy(joined)) values.push(joined);
  return { kind: 'value', values };
};

/** `skip` (no truth), `open` (extra predictions not counted) or `closed`. */
export type ListState = 'skip' | 'open' | 'closed';

/** How a truth list is scored. */
export const listState = (doc: JsonObject, field: string, items: unknown): ListState => {
  if (isNone(items)) return 'skip';
  if (uncertainNames(doc).has(field)) return 'open';
  if (!explicit(doc) && !truthy(items) && doubtfulNote(get(doc, `${field}Note`))) return 'open';
  return 'closed';
};

/** A truth item marked `"optional": true`. */
export const isOptional = (item: unknown): boolean => isDict(item) && truthy(get(item, 'optional'));
