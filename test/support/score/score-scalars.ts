import { type Count, type Family, SCALARS } from './count.ts';
import { mapDocType, normText, scalarNorm, timeEqual } from './normalise.ts';
import { sources } from './predictions.ts';
import { get, isDict, isNone, type JsonObject, or, pyStr, pyStrip, truthy } from './py.ts';
import { type ScalarTruth, scalarTruth, uncertainNames } from './truth.ts';

/** Whether a truth value and a predicted value agree. */
export type Eq = (t: unknown, p: unknown) => boolean;

const present = (v: unknown): boolean =>
  !isNone(v) && v !== '' && !(Array.isArray(v) && v.length === 0);

/** Dates compare exactly, as written. */
export const dateEqual: Eq = (t, p) => typeof p === 'string' && pyStrip(p) === pyStrip(pyStr(t));

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

/** documentType, the other scalars and the previous meeting's date and time. */
export const scoreScalars = (
  counts: Record<Family, Count>,
  doc: JsonObject,
  pred: JsonObject,
): void => {
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
