import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../infra/local/paths.ts';
import { uploadSeeds } from '../../infra/local/seeds.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { type AnnouncedStack, announcedStack } from '../support/announced-stack.ts';

const run = promisify(execFile);
let harness: AnnouncedStack;
let stack: LocalStack;

beforeAll(async () => {
  harness = await announcedStack();
  stack = harness.stack;
});

afterAll(() => harness.stop());

const api = async (path: string, init?: RequestInit) => {
  const response = await fetch(`${stack.apiUrl}${path}`, init);
  return { status: response.status, headers: response.headers, text: await response.text() };
};

const cli = (...args: string[]) => harness.cli(...args);

describe('the local stack, as npm start runs it', () => {
  it('ingests the seeds through S3 notifications and serves them over HTTP', async () => {
    const first = await uploadSeeds(
      stack.clients.s3,
      stack.names.uploadBucket,
      join(repoRoot, 'seeds'),
    );
    await stack.queue.whenIdle();
    const again = await uploadSeeds(
      stack.clients.s3,
      stack.names.uploadBucket,
      join(repoRoot, 'seeds'),
    );

    expect(first.uploaded).toHaveLength(5);
    expect(again).toEqual({ uploaded: [], unchanged: first.uploaded });
    const list = await api('/v1/papers');
    expect(list.status).toBe(200);
    // Seeds named by hashes get ids read from the papers (body, date, title), not their file names.
    const ids = JSON.parse(list.text).items.map((item: { id: string }) => item.id);
    expect(ids).toHaveLength(5);
    expect(ids.filter((id: string) => /^\d{3}_[0-9a-f]{16}$/.test(id))).toEqual([]);
  });

  it('ingests an upload from any S3 client, with genuine event keys', async () => {
    await stack.clients.s3.send(
      new PutObjectCommand({
        Bucket: stack.names.uploadBucket,
        Key: 'uploads/papers/Budget 2024+25.html',
        Body: '<html><body><h1>Budget Report to Council</h1><p>Date: 22 February 2024</p></body></html>',
      }),
    );
    await stack.queue.whenIdle();
    const paper = JSON.parse((await api('/v1/papers/budget-2024-25')).text);
    expect(paper).toMatchObject({
      format: 'html',
      title: 'Budget Report to Council',
      meetingDate: '2024-02-22',
    });
    expect(paper.body).not.toContain('<h1>');
  });

  it('ignores objects outside the upload areas, as the notification filter does', async () => {
    await stack.clients.s3.send(
      new PutObjectCommand({
        Bucket: stack.names.uploadBucket,
        Key: 'notes/readme.txt',
        Body: 'x',
      }),
    );
    await stack.queue.whenIdle();
    expect(
      (await stack.root.ingest.log.recent(100)).some((entry) => entry.key === 'notes/readme.txt'),
    ).toBe(false);
  });

  it('answers errors as problem+json over HTTP, and HEAD without a body', async () => {
    const missing = await api('/v1/papers/nope');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    const head = await api('/health', { method: 'HEAD' });
    expect(head).toMatchObject({ status: 200, text: '' });
  });

  it('uploads with the CLI, which finds the stack and reports the outcome', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cli-'));
    const paper = join(dir, 'Planning Minutes.md');
    const junk = join(dir, 'junk.txt');
    await writeFile(paper, '# Minutes of the Planning Committee\n\nHeld on 3 March 2024\n');
    await writeFile(junk, Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));

    const good = await cli('upload', paper);
    const bad = await cli('upload', junk);
    const status = await cli('status', '--limit', '2');

    expect(good.stdout).toMatch(
      /accepted\s+uploads\/papers\/Planning Minutes\.md\s+→\s+paper planning-minutes v1/,
    );
    expect('code' in good ? good.code : 0).toBe(0);
    expect(bad).toMatchObject({ code: 1 });
    expect(bad.stdout).toMatch(/rejected .*junk\.txt.*binary/);
    // Two entries; the paper's says what was read from it.
    expect(status.stdout.split('\n').filter((line) => /^\d{4}-/.test(line))).toHaveLength(2);
    expect(good.stdout).toMatch(
      /read: minutes · Planning Committee · 2024-03-03 · 0 items, 0 attendees, 0 decisions/,
    );
    await rm(dir, { recursive: true, force: true });
  });

  it('says how to start a stack when none is running', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'none-'));
    const result = await run(
      process.execPath,
      [join(repoRoot, 'bin/council-papers.js'), 'status'],
      {
        env: { ...process.env, COUNCIL_PAPERS_STACKS_DIR: empty },
      },
    ).catch((error: { stderr: string; code: number }) => error);
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining('npm start') });
    await rm(empty, { recursive: true, force: true });
  });
});
