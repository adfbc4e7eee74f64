/**
 * One record of what `npm run bench` measured: every bench script adds its section to
 * `bench/results.json` with `record`, and `bench/table.ts` prints them all as one table. Each
 * figure is a median of its runs; a ratio is to a floor measured in the same run, so figures
 * compare across machines; a budget is the aim the figure is held to, and `met` says whether it is.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { repoRoot } from '../infra/local/paths.ts';

export const resultsFile = join(repoRoot, 'bench', 'results.json');

/** A budget a figure (or its ratio) is held to: `max` for costs and times, `min` for rates. */
export interface Budget {
  readonly on: 'value' | 'ratio';
  readonly max?: number;
  readonly min?: number;
}

export interface Figure {
  /** What was measured, e.g. "CLI --help". */
  readonly name: string;
  /** The median of the runs. */
  readonly value: number;
  readonly unit: string;
  /** How many runs the median is of (1 for a single long run, which the figure's note says). */
  readonly runs: number;
  /** The floor measured in the same run, and the ratio of value to it. */
  readonly floor?: { readonly name: string; readonly value: number };
  readonly ratio?: number;
  readonly budget?: Budget;
  /** Whether the budget is met (absent when there is none). */
  readonly met?: boolean;
  readonly note?: string;
}

export interface Section {
  readonly measuredAt: string;
  readonly command: string;
  readonly figures: readonly Figure[];
}

export interface Results {
  readonly machine: {
    readonly node: string;
    readonly cpus: number;
    readonly cpuModel: string;
    readonly memoryGiB: number;
  };
  readonly sections: Readonly<Record<string, Section>>;
}

export const median = (values: readonly number[]): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** Percentile (0..100) by nearest rank. */
export const percentile = (values: readonly number[], p: number): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
};

/** Runs `task` `runs` times and returns each run's milliseconds. */
export const timeRuns = async (
  runs: number,
  task: () => Promise<unknown> | unknown,
): Promise<number[]> => {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await task();
    samples.push(performance.now() - start);
  }
  return samples;
};

/** A figure with its ratio to a floor and whether its budget is met. */
export const figure = (input: Omit<Figure, 'ratio' | 'met'>): Figure => {
  const ratio = input.floor ? input.value / input.floor.value : undefined;
  const judged = input.budget?.on === 'ratio' ? ratio : input.value;
  const met =
    input.budget && judged !== undefined
      ? (input.budget.max === undefined || judged <= input.budget.max) &&
        (input.budget.min === undefined || judged >= input.budget.min)
      : undefined;
  return {
    ...input,
    ...(ratio === undefined ? {} : { ratio }),
    ...(met === undefined ? {} : { met }),
  };
};

const machine = (): Results['machine'] => ({
  node: process.version,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(totalmem() / 2 ** 30),
});

export const readResults = (): Results =>
  existsSync(resultsFile)
    ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Results)
    : { machine: machine(), sections: {} };

/** Adds (or replaces) one section of `bench/results.json`, keeping the others. */
export const record = (section: string, command: string, figures: readonly Figure[]): void => {
  const results = readResults();
  const next: Results = {
    machine: machine(),
    sections: {
      ...results.sections,
      [section]: { measuredAt: new Date().toISOString(), command, figures },
    },
  };
  writeFileSync(resultsFile, `${JSON.stringify(next, null, 2)}\n`);
};
