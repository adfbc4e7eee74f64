import type { Count } from './count.ts';
import type { ListState } from './truth.ts';

/** A truth list item and whether it is optional (a prediction matching it is neither right nor wrong). */
export type TruthItem<T> = readonly [item: T, optional: boolean];

/** A matched truth item index, prediction index and their similarity. */
export interface Pair {
  readonly ti: number;
  readonly pi: number;
  readonly score: number;
}

/** What {@link match} paired. */
export interface Matching {
  /** Pairs with certain truth items. */
  readonly pairs: readonly Pair[];
  /** Predictions matched to optional truth items. */
  readonly neutral: ReadonlySet<number>;
}

/**
 * One-to-one greedy matching, best pairs first (ties: lower truth index, then lower prediction
 * index), certain truth items first and optional ones with the predictions left over.
 */
export const match = <T, P>(
  truthItems: readonly TruthItem<T>[],
  preds: readonly P[],
  sim: (t: T, p: P) => number,
  threshold: number,
): Matching => {
  const all: Pair[] = [];
  const usedT = new Set<number>();
  const usedP = new Set<number>();
  for (const wantOptional of [false, true]) {
    const cand: Pair[] = [];
    truthItems.forEach(([t, opt], ti) => {
      if (opt !== wantOptional) return;
      preds.forEach((p, pi) => {
        if (usedP.has(pi)) return;
        const score = sim(t, p);
        if (score >= threshold) cand.push({ ti, pi, score });
      });
    });
    cand.sort((a, b) => b.score - a.score || a.ti - b.ti || a.pi - b.pi);
    for (const pair of cand) {
      if (usedT.has(pair.ti) || usedP.has(pair.pi)) continue;
      usedT.add(pair.ti);
      usedP.add(pair.pi);
      all.push(pair);
    }
  }
  const optional = (pair: Pair) => truthItems[pair.ti]?.[1] === true;
  return {
    pairs: all.filter((pair) => !optional(pair)),
    neutral: new Set(all.filter(optional).map((pair) => pair.pi)),
  };
};

/**
 * Scores one list family into `count`: matched certain items are true positives, every certain
 * truth item counts toward recall, and predictions count toward precision unless they matched an
 * optional item, or (for an open list) did not match at all.
 */
export const scoreList = <T, P>(
  count: Count,
  state: ListState,
  truthItems: readonly TruthItem<T>[],
  preds: readonly P[],
  sim: (t: T, p: P) => number,
  threshold: number,
): Matching => {
  if (state === 'skip') return { pairs: [], neutral: new Set() };
  const matching = match(truthItems, preds, sim, threshold);
  count.tp += matching.pairs.length;
  count.truth += truthItems.filter(([, opt]) => !opt).length;
  count.pred += state === 'open' ? matching.pairs.length : preds.length - matching.neutral.size;
  return matching;
};
