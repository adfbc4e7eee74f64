import type { Count, Family } from './count.ts';
import { scoreList, type TruthItem } from './match.ts';
import { nameTokens, normNum, normPages, normText, timeEqual } from './normalise.ts';
import { getAgenda, getAttendance, getDicts, getStrings, union } from './predictions.ts';
import { asList, get, isDict, isNone, type JsonObject, or, pyStr, truthy } from './py.ts';
import type { Eq } from './score-scalars.ts';
import {
  actionSim,
  agendaSim,
  authorSim,
  declarationSim,
  itemTextSim,
  nameSim,
} from './similarity.ts';
import {
  doubtfulNote as doubtful,
  explicit,
  isOptional,
  listState,
  uncertainNames,
} from './truth.ts';
/** Authors, matched as names or as text. */
export const scoreAuthors = (
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

/** Agenda items, and the time and pages of the matched ones. */
export const scoreAgenda = (
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

/** The three attendance lists, names matched one to one. */
export const scoreAttendance = (
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

/** Declarations, resolutions, actions and recommendations. */
export const scoreTextLists = (
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
