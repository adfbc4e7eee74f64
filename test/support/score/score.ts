import { type Count, type Family, familyCounts, SCALARS } from './count.ts';
import { scoreList, type TruthItem } from './match.ts';
import {
  mapDocType,
  nameTokens,
  normNum,
  normPages,
  normText,
  scalarNorm,
  timeEqual,
} from './normalise.ts';
import {
  getAgenda,
  getAttendance,
  getDicts,
  getStrings,
  getTables,
  sources,
  union,
} from './predictions.ts';
import {
  asList,
  get,
  isDict,
  isNone,
  isPyInt,
  type JsonObject,
  or,
  pyIntValue,
  pyStr,
  pyStrip,
  truthy,
} from './py.ts';
import {
  actionSim,
  agendaSim,
  authorSim,
  declarationSim,
  documentSim,
  itemTextSim,
  nameSim,
  tableSim,
} from './similarity.ts';
import {
  doubtfulNote as doubtful,
  explicit,
  isOptional,
  listState,
  type ScalarTruth,
  scalarTruth,
  uncertainNames,
} from './truth.ts';

type Eq = (t: unknown, p: unknown) => boolean;

const present = (v: unknown): boolean =>
  !isNone(v) && v !== '' && !(Array.isArray(v) && v.length === 0);

const dateEqual: Eq = (t, p) => typeof p === 'string' && pyStrip(p) === pyStrip(pyStr(t));

const scoreScalar = (c: Count, st: ScalarTruth, cands: readonly unknown[], eq: Eq): void => {
  if (st.kind === 'skip') return;
  if (st.kind === 'null') {
    if (cands.length > 0) c.pred += 1;
    return;
  }
  c.truth += 1;
  if (cands.length === 0) return;
  c.pred += 1;
  if (st.values.some((t) => cands.some((p) => eq(t, p)))) c.tp += 1;
};

/** `labels[0]` of a list, or of a string (its first character). */
const firstLabel = (labels: unknown): unknown => {
  if (Array.isArray(labels)) return labels[0];
  return typeof labels === 'string' ? Array.from(labels)[0] : undefined;
};

const scoreScalars = (counts: Record<Family, Count>, doc: JsonObject, pred: JsonObject): void => {
  // documentType: top level only (the truth's first label is the file as a whole).
  const single = get(doc, 'documentType');
  const labels = or(get(doc, 'documentTypes'), truthy(single) ? [single] : []);
  const mapped = truthy(labels) ? mapDocType(firstLabel(labels)) : null;
  if (mapped && !uncertainNames(doc).has('documentType')) {
    const c = counts.documentType;
    c.truth += 1;
    const pv = get(pred, 'documentType');
    if (truthy(pv)) {
      c.pred += 1;
      if (normText(pv) === mapped) c.tp += 1;
    }
  }
  // Other scalars: the top level or any documents[] entry.
  const srcs = sources(pred);
  for (const field of SCALARS.slice(1)) {
    const cands = srcs.map((s) => get(s, field)).filter(present);
    const eq: Eq =
      field === 'meetingDate'
        ? dateEqual
        : field === 'meetingTime'
          ? timeEqual
          : (t, p) => scalarNorm(t) === scalarNorm(p);
    scoreScalar(counts[field], scalarTruth(doc, field), cands, eq);
  }
  // The previous meeting's minutes inside a pack: any documents[] entry.
  const prev = get(doc, 'appliesToMeeting');
  if (!isDict(prev)) return;
  const previous: ReadonlyArray<[Family, string, string, Eq]> = [
    ['previousMeeting.meetingDate', 'meetingDate', 'meetingDate', dateEqual],
    ['previousMeeting.meetingTime', 'startTime', 'meetingTime', timeEqual],
  ];
  for (const [family, tkey, pkey, eq] of previous) {
    if (!truthy(get(prev, tkey))) continue;
    const cands = srcs
      .slice(1)
      .map((s) => get(s, pkey))
      .filter(truthy);
    scoreScalar(counts[family], { kind: 'value', values: [get(prev, tkey)] }, cands, eq);
  }
};

const scoreAuthors = (
  counts: Record<Family, Count>,
  doc: JsonObject,
  pred: JsonObject,
  threshold: number,
): void => {
  if (!Object.hasOwn(doc, 'authors')) return;
  const truth = asList(get(doc, 'authors')).map((a): JsonObject => (isDict(a) ? a : { text: a }));
  const titems = truth
    .filter((a) => truthy(get(a, 'text')))
    .map((a): TruthItem<JsonObject> => [a, isOptional(a)]);
  const preds = union(pred, getStrings('authors'), normText);
  const state = listState(doc, 'authors', get(doc, 'authors'));
  scoreList(
    counts.authors,
    state,
    titems,
    preds,
    (t, p) => authorSim(get(t, 'text'), p),
    threshold,
  );
};

const scoreAgenda = (
  counts: Record<Family, Count>,
  doc: JsonObject,
  pred: JsonObject,
  threshold: number,
): void => {
  if (!Object.hasOwn(doc, 'agendaItems')) return;
  const titems = asList(get(doc, 'agendaItems'))
    .filter(isDict)
    .map((it): TruthItem<JsonObject> => [it, isOptional(it)]);
  const prev = get(doc, 'appliesToMeeting');
  // Legacy labels: the previous meeting's minute items are optional agenda items.
  const minuteItems = isDict(prev) && !explicit(doc) ? get(prev, 'minuteItems') : undefined;
  for (const mi of asList(minuteItems)) {
    if (Array.isArray(mi) && mi.length >= 2)
      titems.push([{ number: pyStr(mi[0]), title: mi[1] }, true]);
  }
  const preds = union(pred, getAgenda, (it) =>
    JSON.stringify([normNum(get(it, 'number')), normText(get(it, 'title'))]),
  );
  const state = listState(doc, 'agendaItems', get(doc, 'agendaItems'));
  const { pairs } = scoreList(counts.agendaItems, state, titems, preds, agendaSim, threshold);
  const matched = new Map(pairs.map((pair) => [pair.ti, pair.pi]));
  const details: ReadonlyArray<[string, Eq, Family]> = [
    ['time', timeEqual, 'agendaItems.time'],
    ['pages', (a, b) => normPages(a) === normPages(b), 'agendaItems.pages'],
  ];
  for (const [attr, eq, family] of details) {
    const c = counts[family];
    titems.forEach(([t, opt], ti) => {
      if (opt || uncertainNames(t).has(attr) || !Object.hasOwn(t, attr)) return;
      const tv = get(t, attr);
      if (!isNone(tv)) c.truth += 1;
      const pi = matched.get(ti);
      if (pi === undefined) return;
      const pv = get(preds[pi] as JsonObject, attr);
      if (isNone(pv) || pv === '') return;
      c.pred += 1;
      if (!isNone(tv) && eq(tv, pv)) c.tp += 1;
    });
  }
};

const ATT_KEYS = ['present', 'apologies', 'inAttendance'] as const;

const scoreAttendance = (
  counts: Record<Family, Count>,
  doc: JsonObject,
  pred: JsonObject,
  threshold: number,
): void => {
  const att = get(doc, 'attendance');
  if (!isDict(att)) return;
  const optionalLists = get(att, 'optional');
  const optional = isDict(optionalLists) ? optionalLists : {};
  for (const key of ATT_KEYS) {
    if (!Object.hasOwn(att, key)) continue;
    const names = asList(get(att, key)).filter((n): n is string => typeof n === 'string');
    const titems: TruthItem<unknown>[] = [
      ...names.map((n): TruthItem<unknown> => [n, false]),
      ...asList(get(optional, key)).map((n): TruthItem<unknown> => [n, true]),
    ];
    const docUnc = uncertainNames(doc);
    let state: 'open' | 'closed' = 'closed';
    if (
      docUnc.has(`attendance.${key}`) ||
      docUnc.has('attendance') ||
      uncertainNames(att).has(key)
    ) {
      state = 'open';
    } else if (
      !explicit(doc) &&
      names.length === 0 &&
      (doubtful(get(att, 'note')) || doubtful(get(att, `${key}Note`)))
    ) {
      state = 'open';
    }
    const preds = union(pred, getAttendance(key), (n) => nameTokens(n).join(' ') || normText(n));
    scoreList(counts[`attendance.${key}`], state, titems, preds, nameSim, threshold);
  }
};

const TEXT_FAMILIES: ReadonlyArray<[Family, (t: JsonObject, p: JsonObject) => number]> = [
  ['declarations', declarationSim],
  ['resolutions', itemTextSim],
  ['actions', actionSim],
  ['recommendations', itemTextSim],
];

const textKey = (d: JsonObject): string =>
  normText(['member', 'owner', 'text'].map((k) => pyStr(or(get(d, k), ''))).join(' '));

const scoreTextLists = (
  counts: Record<Family, Count>,
  doc: JsonObject,
  pred: JsonObject,
  threshold: number,
): void => {
  for (const [family, sim] of TEXT_FAMILIES) {
    if (!Object.hasOwn(doc, family)) continue;
    const truth = asList(get(doc, family)).map((x): JsonObject => (isDict(x) ? x : { text: x }));
    const titems = truth
      .filter((x) => truthy(get(x, 'text')))
      .map((x): TruthItem<JsonObject> => [x, isOptional(x)]);
    const preds = union(pred, getDicts(family), textKey);
    scoreList(
      counts[family],
      listState(doc, family, get(doc, family)),
      titems,
      preds,
      sim,
      threshold,
    );
  }
};

const tableKey = (t: JsonObject): string =>
  JSON.stringify([
    normText(get(t, 'heading')),
    asList(get(t, 'columns')).map(normText),
    asList(get(t, 'rows')).length,
  ]);

const scoreTables = (
  counts: Record<Family, Count>,
  doc: JsonObject,
  pred: JsonObject,
  threshold: number,
): void => {
  if (!Object.hasOwn(doc, 'tables')) return;
  const titems = asList(get(doc, 'tables'))
    .filter(isDict)
    .map((t): TruthItem<JsonObject> => {
      const kind = pyStr(Object.hasOwn(t, 'kind') ? get(t, 'kind') : '').toLowerCase();
      const legacyLayout = !explicit(doc) && kind.startsWith('layout');
      return [t, isOptional(t) || legacyLayout];
    });
  const preds = union(pred, getTables, tableKey);
  const state = listState(doc, 'tables', get(doc, 'tables'));
  const { pairs } = scoreList(counts.tables, state, titems, preds, tableSim, threshold);
  const matched = new Map(pairs.map((pair) => [pair.ti, pair.pi]));
  const c = counts['tables.rows'];
  titems.forEach(([t, opt], ti) => {
    const rows = get(t, 'rows');
    const note = pyStr(Object.hasOwn(t, 'note') ? get(t, 'note') : '').toLowerCase();
    if (
      opt ||
      !isPyInt(rows) ||
      uncertainNames(t).has('rows') ||
      (!explicit(doc) && note.includes('approximate'))
    ) {
      return;
    }
    c.truth += 1;
    const pi = matched.get(ti);
    if (pi === undefined) return;
    const prow = get(preds[pi] as JsonObject, 'rows');
    if (!Array.isArray(prow)) return;
    c.pred += 1;
    if (prow.length === pyIntValue(rows)) c.tp += 1;
  });
};

const scoreDocuments = (
  counts: Record<Family, Count>,
  doc: JsonObject,
  pred: JsonObject,
  threshold: number,
): void => {
  if (!Object.hasOwn(doc, 'documents')) return;
  const titems = asList(get(doc, 'documents'))
    .filter(isDict)
    .map((d): TruthItem<JsonObject> => [d, isOptional(d)]);
  const preds = asList(get(pred, 'documents')).filter(isDict);
  const state = listState(doc, 'documents', get(doc, 'documents'));
  scoreList(counts.documents, state, titems, preds, documentSim, threshold);
};

/**
 * Scores one extractor output (`council-papers extract FILE --json`) against one labelled paper:
 * the counts per family, as the Python scorer's `score_document` keeps them. A non-object output
 * scores as an empty one.
 */
export const scoreDocument = (
  doc: JsonObject,
  output: unknown,
  threshold = 0.8,
): Record<Family, Count> => {
  const counts = familyCounts();
  const pred = isDict(output) ? output : {};
  scoreScalars(counts, doc, pred);
  scoreAuthors(counts, doc, pred, threshold);
  scoreAgenda(counts, doc, pred, threshold);
  scoreAttendance(counts, doc, pred, threshold);
  scoreTextLists(counts, doc, pred, threshold);
  scoreTables(counts, doc, pred, threshold);
  scoreDocuments(counts, doc, pred, threshold);
  return counts;
};
