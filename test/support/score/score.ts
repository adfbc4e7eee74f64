import { type Count, type Family, familyCounts } from './count.ts';
import { scoreList, type TruthItem } from './match.ts';
import { normText } from './normalise.ts';
import { getTables, union } from './predictions.ts';
import { asList, get, isDict, isPyInt, type JsonObject, pyIntValue, pyStr } from './py.ts';
import { scoreAgenda, scoreAttendance, scoreAuthors, scoreTextLists } from './score-lists.ts';
import { scoreScalars } from './score-scalars.ts';
import { documentSim, tableSim } from './similarity.ts';
import { explicit, isOptional, listState, uncertainNames } from './truth.ts';

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
