/**
 * Scale bench (`npm run bench`, or `tsx bench/scale.ts`): a council's archive ingested through the
 * local stack (`npm start`'s: the real ingest and API handlers, S3 notifications into a queue, on
 * the embedded S3 and DynamoDB stand-ins), in two steps so the growth shows: a tenth of the archive
 * first, then the rest. At each step:
 *   - ingest: every paper's versions uploaded and ingested end to end, in ms per paper version,
 *     against the floor of one S3 put (the same bytes) and one PutItem (its version record) per
 *     paper on the same stand-ins, at the queue's batch concurrency, measured in the same run;
 *   - API pages (list, record, version, meeting, search, rows, and the DCAT catalogue): p50/p99 and
 *     requests/s at 16 and 64 keep-alive connections, from a load client in its own process,
 *     against a bare `node:http` server (its own process) answering the same bytes; runs interleaved.
 * Knobs: BENCH_PAPERS (10,000), BENCH_DATASETS (500), BENCH_VERSIONS (3 per paper),
 * BENCH_LOAD_SECONDS (2 per run), BENCH_LOAD_RUNS (5), BENCH_FLOOR_PAPERS (300 per floor run).
 */
import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { InitializeMiddleware, MetadataBearer } from '@smithy/types';
import type { Logger } from '../functions/ports/logger.ts';
import { startLocalStack } from '../infra/local/stack.ts';
import type { BareOrder, LoadOrder, LoadResult } from './load-worker.ts';
import { type Figure, figure, median, record } from './results.ts';
import { type ArchivePaper, archiveDataset, archivePapers } from './scale-archive.ts';

const papersFull = Number(process.env.BENCH_PAPERS ?? 10_000);
const datasetsFull = Number(process.env.BENCH_DATASETS ?? 500);
const versions = Number(process.env.BENCH_VERSIONS ?? 3);
const loadSeconds = Number(process.env.BENCH_LOAD_SECONDS ?? 2);
const loadRuns = Number(process.env.BENCH_LOAD_RUNS ?? 5);
const floorPapers = Number(process.env.BENCH_FLOOR_PAPERS ?? 300);
const floorRuns = 5;
const seed = 20_240_509;
/** The queue delivers batches of ten, which the ingest handler works on at once. */
const concurrency = 10;
const connectionCounts = [16, 64] as const;
const steps = [
  { papers: Math.ceil(papersFull / 10), datasets: Math.ceil(datasetsFull / 10) },
  { papers: papersFull, datasets: datasetsFull },
];

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Failures the handlers log: a bench whose ingests failed measures nothing. */
const failures: string[] = [];
const logger: Logger = {
  info: () => {},
  warn: () => {},
  error: (message, fields) => {
    failures.push(`${message} ${JSON.stringify(fields)?.slice(0, 300)}`);
  },
};

// The gateway throttles a client address as the AWS stage does (200 requests/s): every request
// here comes from one address, so the bench lifts it, or a fast page measures its 429s.
const stack = await startLocalStack({
  port: 0,
  logger,
  namespace: 'scale',
  apiThrottle: { ratePerSecond: 1e9, burst: 1e9 },
});
const { s3 } = stack.clients;
const { uploadBucket, archiveBucket, recordsTable } = stack.names;

/**
 * Storage calls the handlers make, by command: unlike times on a shared machine, a count does not
 * vary from run to run, and shows plainly what grows with the archive.
 */
const calls = new Map<string, number>();
const counter: InitializeMiddleware<object, MetadataBearer> = (next, context) => (args) => {
  const name = context.commandName ?? 'unknown';
  calls.set(name, (calls.get(name) ?? 0) + 1);
  return next(args);
};
s3.middlewareStack.add(counter, { step: 'initialize', name: 'benchCallCounter' });
stack.clients.dynamo.middlewareStack.add(counter, { step: 'initialize', name: 'benchCallCounter' });
const countCalls = async (work: () => Promise<unknown>, times: number) => {
  calls.clear();
  for (let n = 0; n < times; n++) await work();
  const each = [...calls].map(
    ([name, count]) => [name.replace(/Command$/, ''), count / times] as const,
  );
  calls.clear();
  return {
    total: each.reduce((sum, [, count]) => sum + count, 0),
    detail: each.map(([name, count]) => `${name} ${fmt(count, 1)}`).join(', '),
  };
};

/** Runs `work` over `items`, `limit` at a time. */
const pool = async <T>(items: readonly T[], limit: number, work: (item: T) => Promise<unknown>) => {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++] as T);
    }),
  );
};

const upload = (key: string, body: string) =>
  s3.send(new PutObjectCommand({ Bucket: uploadBucket, Key: key, Body: body }));

/** Uploads each round of versions and waits until the stack has ingested it; returns ms. */
const ingestPapers = async (papers: readonly ArchivePaper[]): Promise<number> => {
  calls.clear();
  const started = performance.now();
  for (let version = 0; version < versions; version++) {
    await pool(papers, concurrency, (paper) => upload(paper.key, paper.versions[version] ?? ''));
    await stack.queue.whenIdle();
  }
  return performance.now() - started;
};

const ingestDatasets = async (from: number, to: number): Promise<{ ms: number; rows: number }> => {
  const datasets = Array.from({ length: to - from }, (_, n) => archiveDataset(from + n, seed));
  const rows = datasets.reduce((sum, dataset) => sum + dataset.csv.split('\n').length - 2, 0);
  const started = performance.now();
  await pool(datasets, concurrency, (dataset) => upload(dataset.key, dataset.csv));
  await stack.queue.whenIdle();
  return { ms: performance.now() - started, rows };
};

/** The floor: one S3 put of a paper's bytes and one PutItem of its version record, per paper. */
const floorRun = async (papers: readonly ArchivePaper[], item: Record<string, unknown>) => {
  const sample = papers.slice(0, floorPapers);
  const started = performance.now();
  await pool(sample, concurrency, async (paper) => {
    await s3.send(
      new PutObjectCommand({
        Bucket: archiveBucket,
        Key: `bench-floor/${paper.id}`,
        Body: paper.versions[0],
      }),
    );
    await stack.clients.dynamo.send(
      new PutCommand({
        TableName: recordsTable,
        Item: { ...item, pk: `floor#${paper.id}`, sk: 'floor' },
      }),
    );
  });
  return (performance.now() - started) / sample.length;
};

const loadWorker = join(import.meta.dirname, 'load-worker.ts');
const forkWorker = (role: string): ChildProcess =>
  fork(loadWorker, [role], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
const ask = async <T>(child: ChildProcess, order: unknown): Promise<T> => {
  const answer = once(child, 'message');
  child.send(order as object);
  return (await answer)[0] as T;
};

const client = forkWorker('client');
const bare = forkWorker('bare');
const barePort = ((await once(bare, 'message'))[0] as { port: number }).port;

const accept = { accept: 'application/json' };
const skipped = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

/** The pages, by name, with the path each asks for (found from the archive as it stands). */
const pages = async (): Promise<[string, string][]> => {
  const get = async (path: string) =>
    (await (await fetch(`${stack.apiUrl}${path}`, { headers: accept })).json()) as {
      items: Record<string, string>[];
    };
  const meeting = (await get('/v1/meetings?limit=1')).items[0]?.meetingId;
  const dataset = (await get('/v1/datasets?limit=1')).items[0]?.id;
  // A paper of the first step: the same record is asked for at every size.
  const paper = `scale-${String(Math.floor((steps[0]?.papers ?? 1) / 2)).padStart(6, '0')}`;
  return [
    ['list', '/v1/papers?limit=20'],
    ['record', `/v1/papers/${paper}`],
    ['version', `/v1/papers/${paper}/versions/1`],
    ['meeting', `/v1/meetings/${meeting}`],
    ['search', '/v1/search?q=planning+application&limit=20'],
    ['rows', `/v1/datasets/${dataset}/rows?limit=20`],
    ['catalog', '/v1/catalog?limit=20'],
  ];
};

interface PageFigures {
  api: LoadResult[];
  bare: LoadResult[];
  /** Storage calls one request makes. */
  calls: { total: number; detail: string };
}

const measurePage = async (path: string, connections: number): Promise<PageFigures> => {
  const response = await fetch(`${stack.apiUrl}${path}`, { headers: accept });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${body}`);
  const headers = Object.fromEntries(
    [...response.headers].filter(([name]) => !skipped.has(name) && name !== 'content-encoding'),
  );
  await ask(bare, { status: 200, headers, body } satisfies BareOrder);
  const order = (base: string): LoadOrder => ({
    url: `${base}${path}`,
    headers: accept,
    connections,
    seconds: loadSeconds,
  });
  const result: PageFigures = {
    api: [],
    bare: [],
    calls: await countCalls(
      () => fetch(`${stack.apiUrl}${path}`, { headers: accept }).then((r) => r.text()),
      10,
    ),
  };
  for (let run = 0; run < loadRuns; run++) {
    result.api.push(await ask<LoadResult>(client, order(stack.apiUrl)));
    result.bare.push(await ask<LoadResult>(client, order(`http://127.0.0.1:${barePort}`)));
  }
  return result;
};

const figures: Figure[] = [];
const growth = new Map<string, number[]>();
/** Storage calls per request, by page, at each step (the same at both connection counts). */
const callGrowth = new Map<string, number[]>();
let ingested = 0;
let datasetsIngested = 0;
try {
  for (const step of steps) {
    const label = `${fmt(step.papers)} papers`;
    const papers = [...archivePapers(ingested, step.papers, versions, seed)];
    const bytes = papers.reduce((sum, paper) => sum + (paper.versions[0]?.length ?? 0), 0);
    console.log(
      `scale: ${label} (${fmt(papers.length)} more, ${fmt(bytes / papers.length / 1024, 1)} KB each on average, ${versions} versions), ${fmt(step.datasets)} datasets`,
    );
    const ingestMs = await ingestPapers(papers);
    const ingestCalls = [...calls].map(
      ([name, count]) =>
        `${name.replace(/Command$/, '')} ${fmt(count / (papers.length * versions), 1)}`,
    );
    const newDatasets = step.datasets - datasetsIngested;
    const data = await ingestDatasets(datasetsIngested, step.datasets);
    ingested = step.papers;
    datasetsIngested = step.datasets;
    if (failures.length > 0) throw new Error(`ingest failed:\n${failures.slice(0, 5).join('\n')}`);
    const perPaper = ingestMs / (papers.length * versions);
    const item = (await stack.root.ingest.versions.latest('paper', papers[0]?.id ?? '')) ?? {};
    const floors: number[] = [];
    for (let run = 0; run < floorRuns; run++) floors.push(await floorRun(papers, { ...item }));
    const floor = median(floors);
    figures.push(
      figure({
        name: `ingest, ${label}`,
        value: perPaper,
        unit: 'ms/paper version',
        runs: 1,
        floor: { name: 'S3 put + PutItem', value: floor },
        budget: { on: 'ratio', max: 2 },
        note: `${fmt(1000 / perPaper, 1)} paper versions/s end to end over ${fmt(papers.length * versions)} (one run); floor median of ${floorRuns} runs of ${Math.min(floorPapers, papers.length)} papers; storage calls per paper version (the floor makes 2, uploads included here): ${ingestCalls.join(', ')}`,
      }),
      figure({
        name: `ingest datasets, ${fmt(step.datasets)} datasets`,
        value: data.ms / newDatasets,
        unit: 'ms/dataset',
        runs: 1,
        note: `${fmt(data.rows / (data.ms / 1000))} rows/s over ${fmt(data.rows)} rows (one run)`,
      }),
    );
    console.log(`  storage calls per paper version: ${ingestCalls.join(', ')}`);
    console.log(
      `  ingest ${fmt(perPaper, 1)} ms/paper version (${fmt(1000 / perPaper, 1)}/s), floor ${fmt(floor, 2)} ms (ratio ${fmt(perPaper / floor, 1)}); datasets ${fmt(data.ms / 1000, 1)} s for ${fmt(data.rows)} rows`,
    );

    for (const [name, path] of await pages()) {
      for (const connections of connectionCounts) {
        const result = await measurePage(path, connections);
        const api = {
          rate: median(result.api.map((r) => r.rate)),
          p50: median(result.api.map((r) => r.p50)),
          p99: median(result.api.map((r) => r.p99)),
          errors: result.api.reduce((sum, r) => sum + r.errors, 0),
          statuses: result.api
            .flatMap((r) => Object.entries(r.statuses))
            .reduce<Record<string, number>>((all, [status, count]) => {
              all[status] = (all[status] ?? 0) + count;
              return all;
            }, {}),
        };
        const errors = api.errors
          ? `; ${api.errors} errors (${Object.entries(api.statuses)
              .map(([status, count]) => `${status}: ${count}`)
              .join(', ')})`
          : '';
        const floorRate = median(result.bare.map((r) => r.rate));
        const bareP99 = median(result.bare.map((r) => r.p99));
        const key = `${name}@${connections}`;
        growth.set(key, [...(growth.get(key) ?? []), api.p50]);
        if (connections === connectionCounts[0])
          callGrowth.set(name, [...(callGrowth.get(name) ?? []), result.calls.total]);
        figures.push(
          figure({
            name: `${name} p99 @${connections}, ${label}`,
            value: api.p99,
            unit: 'ms',
            runs: loadRuns,
            ...(connections === 16 && { budget: { on: 'value', max: 20 } }),
            note: `p50 ${fmt(api.p50, 1)} ms; bare server p99 ${fmt(bareP99, 1)} ms; storage calls per request ${fmt(result.calls.total, 1)} (${result.calls.detail})${errors}`,
          }),
          figure({
            name: `${name} req/s @${connections}, ${label}`,
            value: api.rate,
            unit: 'req/s',
            runs: loadRuns,
            floor: { name: 'bare node:http, same bytes', value: floorRate },
            budget: { on: 'ratio', min: 0.5 },
          }),
        );
        console.log(
          `  ${name.padEnd(8)} @${String(connections).padEnd(2)} ${fmt(api.rate).padStart(6)} req/s (bare ${fmt(floorRate)}, ratio ${fmt(api.rate / floorRate, 3)})  p50 ${fmt(api.p50, 1)} ms  p99 ${fmt(api.p99, 1)} ms${errors}  ${fmt(result.calls.total, 1)} calls (${result.calls.detail})  ${path}`,
        );
      }
    }
  }
  for (const [key, [small, large]] of growth)
    if (small !== undefined && large !== undefined)
      figures.push(
        figure({
          name: `${key} p50 growth ${fmt(steps[0]?.papers ?? 0)} → ${fmt(papersFull)} papers`,
          value: large / small,
          unit: '×',
          runs: loadRuns,
          budget: { on: 'value', max: 1.5 },
          note: 'p50 at the full archive over p50 at a tenth of it (flat is 1)',
        }),
      );
  for (const [name, [small, large]] of callGrowth)
    if (small !== undefined && large !== undefined)
      figures.push(
        figure({
          name: `${name} storage calls growth ${fmt(steps[0]?.papers ?? 0)} → ${fmt(papersFull)} papers`,
          value: large / small,
          unit: '×',
          runs: 10,
          budget: { on: 'value', max: 1 },
          note: `${fmt(small, 1)} → ${fmt(large, 1)} calls per request: unlike times, not moved by the machine's load`,
        }),
      );
  record(
    'scale',
    `BENCH_PAPERS=${papersFull} BENCH_DATASETS=${datasetsFull} BENCH_VERSIONS=${versions} tsx bench/scale.ts`,
    figures,
  );
} finally {
  client.kill();
  bare.kill();
  await stack.stop();
}
