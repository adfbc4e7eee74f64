import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../infra/local/paths.ts';
import { historyDriver, paperText } from '../support/history-stack.ts';
import { type TestStack, testStack } from '../support/test-stack.ts';

let stack: TestStack;

beforeAll(async () => {
  stack = await testStack();
});

const current = async (kind: 'paper' | 'dataset', id: string) => {
  const latest = await stack.root.ingest.versions.latest(kind, id);
  return latest && (await stack.root.ingest.versions.get(kind, id, latest.current));
};

/** Uploads and ingests one object; the ingest log entry it made. */
const upload = async (
  run: ReturnType<typeof historyDriver>,
  key: string,
  body: string,
  metadata?: Record<string, string>,
) => {
  await run.put(key, body, metadata);
  run.tick();
  return run.ingest(run.event(key));
};

const remove = async (run: ReturnType<typeof historyDriver>, key: string) => {
  await run.remove(key);
  run.tick();
  return run.ingest(run.event(key, { eventName: 'ObjectRemoved:Delete' }));
};

describe('no upload silently overwrites another key’s record', () => {
  it('rejects collide-me.txt, whose slug is the id Collide Me.md published, naming the way to replace it', async () => {
    // Prepare
    const run = historyDriver(stack);
    await upload(run, 'uploads/papers/Collide Me.md', paperText('the original'));

    // Act
    const second = await upload(run, 'uploads/papers/collide-me.txt', paperText('another paper'));

    // Assess
    expect(second).toMatchObject({ outcome: 'rejected', reason: { code: 'id-taken' } });
    expect(second.reason?.message).toContain('uploads/papers/Collide Me.md');
    expect(second.reason?.message).toContain('x-amz-meta-replaces: collide-me');
    expect(await current('paper', 'collide-me')).toMatchObject({
      version: 1,
      sourceKey: 'uploads/papers/Collide Me.md',
    });
  });

  it('rejects an upload whose metadata id is another key’s record, and deleting it withdraws nothing', async () => {
    // Prepare
    const run = historyDriver(stack);
    await upload(run, 'uploads/papers/sample-agenda.md', paperText('the sample agenda pack'));
    const note = await upload(run, 'uploads/papers/short-note.md', paperText('a 3-line note'), {
      id: 'sample-agenda',
    });

    // Act
    const removal = await remove(run, 'uploads/papers/short-note.md');

    // Assess
    expect(note).toMatchObject({ outcome: 'rejected', reason: { code: 'id-taken' } });
    expect(removal.outcome).toBe('skipped');
    expect(await current('paper', 'sample-agenda')).toMatchObject({
      version: 1,
      status: 'published',
      sourceKey: 'uploads/papers/sample-agenda.md',
    });
  });

  it('makes the next version of the record when the upload says it replaces it', async () => {
    // Prepare
    const run = historyDriver(stack);
    await upload(run, 'uploads/papers/Old Name.md', paperText('as first filed'));

    // Act
    const replacing = await upload(run, 'uploads/papers/new-name.md', paperText('as refiled'), {
      replaces: 'old-name',
    });

    // Assess
    expect(replacing).toMatchObject({ outcome: 'accepted', id: 'old-name', version: 2 });
    expect(await current('paper', 'old-name')).toMatchObject({
      version: 2,
      sourceKey: 'uploads/papers/new-name.md',
    });
  });

  it('withdraws nothing when the key a record has moved away from is deleted', async () => {
    // Prepare
    const run = historyDriver(stack);
    await upload(run, 'uploads/papers/moved-from.md', paperText('before the move'));
    await upload(run, 'uploads/papers/moved-to.md', paperText('after the move'), {
      replaces: 'moved-from',
    });

    // Act
    const removal = await remove(run, 'uploads/papers/moved-from.md');

    // Assess
    expect(removal).toMatchObject({ outcome: 'skipped', reason: { code: 'removed-elsewhere' } });
    expect(await current('paper', 'moved-from')).toMatchObject({
      status: 'published',
      sourceKey: 'uploads/papers/moved-to.md',
    });
  });

  it('rejects a replaces header that names no record', async () => {
    // Prepare
    const run = historyDriver(stack);

    // Act
    const entry = await upload(run, 'uploads/papers/typo.md', paperText('typo'), {
      replaces: 'no-such-record',
    });

    // Assess
    expect(entry).toMatchObject({ outcome: 'rejected', reason: { code: 'invalid-replaces' } });
    expect(await current('paper', 'no-such-record')).toBeUndefined();
  });
});

describe('a paper’s table datasets belong to the paper', () => {
  const tablesPaper = () => readFile(join(repoRoot, 'seeds/002_d1557ae21bff9908.txt'), 'utf8');

  it('rejects a dataset upload with a table’s id, even one that says it replaces it', async () => {
    // Prepare
    const run = historyDriver(stack);
    await upload(run, 'uploads/papers/derived-owner.txt', await tablesPaper());
    const table = await current('dataset', 'derived-owner-table-1');

    // Act
    const plain = await upload(run, 'uploads/datasets/derived-owner-table-1.csv', 'a,b\n1,2\n');
    const replacing = await upload(run, 'uploads/datasets/other.csv', 'a,b\n3,4\n', {
      replaces: 'derived-owner-table-1',
    });

    // Assess
    expect(table).toMatchObject({ origin: 'paper', version: 1 });
    expect(plain).toMatchObject({ outcome: 'rejected', reason: { code: 'derived-record' } });
    expect(replacing).toMatchObject({ outcome: 'rejected', reason: { code: 'derived-record' } });
    expect(await current('dataset', 'derived-owner-table-1')).toEqual(table);
  });

  it('leaves an uploaded dataset alone when a paper’s table would take its id', async () => {
    // Prepare
    const run = historyDriver(stack);
    await upload(run, 'uploads/datasets/squatter-table-1.csv', 'ward,count\nTring,3\n');
    const uploaded = await current('dataset', 'squatter-table-1');

    // Act
    const paper = await upload(run, 'uploads/papers/squatter.txt', await tablesPaper());

    // Assess
    expect(paper).toMatchObject({ outcome: 'accepted', id: 'squatter' });
    expect(await current('dataset', 'squatter-table-1')).toEqual(uploaded);
  });
});
