import { mapDocType, nameTokens, normNum, normText, tokens } from './normalise.ts';
import {
  asList,
  get,
  isNone,
  isPyInt,
  type JsonObject,
  or,
  pyIntValue,
  pyStr,
  pyStrip,
  truthy,
} from './py.ts';
import { sequenceRatio } from './sequence-matcher.ts';
import { uncertainNames } from './truth.ts';

/** difflib's ratio, with two empty strings equal and one empty string unlike anything. */
export const ratio = (a: string, b: string): number => {
  if (!a && !b) return 1.0;
  if (!a || !b) return 0.0;
  return sequenceRatio(a, b);
};

const sortedJoin = (words: Iterable<string>): string => [...words].sort().join(' ');

/**
 * Text similarity in 0..1: the larger of difflib's ratio on the normalised token strings and a
 * token-set ratio (shared tokens sorted, then the rest; no "one side is a subset" shortcut).
 */
export const textSim = (a: unknown, b: unknown): number => {
  if (isNone(a) || isNone(b)) return 0.0;
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length === 0 || tb.length === 0) {
    return normText(a) === normText(b) && normText(a) !== '' ? 1.0 : 0.0;
  }
  const ja = ta.join(' ');
  const jb = tb.join(' ');
  if (ja === jb) return 1.0;
  // A cheap upper bound on both ratios.
  if ((2 * Math.min(ja.length, jb.length)) / (ja.length + jb.length) < 0.5) return 0.0;
  const sa = new Set(ta);
  const sb = new Set(tb);
  const t0 = sortedJoin([...sa].filter((t) => sb.has(t)));
  const t1 = [t0, sortedJoin([...sa].filter((t) => !sb.has(t)))].filter(Boolean).join(' ');
  const t2 = [t0, sortedJoin([...sb].filter((t) => !sa.has(t)))].filter(Boolean).join(' ');
  return Math.max(ratio(t1, t2), ratio(ja, jb));
};

/** {@link textSim}, also against the predicted title cut to the truth title's length in words. */
export const titleSim = (truth: unknown, pred: unknown): number => {
  let s = textSim(truth, pred);
  const tt = tokens(truth);
  const tp = tokens(pred);
  if (tt.length > 0 && tp.length > tt.length) {
    s = Math.max(s, textSim(tt.join(' '), tp.slice(0, tt.length).join(' ')));
  }
  return s;
};

/** Each forename or initial in `short` matches a distinct later one in `long`, in order. */
const givenCompatible = (short: readonly string[], long: readonly string[]): boolean => {
  let i = 0;
  for (const x of short) {
    let found = false;
    while (i < long.length) {
      const y = long[i] as string;
      i += 1;
      if (x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y))) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
};

/**
 * Name similarity: 1 for the same words, 0.95 for the same surname (0.85 for a near one of four or
 * more letters) with compatible forenames or initials, else 0. Falls back to {@link textSim} when
 * either side has no name words.
 */
export const nameSim = (a: unknown, b: unknown): number => {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length === 0 || tb.length === 0) return textSim(a, b);
  if (ta.length === tb.length && ta.every((t, i) => t === tb[i])) return 1.0;
  const sa = ta[ta.length - 1] as string;
  const sb = tb[tb.length - 1] as string;
  let score: number;
  if (sa === sb) score = 0.95;
  else if (Math.min(sa.length, sb.length) >= 4 && ratio(sa, sb) >= 0.8) score = 0.85;
  else return 0.0;
  const ga = ta.slice(0, -1);
  const gb = tb.slice(0, -1);
  const [short, long] = ga.length <= gb.length ? [ga, gb] : [gb, ga];
  return givenCompatible(short, long) ? score : 0.0;
};

/** An author line: {@link textSim}, or {@link nameSim} on the parts before a comma when both are short. */
export const authorSim = (t: unknown, p: unknown): number => {
  let s = textSim(t, p);
  const ht = pyStr(t).split(',')[0] ?? '';
  const hp = pyStr(p).split(',')[0] ?? '';
  if (tokens(ht).length <= 5 && tokens(hp).length <= 5) s = Math.max(s, nameSim(ht, hp));
  return s;
};

/** An agenda item: the number must agree (or a `numberVariants` one), then the titles are compared. */
export const agendaSim = (t: JsonObject, p: JsonObject): number => {
  const unc = uncertainNames(t);
  const tnum = get(t, 'number');
  const needNum = !isNone(tnum) && !unc.has('number');
  if (needNum) {
    const allowed = new Set([normNum(tnum), ...asList(get(t, 'numberVariants')).map(normNum)]);
    if (!allowed.has(normNum(get(p, 'number')))) return 0.0;
  }
  if (truthy(get(t, 'title')) && !unc.has('title'))
    return titleSim(get(t, 'title'), get(p, 'title'));
  return needNum ? 0.9 : 0.0;
};

/** A declaration: its text, or the member and text together. */
export const declarationSim = (t: JsonObject, p: JsonObject): number =>
  Math.max(
    textSim(get(t, 'text'), get(p, 'text')),
    textSim(get(t, 'text'), `${pyStr(or(get(p, 'member'), ''))} ${pyStr(or(get(p, 'text'), ''))}`),
  );

/** A resolution or recommendation: its text. */
export const itemTextSim = (t: JsonObject, p: JsonObject): number =>
  textSim(get(t, 'text'), get(p, 'text'));

/** An action: its text (and context) against the predicted text, with or without the owner. */
export const actionSim = (t: JsonObject, p: JsonObject): number => {
  const text = get(t, 'text');
  const context = get(t, 'context');
  const ts = [
    text,
    context,
    truthy(context) ? `${pyStr(or(text, ''))} ${pyStr(or(context, ''))}` : null,
  ].filter(truthy);
  const pOwner = get(p, 'owner');
  const pText = get(p, 'text');
  const owner = typeof pOwner === 'string' ? pOwner : '';
  const ptext = typeof pText === 'string' ? pText : '';
  const ps = [
    ptext,
    `${owner} ${ptext}`,
    `${ptext} ${owner}`,
    owner ? `ACTION: ${owner}` : '',
  ].filter((x) => pyStrip(x) !== '');
  return Math.max(0.0, ...ts.flatMap((a) => ps.map((b) => textSim(a, b))));
};

const strings = (value: unknown): string[] =>
  asList(value).filter((c): c is string => typeof c === 'string');

/**
 * A table: on its columns (the heading helps but cannot stand in for wrong columns), on the heading
 * where the truth has no columns, on the row count alone where it has neither; a same row count adds
 * 0.001 to prefer it among otherwise equal candidates.
 */
export const tableSim = (t: JsonObject, p: JsonObject): number => {
  const th = get(t, 'heading');
  const tc = strings(get(t, 'columns'));
  const ph = get(p, 'heading');
  const pc = strings(get(p, 'columns'));
  const rows = get(t, 'rows');
  const rowsEqual = isPyInt(rows) && asList(get(p, 'rows')).length === pyIntValue(rows);
  const bonus = rowsEqual ? 0.001 : 0.0;
  const hasColumns = tc.some((x) => pyStrip(x) !== '');
  const columnSim = () => (pc.length > 0 ? textSim(tc.join(' | '), pc.join(' | ')) : 0.0);
  const headingSim = () => (truthy(ph) ? textSim(th, ph) : 0.0);
  if (truthy(th) && hasColumns) {
    const hs = headingSim();
    const cs = columnSim();
    return Math.max(cs, (hs + cs) / 2) + bonus;
  }
  if (hasColumns) return columnSim() + bonus;
  if (truthy(th)) return headingSim() + bonus;
  return rowsEqual ? 0.8 + bonus : 0.0;
};

/** A constituent document: the types must agree where both are known, then the best title match. */
export const documentSim = (t: JsonObject, p: JsonObject): number => {
  const tm = mapDocType(get(t, 'type'));
  const pt = or(get(p, 'documentType'), get(p, 'type'));
  if (tm && truthy(pt) && normText(pt) !== tm) return 0.0;
  const titles = [get(t, 'title'), ...asList(get(t, 'titleVariants'))].filter(
    (x): x is string => typeof x === 'string' && x !== '',
  );
  return Math.max(0.0, ...titles.map((x) => titleSim(x, get(p, 'title'))));
};
