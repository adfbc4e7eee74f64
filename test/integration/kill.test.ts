import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prng } from '../../bench/search-corpus.ts';
import { analysePaper } from '../../functions/domain/papers/read-paper.ts';
import type { IngestEntry } from '../../functions/ports/ingest-log.ts';
import { localClients } from '../../infra/local/local-clients.ts';
import { repoRoot } from '../../infra/local/paths.ts';
import { paperText } from '../support/history-stack.ts';
import { noScans } from '../support/page-ocr.ts';

/**
 * Kills the local stack (`npm start` in a child process) with SIGKILL at random points while it
 * ingests papers and datasets, restarts it on the same data folder, and checks that every upload
 * reached exactly one final outcome, that no partial record was ever public, and that
 * `verify --all` passes. KILL_SEED and KILL_POINTS change the run (defaults: 17 and 20).
 */
const seed = Number(process.env.KILL_SEED ?? 17);
const killPoints = Number(process.env.KILL_POINTS ?? 20);

/** Seeded, so a failing run can be replayed with its seed. */
const random = prng(seed);

const run = promisify(execFile);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const sha256 = (bytes: string) => createHash('sha256').update(bytes).digest('hex');

interface Running {
  readonly child: ChildProcess;
  readonly apiUrl: string;
  readonly s3Endpoint: string;
  readonly bucket: string;
  readonly auditToken: string;
  /** What the start said it recovered: redelivered events, requeued uploads, swept rowsets. */
  readonly recovered: readonly [number, number, number];
  output(): string;
}

let dataDir: string;
let stacksDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kill-data-'));
  stacksDir = await mkdtemp(join(tmpdir(), 'kill-stacks-'));
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
  await rm(stacksDir, { recursive: true, force: true });
});

/** Starts `npm start` on the data folder and waits for its banner (the API is listening then). */
const startStack = async (): Promise<Running> => {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'infra/local/start.ts', '--data', dataDir, '--no-seeds'],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        PORT: '0',
        COUNCIL_PAPERS_STACKS_DIR: stacksDir,
        DIGEST_EVERY_MINUTES: '600',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const deadline = Date.now() + 60_000;
  while (!output.includes('verify       npx council-papers verify --all')) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`the stack did not start:\n${output}`);
    await sleep(50);
  }
  const match = (pattern: RegExp) => pattern.exec(output)?.[1] ?? '';
  // The recovery line, when there is one, comes right after the banner.
  await sleep(100);
  const recovered =
    /(\d+) queued event\(s\) redelivered, (\d+) upload\(s\).*?, (\d+) uncommitted/.exec(output);
  return {
    child,
    apiUrl: match(/API +(http:\/\/localhost:\d+)/),
    s3Endpoint: match(/S3 +(http:\/\/127\.0\.0\.1:\d+)/),
    bucket: match(/bucket (\S+)/),
    auditToken: match(/Bearer ([^']+)'/),
    recovered: recovered
      ? [Number(recovered[1]), Number(recovered[2]), Number(recovered[3])]
      : [0, 0, 0],
    output: () => output,
  };
};

const kill = async (stack: Running) => {
  if (stack.child.exitCode !== null) return;
  const exited = new Promise((resolve) => stack.child.once('exit', resolve));
  stack.child.kill('SIGKILL');
  await exited;
};

const stopGracefully = async (stack: Running) => {
  const exited = new Promise((resolve) => stack.child.once('exit', resolve));
  stack.child.kill('SIGTERM');
  await exited;
};

const getJson = async <T>(url: string, init?: RequestInit): Promise<T> => {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
};

const everyItem = async <T>(url: string, init?: RequestInit): Promise<T[]> => {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const separator = url.includes('?') ? '&' : '?';
    const page: { items: T[]; next: string | null } = await getJson(
      `${url}${separator}limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      init,
    );
    items.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return items;
};

interface Upload {
  readonly key: string;
  readonly body: string;
}

/** One CSV of `rows` rows whose bytes differ by `tag`: long enough that kills land mid-rows. */
const csv = (tag: string, rows: number) =>
  `ward,year,count,note\n${Array.from({ length: rows }, (_, row) => `Ward ${row % 37},${2000 + (row % 25)},${row},${tag}`).join('\n')}\n`;

/** The uploads of one round: a paper and a dataset, new keys mostly, some rewrites of a key. */
const roundUploads = (round: number, tablesPaper: string): Upload[] => [
  round === 0
    ? { key: 'uploads/papers/tables-paper.txt', body: tablesPaper }
    : {
        key: `uploads/papers/killed-paper-${round % 7 === 3 ? 1 : round}.txt`,
        body: paperText(`Round ${round}: item ${Math.floor(random() * 1e9)}.`),
      },
  {
    key: `uploads/datasets/killed-dataset-${round % 5 === 4 ? 2 : round}.csv`,
    body: csv(`round-${round}`, 300 + Math.floor(random() * 600)),
  },
];

/**
 * Polls the public API while the stack ingests: every (record, version) it serves is checked
 * once, whole. A dataset version must serve every row it counts; a paper version its record and
 * original. Returns what was seen partial (an empty list when nothing was).
 */
const watchPublic = (apiUrl: () => string | undefined) => {
  const checked = new Set<string>();
  const partial: string[] = [];
  let checks = 0;
  let stopped = false;
  const checkOnce = async (base: string) => {
    const datasets = await everyItem<{ id: string; version: number; rowCount: number }>(
      `${base}/v1/datasets?origin=all`,
    );
    for (const dataset of datasets) {
      const seen = `dataset ${dataset.id} v${dataset.version}`;
      if (checked.has(seen)) continue;
      const rows = await everyItem<{ rowNumber: number }>(
        `${base}/v1/datasets/${dataset.id}/rows?version=${dataset.version}`,
      );
      checks++;
      checked.add(seen);
      if (rows.length !== dataset.rowCount)
        partial.push(`${seen}: ${rows.length} of ${dataset.rowCount} rows`);
    }
    const papers = await everyItem<{ id: string; version: number }>(`${base}/v1/papers`);
    for (const paper of papers) {
      const seen = `paper ${paper.id} v${paper.version}`;
      if (checked.has(seen)) continue;
      const original = await fetch(
        `${base}/v1/papers/${paper.id}/versions/${paper.version}/original`,
      );
      await original.body?.cancel();
      checks++;
      checked.add(seen);
      if (original.status !== 200) partial.push(`${seen}: original answered ${original.status}`);
    }
  };
  const loop = (async () => {
    while (!stopped) {
      const base = apiUrl();
      // A stack killed mid-request refuses the next one: that is not a partial record.
      if (base) await checkOnce(base).catch(() => {});
      await sleep(100);
    }
  })();
  return {
    partial,
    checks: () => checks,
    stop: async () => {
      stopped = true;
      await loop;
    },
  };
};

describe('kill -9 at random points during ingest', () => {
  it(`reaches one final outcome per upload, never shows a partial record, and verifies (${killPoints} kills, seed ${seed})`, async () => {
    // Prepare
    const tablesPaper = await readFile(join(repoRoot, 'seeds/002_d1557ae21bff9908.txt'), 'utf8');
    const tableCount = (await analysePaper(new TextEncoder().encode(tablesPaper), { ocr: noScans }))
      .extraction.tables.length;
    let current: Running | undefined;
    const watcher = watchPublic(() => current?.apiUrl);
    /** Uploads S3 answered: each must reach exactly one final outcome. */
    const made: Upload[] = [];
    /** Uploads a kill left unanswered: stored or not, each reaches at most one. */
    const unanswered: Upload[] = [];
    const kills: { round: number; afterMs: number; ingestedBeforeKill: number }[] = [];
    const restarts: (readonly [number, number, number])[] = [];

    // Act
    for (let round = 0; round < killPoints; round++) {
      current = await startStack();
      restarts.push(current.recovered);
      const s3 = localClients({ s3Endpoint: current.s3Endpoint, dynamoEndpoint: '' }).s3;
      const uploads = roundUploads(round, tablesPaper);
      const puts = uploads.map((upload) =>
        s3
          .send(
            new PutObjectCommand({ Bucket: current?.bucket, Key: upload.key, Body: upload.body }),
          )
          .then(
            () => made.push(upload),
            () => unanswered.push(upload),
          ),
      );
      // Killed while the uploads are ingested (or the last round's redelivered): S3 answered them.
      await Promise.all(puts);
      const afterMs = Math.floor(random() * 3000);
      await sleep(afterMs);
      const ingestedBeforeKill = (current.output().match(/^ingest {3}/gm) ?? []).length;
      await kill(current);
      s3.destroy();
      kills.push({ round, afterMs, ingestedBeforeKill });
    }
    current = await startStack();
    restarts.push(current.recovered);
    const audit = { headers: { authorization: `Bearer ${current.auditToken}` } };
    const finalOf = (entries: IngestEntry[], upload: Upload) =>
      entries.filter((entry) => entry.key === upload.key && entry.sha256 === sha256(upload.body));
    let entries: IngestEntry[] = [];
    for (let waited = 0; waited < 180_000; waited += 500) {
      entries = await everyItem<IngestEntry>(`${current.apiUrl}/v1/audit/ingests`, audit);
      if (made.every((upload) => finalOf(entries, upload).length > 0)) break;
      await sleep(500);
    }
    // Settled: the tables of the last paper versions are published after their log entries.
    await sleep(3000);
    entries = await everyItem<IngestEntry>(`${current.apiUrl}/v1/audit/ingests`, audit);
    await watcher.stop();
    const verify = await run(
      process.execPath,
      [join(repoRoot, 'bin/council-papers.js'), 'verify', '--all'],
      { env: { ...process.env, COUNCIL_PAPERS_STACKS_DIR: stacksDir } },
    ).catch((error: { stdout: string; stderr: string; code: number }) => error);
    const datasets = await everyItem<{ id: string }>(`${current.apiUrl}/v1/datasets?origin=all`);
    // What each upload key holds at the end: its last stored upload, which must have its outcome.
    const s3 = localClients({ s3Endpoint: current.s3Endpoint, dynamoEndpoint: '' }).s3;
    const held: Upload[] = [];
    for (const key of new Set([...made, ...unanswered].map((upload) => upload.key))) {
      // None when the only upload to a key was cut off before it was stored whole.
      const object = await s3
        .send(new GetObjectCommand({ Bucket: current.bucket, Key: key }))
        .catch((error: Error) => {
          if (error.name === 'NoSuchKey') return undefined;
          throw error;
        });
      if (object) held.push({ key, body: (await object.Body?.transformToString()) ?? '' });
    }
    s3.destroy();
    await stopGracefully(current);
    console.info(
      `kill test (seed ${seed}): ${kills.length} kills after ${kills.map((k) => k.afterMs).join(', ')} ms; ` +
        `${made.length} uploads answered, ${unanswered.length} cut off; restarts redelivered ${restarts.map((r) => r[0]).join(', ')} events, ` +
        `requeued ${restarts.reduce((sum, r) => sum + r[1], 0)} uploads, swept ${restarts.reduce((sum, r) => sum + r[2], 0)} rowsets; ` +
        `${watcher.checks()} public versions checked whole`,
    );

    // Assess
    expect(kills).toHaveLength(killPoints);
    // The kills landed mid-ingest, not only between uploads: restarts found work to redeliver.
    expect(restarts.filter((recovered) => recovered[0] > 0).length).toBeGreaterThanOrEqual(
      Math.floor(killPoints / 4),
    );
    const outcomes = made.map((upload) => ({
      key: upload.key,
      outcomes: finalOf(entries, upload).map((entry) => entry.outcome),
    }));
    expect(outcomes.filter((upload) => upload.outcomes.length !== 1)).toEqual([]);
    expect(unanswered.filter((upload) => finalOf(entries, upload).length > 1)).toEqual([]);
    expect(held.filter((upload) => finalOf(entries, upload).length !== 1)).toEqual([]);
    // Every upload's bytes differ from its key's last: each made a version, and says so even when
    // its ingest was redelivered after the version was written.
    expect(outcomes.filter((upload) => upload.outcomes[0] !== 'accepted')).toEqual([]);
    expect(watcher.partial).toEqual([]);
    expect(watcher.checks()).toBeGreaterThan(killPoints);
    expect({ code: 'code' in verify ? verify.code : 0, stdout: verify.stdout }).toMatchObject({
      code: 0,
    });
    // The paper killed mid-way through its tables had them completed by the redelivery.
    expect(datasets.filter((dataset) => /^tables-paper-table-\d+$/.test(dataset.id))).toHaveLength(
      tableCount,
    );
  }, 600_000);
});
