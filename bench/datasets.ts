/**
 * Datasets bench: a generated CSV of BENCH_ROWS rows (default 1,000,000, about 100 MB) through
 * csv-parse alone, through the streaming validator, and through the real ingest on the local
 * engines (S3 and DynamoDB stand-ins in another process). Each task runs in a fresh process so
 * its peak RSS is its own. Parse and validate report the median of three runs; the ingest, which
 * writes every row, runs once.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { localClients } from '../infra/local/local-clients.ts';
import { repoRoot } from '../infra/local/paths.ts';
import { localNames } from '../infra/local/provision.ts';
import { compileDatasetWorker } from './dataset-worker-build.ts';
import { type Figure, figure, median, record } from './results.ts';
import { type Items, rowItemFigures } from './row-items.ts';

const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
/** Runs of parse and validate, each in a fresh process; the load writes every row, once. */
const runs = Number(process.env.BENCH_RUNS ?? 5);
const worker = join(repoRoot, 'bench', 'dataset-worker.ts');

interface Measure {
  rows: number;
  seconds: number;
  maxRssMb: number;
  cpuSeconds: number;
}

/** A process's user and system CPU seconds so far, from Linux's /proc (0 elsewhere). */
const cpuSecondsOf = async (pid: number | undefined): Promise<number> => {
  try {
    const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]?.split(' ') ?? [];
    // utime and stime, fields 14 and 15 of stat (11 and 12 after the command name), in ticks of 1/100 s.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
};

// Measured tasks run compiled to plain JavaScript, as in Lambda.
const compiled = await compileDatasetWorker();

const runTs = (args: string[]): ChildProcess =>
  spawn(process.execPath, ['--import', 'tsx', worker, ...args], {
    cwd: repoRoot,
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });

/**
 * The V8 heap is capped well under the 256 MB target, so a task that held its rows would fail
 * rather than merely show a high RSS; RSS above the heap is code, buffers and sockets.
 */
const heapCapMb = 128;
/** BENCH_CPU_PROF=1 writes each task's CPU profile to .local/bench/profiles (for Chrome DevTools). */
const profiling = process.env.BENCH_CPU_PROF
  ? ['--cpu-prof', `--cpu-prof-dir=${join(repoRoot, '.local', 'bench', 'profiles')}`]
  : [];

const run = (args: string[]): ChildProcess =>
  spawn(process.execPath, [`--max-old-space-size=${heapCapMb}`, ...profiling, compiled, ...args], {
    cwd: repoRoot,
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });

const firstLine = async (child: ChildProcess): Promise<string> => {
  let out = '';
  for await (const chunk of child.stdout ?? []) {
    out += String(chunk);
    if (out.includes('\n')) return out.slice(0, out.indexOf('\n'));
  }
  throw new Error(`worker ended without output (exit ${child.exitCode})`);
};

/** The first 1,000 rows as the row store writes them, and in other layouts (see dataset-worker). */
const itemsOf = async (file: string): Promise<Items> => {
  const child = run(['items', file]);
  const line = await firstLine(child);
  await once(child, 'exit');
  return JSON.parse(line) as Items;
};

const measure = async (args: string[]): Promise<Measure> => {
  const child = run(args);
  const line = await firstLine(child);
  await once(child, 'exit');
  return JSON.parse(line) as Measure;
};

const medianOf = async (args: string[], times: number): Promise<Measure> => {
  const runs: Measure[] = [];
  for (let index = 0; index < times; index++) runs.push(await measure(args));
  return {
    rows: runs[0]?.rows ?? 0,
    seconds: median(runs.map((r) => r.seconds)),
    maxRssMb: median(runs.map((r) => r.maxRssMb)),
    cpuSeconds: median(runs.map((r) => r.cpuSeconds)),
  };
};

/** Spend-over-£500-like rows: dates, suppliers with quoted commas, amounts, codes, free text. */
const writeCsv = async (path: string) => {
  const out = createWriteStream(path);
  out.write('Transaction ID,Date,Directorate,Supplier,Cost centre,Amount,Description\n');
  const directorates = ['Adult Social Care', 'Children’s Services', 'Place', 'Resources'];
  for (let index = 1; index <= rows; index++) {
    const day = String((index % 28) + 1).padStart(2, '0');
    const line = `${index},${day}/04/2024,${directorates[index % 4]},"Supplier ${index % 997}, Ltd",CC${String(index % 500).padStart(5, '0')},${(500 + (index % 100000) / 7).toFixed(2)},Payment for services ref ${index * 7}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
};

const dir = await mkdtemp(join(tmpdir(), 'council-papers-bench-'));
try {
  const file = join(dir, 'spend.csv');
  await writeCsv(file);
  const size = (await stat(file)).size;
  console.log(
    `datasets: ${rows.toLocaleString('en-GB')} rows, ${(size / 1e6).toFixed(1)} MB CSV; each task in a fresh node with a ${heapCapMb} MB heap cap`,
  );

  const parse = await medianOf(['parse', file], runs);
  const validate = await medianOf(['validate', file], runs);
  const items = await itemsOf(file);
  const rate = (m: Measure) => m.rows / m.seconds;
  const shown = (m: Measure) => Math.round(rate(m)).toLocaleString('en-GB');
  console.log(
    `csv-parse alone (baseline)   ${shown(parse)} rows/s  peak RSS ${parse.maxRssMb.toFixed(0)} MB`,
  );
  console.log(
    `validate (stream, no store)  ${shown(validate)} rows/s  peak RSS ${validate.maxRssMb.toFixed(0)} MB  (ratio to csv-parse ${(parse.seconds / validate.seconds).toFixed(3)})`,
  );
  const figures: Figure[] = [
    figure({
      name: 'CSV validate',
      value: rate(validate),
      unit: 'rows/s',
      runs,
      floor: { name: 'csv-parse alone', value: rate(parse) },
      note: `${rows.toLocaleString('en-GB')} rows, ${(size / 1e6).toFixed(1)} MB, streamed, stored nowhere`,
    }),
    figure({
      name: 'CSV validate peak RSS',
      value: validate.maxRssMb,
      unit: 'MB',
      runs,
      budget: { on: 'value', max: 256 },
    }),
    ...rowItemFigures(items),
  ];
  for (const layout of items.layouts)
    console.log(
      `per 1,000 rows, ${layout.name.padEnd(22)} ${layout.items} items, ${(layout.bytes / 1024).toFixed(0)} KiB, ${layout.writeUnits} write units (largest item ${layout.maxItemBytes} B)`,
    );
  console.log(`per 1,000 rows, ${items.s3.name}: 1 PUT, ${(items.s3.bytes / 1024).toFixed(0)} KiB`);

  await mkdir(join(dir, 'engines'));
  const engines = runTs(['engines', join(dir, 'engines')]);
  try {
    const endpoints = JSON.parse(await firstLine(engines)) as {
      dynamoEndpoint: string;
      s3Endpoint: string;
    };
    const key = 'uploads/datasets/spend-bench.csv';
    await localClients(endpoints).s3.send(
      new PutObjectCommand({
        Bucket: localNames('bench').uploadBucket,
        Key: key,
        Body: await readFile(file),
        ContentType: 'text/csv',
      }),
    );
    const enginesCpu = await cpuSecondsOf(engines.pid);
    const ingest = await measure(['ingest', JSON.stringify(endpoints), key]);
    const standInCpu = (await cpuSecondsOf(engines.pid)) - enginesCpu;
    const split = `CPU: our ingest ${ingest.cpuSeconds.toFixed(1)} s, the stand-ins ${standInCpu.toFixed(1)} s, of ${ingest.seconds.toFixed(1)} s`;
    console.log(
      `ingest (S3 → DynamoDB, local) ${shown(ingest)} rows/s  peak RSS ${ingest.maxRssMb.toFixed(0)} MB  (${ingest.seconds.toFixed(1)} s for ${ingest.rows.toLocaleString('en-GB')} rows; one run; ${split})`,
    );
    figures.push(
      figure({
        name: 'CSV load (S3 → DynamoDB stand-in)',
        value: rate(ingest),
        unit: 'rows/s',
        runs: 1,
        note: `one run of ${ingest.rows.toLocaleString('en-GB')} rows; ${split}`,
      }),
      figure({
        name: 'CSV load peak RSS',
        value: ingest.maxRssMb,
        unit: 'MB',
        runs: 1,
        budget: { on: 'value', max: 256 },
      }),
    );
    record('rows', `BENCH_ROWS=${rows} tsx bench/datasets.ts`, figures);
  } finally {
    engines.kill('SIGTERM');
    await once(engines, 'exit');
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
