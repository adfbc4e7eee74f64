/**
 * The rows benches' measured tasks, each in a fresh process so its peak RSS is its own, run from
 * bench/dataset-worker.ts compiled to plain JavaScript (as in Lambda): parse, validate, the items
 * a table's rows make, and the real ingest on the local engines, which run in a process of their own.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { localClients } from '../infra/local/local-clients.ts';
import { repoRoot } from '../infra/local/paths.ts';
import { localNames } from '../infra/local/provision.ts';
import { median } from './results.ts';
import type { Items } from './row-items.ts';

export interface Measure {
  readonly rows: number;
  readonly seconds: number;
  readonly maxRssMb: number;
  /** The task's own user and system CPU seconds. */
  readonly cpuSeconds: number;
}

export interface LoadMeasure extends Measure {
  /** CPU seconds the stand-ins' process spent meanwhile. */
  readonly standInCpuSeconds: number;
}

/**
 * The V8 heap is capped well under the 256 MB target, so a task that held its rows would fail
 * rather than merely show a high RSS; RSS above the heap is code, buffers and sockets.
 */
export const heapCapMb = 128;

/** BENCH_CPU_PROF=1 writes each task's CPU profile to .local/bench/profiles (for Chrome DevTools). */
const profiling = process.env.BENCH_CPU_PROF
  ? ['--cpu-prof', `--cpu-prof-dir=${join(repoRoot, '.local', 'bench', 'profiles')}`]
  : [];

const env = { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };

/** A process's user and system CPU seconds so far, from Linux's /proc (0 elsewhere). */
const cpuSecondsOf = async (pid: number | undefined): Promise<number> => {
  try {
    const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]?.split(' ') ?? [];
    // utime and stime (fields 14 and 15 of stat; 11 and 12 after the name), in 1/100 s.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
};

const firstLine = async (child: ChildProcess): Promise<string> => {
  let out = '';
  for await (const chunk of child.stdout ?? []) {
    out += String(chunk);
    if (out.includes('\n')) return out.slice(0, out.indexOf('\n'));
  }
  throw new Error(`worker ended without output (exit ${child.exitCode})`);
};

/** The tasks of the compiled worker at `compiled`. */
export const datasetTasks = (compiled: string) => {
  const run = (args: string[]): ChildProcess =>
    spawn(
      process.execPath,
      [`--max-old-space-size=${heapCapMb}`, ...profiling, compiled, ...args],
      {
        cwd: repoRoot,
        env,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
  const answer = async <T>(args: string[]): Promise<T> => {
    const child = run(args);
    const line = await firstLine(child);
    await once(child, 'exit');
    return JSON.parse(line) as T;
  };
  const measure = (args: string[]) => answer<Measure>(args);
  return {
    measure,
    /** Median of `times` fresh runs. */
    medianOf: async (args: string[], times: number): Promise<Measure> => {
      const runs: Measure[] = [];
      for (let index = 0; index < times; index++) runs.push(await measure(args));
      return {
        rows: runs[0]?.rows ?? 0,
        seconds: median(runs.map((r) => r.seconds)),
        maxRssMb: median(runs.map((r) => r.maxRssMb)),
        cpuSeconds: median(runs.map((r) => r.cpuSeconds)),
      };
    },
    /** The first 1,000 rows as the row store writes them, and in other layouts. */
    items: (file: string) => answer<Items>(['items', file]),
    /**
     * Uploads `file` to the local engines (started in their own process on disk under `dir`) and
     * ingests it as the ingest function does: once, since it writes every row.
     */
    load: async (file: string, contentType: string, dir: string): Promise<LoadMeasure> => {
      await mkdir(dir, { recursive: true });
      const engines = spawn(
        process.execPath,
        ['--import', 'tsx', join(repoRoot, 'bench', 'dataset-worker.ts'), 'engines', dir],
        { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'inherit'] },
      );
      try {
        const endpoints = JSON.parse(await firstLine(engines)) as {
          dynamoEndpoint: string;
          s3Endpoint: string;
        };
        const key = `uploads/datasets/load-bench${file.slice(file.lastIndexOf('.'))}`;
        const s3 = localClients(endpoints).s3;
        await s3.send(
          new PutObjectCommand({
            Bucket: localNames('bench').uploadBucket,
            Key: key,
            Body: await readFile(file),
            ContentType: contentType,
          }),
        );
        s3.destroy();
        const before = await cpuSecondsOf(engines.pid);
        const ingest = await measure(['ingest', JSON.stringify(endpoints), key]);
        return { ...ingest, standInCpuSeconds: (await cpuSecondsOf(engines.pid)) - before };
      } finally {
        engines.kill('SIGTERM');
        await once(engines, 'exit');
      }
    },
  };
};
