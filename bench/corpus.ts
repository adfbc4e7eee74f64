import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analysePaper } from '../functions/domain/papers/read-paper.ts';
import { blankOcr } from '../test/support/page-ocr.ts';

// `npm run bench:corpus`: extracts every labelled real paper of test/fixtures/corpus (each PDF twice:
// as published and from its `pdftotext -layout` dump) and scores the outputs per field family with
// the shared scorer (../shared/tools/score_extraction.py), for the tuning set, the check set and
// the five samples in seeds/. `--details` lists what was missed, extra and wrong, for all but the
// check set: nobody tunes against it. Outputs are left in .local/corpus/ for the scorer's own --details.

const root = new URL('../test/fixtures/corpus/', import.meta.url);
const scorer = new URL('../../shared/tools/score_extraction.py', import.meta.url);
const out = new URL('../.local/corpus/', import.meta.url);
const details = process.argv.includes('--details');
// The five samples the project ships (seeds/) are scored too, once labelled in truth/samples/.
const sets = ['tuning', 'check', 'samples'] as const;
const seedsDir = new URL('../seeds/', import.meta.url);

interface Seed {
  readonly seed: string;
}

const labels = (set: string): Seed[] => {
  const dir = new URL(`truth/${set}/`, root);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap(
      (name) => (JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as { seeds: Seed[] }).seeds,
    );
};

/** The extraction, or, for a paper the reader rejects, an empty output that scores as nothing read. */
const extract = async (file: URL) => {
  try {
    return (await analysePaper(readFileSync(file), { ocr: blankOcr })).extraction;
  } catch (error) {
    console.log(
      `${fileURLToPath(file)}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return {};
  }
};

interface Figures {
  readonly families: Record<
    string,
    {
      tp: number;
      predicted: number;
      truth: number;
      precision: number | null;
      recall: number | null;
      f1: number | null;
    }
  >;
  readonly overall: { precision: number | null; recall: number | null; f1: number | null };
  readonly documents: Record<string, { total: { f1: number | null } }>;
}

const score = (
  truth: URL,
  outputs: URL,
  withDetails: boolean,
): { figures: Figures; report: string } => {
  const args = [
    fileURLToPath(scorer),
    '--truth',
    fileURLToPath(truth),
    '--outputs',
    fileURLToPath(outputs),
  ];
  const figures = JSON.parse(
    execFileSync('python3', [...args, '--json'], { encoding: 'utf8' }),
  ) as Figures;
  const report = withDetails
    ? execFileSync('python3', [...args, '--details'], { encoding: 'utf8' })
    : '';
  return { figures, report };
};

const cell = (value: number | null | undefined) =>
  value === null || value === undefined ? '    -' : value.toFixed(3);

rmSync(out, { recursive: true, force: true });
const results: Record<string, Figures> = {};
for (const set of sets) {
  const seeds = labels(set);
  if (seeds.length === 0) continue;
  const base = new URL(`${set}/`, out);
  const published = new URL('as-published/', base);
  const dumps = new URL('text-dump/', base);
  mkdirSync(published, { recursive: true });
  mkdirSync(dumps, { recursive: true });
  writeFileSync(new URL('truth.json', base), JSON.stringify({ seeds }, null, 1));
  for (const { seed } of seeds) {
    const paper = set === 'samples' ? new URL(seed, seedsDir) : new URL(`papers/${seed}`, root);
    const output = JSON.stringify(await extract(paper));
    writeFileSync(new URL(`${seed}.json`, published), output);
    // The text-dump column reads each PDF from its dump, and every other paper as published.
    const dump = new URL(`papers/${seed.replace(/\.pdf$/, '.layout.txt')}`, root);
    const fromDump = seed.endsWith('.pdf') && existsSync(dump);
    writeFileSync(
      new URL(`${seed}.json`, dumps),
      fromDump ? JSON.stringify(await extract(dump)) : output,
    );
  }
  if (!existsSync(scorer)) continue;
  for (const [variant, dir] of [
    ['as-published', published],
    ['text-dump', dumps],
  ] as const) {
    const { figures, report } = score(new URL('truth.json', base), dir, details && set !== 'check');
    results[`${set} ${variant}`] = figures;
    if (report) console.log(report);
  }
}

if (!existsSync(scorer)) {
  console.log(
    '../shared/tools/score_extraction.py is not here: outputs written to .local/corpus/ only.',
  );
} else {
  const columns = Object.keys(results);
  const families = [
    ...new Set(columns.flatMap((column) => Object.keys(results[column]?.families ?? {}))),
  ];
  console.log(`${'family'.padEnd(30)} ${columns.map((column) => column.padEnd(26)).join(' ')}`);
  console.log(`${''.padEnd(30)} ${columns.map(() => '  P      R      F1        ').join(' ')}`);
  for (const family of families) {
    const row = columns.map((column) => {
      const f = results[column]?.families[family];
      return f ? `${cell(f.precision)}  ${cell(f.recall)}  ${cell(f.f1)}  ` : ''.padEnd(26);
    });
    console.log(`${family.padEnd(30)} ${row.join(' ')}`);
  }
  const overall = columns.map((column) => {
    const o = results[column]?.overall;
    return `${cell(o?.precision)}  ${cell(o?.recall)}  ${cell(o?.f1)}  `;
  });
  console.log(`${'overall'.padEnd(30)} ${overall.join(' ')}`);
  // A PDF and its text dump should read alike: the largest per-paper gap in F1.
  for (const set of sets) {
    const a = results[`${set} as-published`]?.documents ?? {};
    const b = results[`${set} text-dump`]?.documents ?? {};
    const gaps = Object.keys(b)
      .filter((seed) => seed.endsWith('.pdf'))
      .map((seed) => ({
        seed,
        gap: Math.abs((a[seed]?.total.f1 ?? 0) - (b[seed]?.total.f1 ?? 0)),
      }));
    const worst = gaps.sort((x, y) => y.gap - x.gap)[0];
    if (worst)
      console.log(`${set}: largest PDF/text-dump F1 gap ${worst.gap.toFixed(3)} (${worst.seed})`);
  }
  writeFileSync(new URL('figures.json', out), JSON.stringify(results, null, 1));
}
