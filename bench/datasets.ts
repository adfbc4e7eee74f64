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

const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
const worker = join(repoRoot, 'bench', 'dataset-worker.ts');

interface Measure {
  rows: number;
  seconds: number;
  maxRssMb: number;
}

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

const run = (args: string[]): ChildProcess =>
  spawn(process.execPath, [`--max-old-space-size=${heapCapMb}`, compiled, ...args], {
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

const measure = async (args: string[]): Promise<Measure> => {
  const child = run(args);
  const line = await firstLine(child);
  await once(child, 'exit');
  return JSON.parse(line) as Measure;
};

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const medianOf = async (args: string[], times: number): Promise<Measure> => {
  const runs: Measure[] = [];
  for (let index = 0; index < times; index++) runs.push(await measure(args));
  return {
    rows: runs[0]?.rows ?? 0,
    seconds: median(runs.map((r) => r.seconds)),
    maxRssMb: median(runs.map((r) => r.maxRssMb)),
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

  const parse = await medianOf(['parse', file], 3);
  const validate = await medianOf(['validate', file], 3);
  const rate = (m: Measure) => Math.round(m.rows / m.seconds).toLocaleString('en-GB');
  console.log(
    `csv-parse alone (baseline)   ${rate(parse)} rows/s  peak RSS ${parse.maxRssMb.toFixed(0)} MB`,
  );
  console.log(
    `validate (stream, no store)  ${rate(validate)} rows/s  peak RSS ${validate.maxRssMb.toFixed(0)} MB  (ratio to csv-parse ${(parse.seconds / validate.seconds).toFixed(3)})`,
  );

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
    const ingest = await measure(['ingest', JSON.stringify(endpoints), key]);
    console.log(
      `ingest (S3 → DynamoDB, local) ${rate(ingest)} rows/s  peak RSS ${ingest.maxRssMb.toFixed(0)} MB  (${ingest.seconds.toFixed(1)} s for ${ingest.rows.toLocaleString('en-GB')} rows; one run)`,
    );
  } finally {
    engines.kill('SIGTERM');
    await once(engines, 'exit');
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
