import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { Count, type CountResult, FAMILIES, type Family, familyCounts } from './count.ts';
import { codePointCompare, isDict, pyStr, splitext } from './py.ts';
import { scoreDocument } from './score.ts';
import type { TruthDocument } from './truth.ts';

/** One paper's numbers: the families it has values in, and their sum. */
export interface DocumentResult {
  readonly families: Partial<Record<Family, CountResult>>;
  readonly total: CountResult;
  readonly problem?: string;
}

/** The shape of `score_extraction.py --json` (without `details`). */
export interface ScoreResult {
  readonly threshold: number;
  readonly documents: Record<string, DocumentResult>;
  /** Micro-averaged over all papers. */
  readonly families: Partial<Record<Family, CountResult>>;
  readonly overall: CountResult;
  readonly problems: string[];
}

/** `os.path.join(dir, name)`: no normalisation, so problems name paths as Python does. */
const join = (dir: string, name: string): string =>
  dir === '' || dir.endsWith('/') ? dir + name : `${dir}/${name}`;

interface Loaded {
  readonly output: unknown;
  readonly problem: string | null;
}

const tally = (
  truth: readonly TruthDocument[],
  load: (seed: string) => Loaded,
  threshold: number,
): ScoreResult => {
  const result: ScoreResult = {
    threshold,
    documents: {},
    families: {},
    overall: new Count().result(),
    problems: [],
  };
  const familyTotals = familyCounts();
  for (const doc of truth) {
    const seed = pyStr(doc.seed);
    const { output, problem } = load(seed);
    if (problem) result.problems.push(problem);
    const counts = scoreDocument(doc, output, threshold);
    const total = new Count();
    const families: Partial<Record<Family, CountResult>> = {};
    for (const f of FAMILIES) {
      familyTotals[f].add(counts[f]);
      total.add(counts[f]);
      if (!counts[f].empty()) families[f] = counts[f].result();
    }
    result.documents[seed] = { families, total: total.result(), ...(problem ? { problem } : {}) };
  }
  const overall = new Count();
  for (const f of FAMILIES) {
    overall.add(familyTotals[f]);
    if (!familyTotals[f].empty()) result.families[f] = familyTotals[f].result();
  }
  return { ...result, overall: overall.result() };
};

/** `<seed>.json`, else the one `<same stem>.<other extension>.json` (the PDF of a `.txt` paper), else `null`. */
export const outputPath = (outputs: string, seed: string): string | null => {
  const path = join(outputs, `${seed}.json`);
  if (existsSync(path)) return path;
  const stem = splitext(seed)[0];
  let names: string[];
  try {
    names = readdirSync(outputs);
  } catch {
    return null;
  }
  const cands = names.filter(
    (n) => n.endsWith('.json') && splitext(n.slice(0, -'.json'.length))[0] === stem,
  );
  return cands.length === 1 ? join(outputs, cands[0] as string) : null;
};

const loadOutput = (outputs: string, seed: string): Loaded => {
  const path = outputPath(outputs, seed);
  if (path === null)
    return { output: {}, problem: `missing output ${join(outputs, `${seed}.json`)}` };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { output: {}, problem: `unreadable output ${path}: ${(error as Error).message}` };
  }
  if (!isDict(data)) return { output: {}, problem: `output ${path} is not a JSON object` };
  return { output: data, problem: null };
};

const isDirectory = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/**
 * Scores a folder of extractor outputs (`<paper file name>.json`) against truth, as
 * `score_extraction.py --truth T --outputs DIR --json` does. A missing or unreadable output scores
 * as an empty one and is named in `problems`.
 */
export const scoreAll = (
  truth: readonly TruthDocument[],
  outputs: string,
  threshold = 0.8,
): ScoreResult => {
  const result = tally(truth, (seed) => loadOutput(outputs, seed), threshold);
  const known = new Set(
    truth.map((d) => basename(outputPath(outputs, pyStr(d.seed)) ?? `${pyStr(d.seed)}.json`)),
  );
  if (isDirectory(outputs)) {
    const extra = readdirSync(outputs)
      .filter((n) => n.endsWith('.json') && !known.has(n))
      .sort(codePointCompare);
    if (extra.length > 0)
      result.problems.push(`outputs with no truth entry (ignored): ${extra.join(', ')}`);
  }
  return result;
};

/** Scores outputs held in memory, keyed by paper file name (the seed); a missing one scores as empty. */
export const scoreOutputs = (
  truth: readonly TruthDocument[],
  outputs: ReadonlyMap<string, unknown>,
  threshold = 0.8,
): ScoreResult =>
  tally(
    truth,
    (seed) => {
      if (!outputs.has(seed)) return { output: {}, problem: `missing output ${seed}` };
      const output = outputs.get(seed);
      return isDict(output)
        ? { output, problem: null }
        : { output: {}, problem: `output ${seed} is not a JSON object` };
    },
    threshold,
  );
