/**
 * The CLI as an officer runs it: `--help`, `extract` on a seed and on corpus PDFs (text, and one
 * with scanned pages read by OCR), and `upload` of one file to a local stack started here as
 * `npm start` starts one. Each command is a fresh process, timed from spawn to exit; every round
 * runs each command once (interleaved, so the 2-core machine's noise spreads evenly), and each
 * figure is the median of the rounds, as a ratio to `node -e 0` measured in the same rounds. npx
 * is measured against its own start (`npx --version`) and against npx running a local binary
 * that does nothing (`npx esbuild --version`): the figure `npx council-papers` should match.
 */
import { execFile } from 'node:child_process';
import { copyFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildCli } from '../infra/cli-build.ts';
import { repoRoot } from '../infra/local/paths.ts';
import { announcedStack } from '../test/support/announced-stack.ts';
import { figure, median, record } from './results.ts';

const rounds = Number(process.env.BENCH_RUNS ?? 5);
const bin = join(repoRoot, 'bin/council-papers.js');
const seed = join(repoRoot, 'seeds/000_9edff7cd89e1ecb6.txt');
const corpus = join(repoRoot, 'test/fixtures/corpus/papers');
const textPdf = join(corpus, '19_us-cuyahoga-board-of-health-agenda-2019-04-24.pdf');
const scannedPdf = join(corpus, '22_us-norwalk-housing-authority-agenda-2022-11-15.pdf');

// The CLI measured is the one these sources compile to.
await buildCli();
// A stack as `npm start` runs one, announced in a registry of its own that the CLI is pointed at.
const harness = await announcedStack();
const work = harness.registry;
const env = {
  ...process.env,
  COUNCIL_PAPERS_STACKS_DIR: work,
  npm_config_update_notifier: 'false',
};

/** Milliseconds from spawn to exit; a command that fails stops the bench. */
const timed = (file: string, args: readonly string[]) =>
  new Promise<number>((resolve, reject) => {
    const start = performance.now();
    execFile(file, args, { cwd: repoRoot, env, maxBuffer: 64 * 2 ** 20 }, (error, _out, stderr) => {
      if (error) reject(new Error(`${file} ${args.join(' ')}: ${stderr || error.message}`));
      else resolve(performance.now() - start);
    });
  });

/** A copy of the seed under a name of its own, so each upload is a new paper. */
let uploads = 0;
const freshSeed = async () => {
  const file = join(work, `bench-cli-${++uploads}.txt`);
  await copyFile(seed, file);
  return file;
};

const commands: Record<string, () => Promise<number>> = {
  'node -e 0': () => timed(process.execPath, ['-e', '0']),
  'node <bin> --help': () => timed(process.execPath, [bin, '--help']),
  'sources through tsx --help': () =>
    timed(process.execPath, ['--import', 'tsx', join(repoRoot, 'functions/cli/main.ts'), '--help']),
  'npx --version': () => timed('npx', ['--version']),
  'npx esbuild --version': () => timed('npx', ['esbuild', '--version']),
  'npx council-papers --help': () => timed('npx', ['council-papers', '--help']),
  'extract seed (text)': () => timed(process.execPath, [bin, 'extract', seed]),
  'extract 13-page text PDF': () => timed(process.execPath, [bin, 'extract', textPdf]),
  'extract 15-page PDF, 9 pages scanned (OCR)': () =>
    timed(process.execPath, [bin, 'extract', scannedPdf]),
  'upload one file --no-wait': async () =>
    timed(process.execPath, [bin, 'upload', await freshSeed(), '--no-wait']),
  'upload one file, waiting for its ingest': async () =>
    timed(process.execPath, [bin, 'upload', await freshSeed()]),
};

const samples = new Map<string, number[]>(Object.keys(commands).map((name) => [name, []]));
try {
  for (let round = 1; round <= rounds; round++) {
    for (const [name, command] of Object.entries(commands))
      samples.get(name)?.push(await command());
    console.log(`round ${round}/${rounds} done`);
  }
} finally {
  await harness.stop();
}

const ms = (name: string) => median(samples.get(name) ?? []);
const nodeFloor = { name: 'node -e 0', value: ms('node -e 0') };
const npxFloor = { name: 'npx esbuild --version', value: ms('npx esbuild --version') };
const kib = async (file: string) => `${Math.round((await stat(file)).size / 1024)} KiB`;
const of = (name: string, floor = nodeFloor, extra: Partial<Parameters<typeof figure>[0]> = {}) =>
  figure({ name, value: ms(name), unit: 'ms', runs: rounds, floor, ...extra });

const figures = [
  figure({ name: 'node -e 0', value: nodeFloor.value, unit: 'ms', runs: rounds }),
  of('node <bin> --help', nodeFloor, {
    budget: { on: 'ratio', max: 5 },
    note: 'the compiled CLI (dist/cli/), as npx runs it',
  }),
  of('sources through tsx --help', nodeFloor, {
    note: 'the fallback when dist/cli/ is missing or stale; the pre-build CLI also imported every engine',
  }),
  of('npx --version', nodeFloor, { note: "npm's own start" }),
  of('npx esbuild --version', nodeFloor, { note: 'npx running a local binary that does nothing' }),
  of('npx council-papers --help', npxFloor, {
    note: 'ratio to npx running a binary that does nothing: what npx adds beyond its own start',
  }),
  of('extract seed (text)', nodeFloor, { note: await kib(seed) }),
  of('extract 13-page text PDF', nodeFloor, { note: `${await kib(textPdf)}, no OCR` }),
  of('extract 15-page PDF, 9 pages scanned (OCR)', nodeFloor, {
    note: `${await kib(scannedPdf)}; Tesseract (in-process, one page after another) is most of it`,
  }),
  of('upload one file --no-wait', nodeFloor, { note: 'one PutObject to the local S3 stand-in' }),
  of('upload one file, waiting for its ingest', nodeFloor, {
    note: 'until the ingest log has its outcome (polled every 250 ms)',
  }),
];
record('cli', 'npm run bench (tsx bench/cli.ts)', figures);
for (const { name, value, ratio } of figures)
  console.log(
    `${name.padEnd(44)} ${value.toFixed(0).padStart(7)} ms${ratio === undefined ? '' : `  ${ratio.toFixed(2)}×`}`,
  );
