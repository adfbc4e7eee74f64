import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RuntimeConfig } from '../../functions/config/runtime-config.ts';
import { stacksDir } from './paths.ts';

/** What a running local stack tells the CLI about itself. */
export interface StackInfo {
  readonly pid: number;
  readonly startedAt: string;
  readonly apiUrl: string;
  readonly port: number;
  readonly dataDir: string;
  readonly s3Endpoint: string;
  readonly dynamoEndpoint: string;
  readonly names: RuntimeConfig;
  readonly auditToken?: string;
}

const fileFor = (port: number, dir: string) => join(dir, `${port}.json`);

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export const announceStack = async (
  info: StackInfo,
  dir = stacksDir,
): Promise<() => Promise<void>> => {
  await mkdir(dir, { recursive: true });
  const file = fileFor(info.port, dir);
  await writeFile(file, `${JSON.stringify(info, null, 2)}\n`);
  return () => rm(file, { force: true });
};

/** Stacks whose process is still running, newest first; files left by a crashed stack are removed. */
export const liveStacks = async (dir = stacksDir): Promise<StackInfo[]> => {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  const stacks: StackInfo[] = [];
  for (const name of files) {
    const path = join(dir, name);
    try {
      const info = JSON.parse(await readFile(path, 'utf8')) as StackInfo;
      if (alive(info.pid)) stacks.push(info);
      else await rm(path, { force: true });
    } catch {
      await rm(path, { force: true });
    }
  }
  return stacks.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
};
