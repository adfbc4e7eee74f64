import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../functions/adapters/observability/silent.ts';
import type { IngestEntry } from '../../functions/ports/ingest-log.ts';
import { rowsetOf } from '../../functions/ports/row-store.ts';
import { startEngines } from '../../infra/local/engines.ts';
import { localClients } from '../../infra/local/local-clients.ts';
import { type LocalStack, startLocalStack } from '../../infra/local/stack.ts';
import { paperText } from '../support/history-stack.ts';

const folders: string[] = [];
const running: LocalStack[] = [];

afterEach(async () => {
  for (const stack of running.splice(0)) await stack.stop();
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

const dataFolder = async () => {
  const folder = await mkdtemp(join(tmpdir(), 'durable-'));
  folders.push(folder);
  return folder;
};

const start = async (dataDir?: string) => {
  const stack = await startLocalStack({
    port: 0,
    logger: silentLogger,
    retryDelayMs: () => 10,
    ...(dataDir && { dataDir }),
  });
  running.push(stack);
  return stack;
};

const stop = async (stack: LocalStack) => {
  running.splice(running.indexOf(stack), 1);
  await stack.stop();
};

const put = (stack: LocalStack, key: string, body: string) =>
  stack.clients.s3.send(
    new PutObjectCommand({
      Bucket: stack.names.uploadBucket,
      Key: key,
      Body: body,
      ContentType: 'text/plain',
    }),
  );

const entriesOf = async (stack: LocalStack, key: string): Promise<IngestEntry[]> =>
  (await stack.root.ingest.log.query({ key, limit: 100 })).items.filter(
    (entry) => entry.key === key,
  );

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('every upload is a version, exactly once', () => {
  it('makes 20 versions, in upload order, of 20 uploads to one key 100 ms apart', async () => {
    // Prepare
    const stack = await start();
    const key = 'uploads/papers/rapid-rewrites.txt';
    const bodies = Array.from({ length: 20 }, (_, index) => paperText(`Revision ${index + 1}.`));

    // Act
    for (const body of bodies) {
      await put(stack, key, body);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await stack.queue.whenIdle();

    // Assess
    const versions = (
      await stack.root.ingest.versions.listVersions('paper', 'rapid-rewrites', { limit: 100 })
    ).items;
    expect(versions.map((version) => version.sha256)).toEqual(bodies.map(sha256));
    const entries = await entriesOf(stack, key);
    expect(entries.map((entry) => entry.outcome)).toEqual(Array(20).fill('accepted'));
    // Each event logged with the hash of its own bytes, newest first.
    expect(entries.map((entry) => entry.sha256)).toEqual(bodies.map(sha256).reverse());
  });

  it('adds no version for identical consecutive bytes, and logs them as a duplicate', async () => {
    // Prepare
    const stack = await start();
    const key = 'uploads/papers/same-again.txt';

    // Act
    for (const body of [paperText('one'), paperText('one'), paperText('two')]) {
      await put(stack, key, body);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await stack.queue.whenIdle();

    // Assess
    const versions = (
      await stack.root.ingest.versions.listVersions('paper', 'same-again', { limit: 100 })
    ).items;
    expect(versions.map((version) => version.sha256)).toEqual([
      sha256(paperText('one')),
      sha256(paperText('two')),
    ]);
    expect((await entriesOf(stack, key)).map((entry) => entry.outcome)).toEqual([
      'accepted',
      'duplicate',
      'accepted',
    ]);
  });
});

describe('recovery at start, from the data folder', () => {
  it('queues again an upload stored while no stack was listening (no event, no log entry)', async () => {
    // Prepare
    const dataDir = await dataFolder();
    const first = await start(dataDir);
    const names = first.names;
    await stop(first);
    const engines = await startEngines(dataDir);
    const s3 = localClients(engines).s3;
    await s3.send(
      new PutObjectCommand({
        Bucket: names.uploadBucket,
        Key: 'uploads/papers/while-down.txt',
        Body: paperText('stored while the stack was down'),
      }),
    );
    s3.destroy();
    await engines.close();

    // Act
    const second = await start(dataDir);
    await second.queue.whenIdle();

    // Assess
    expect(second.recovered.reconciled).toEqual(['uploads/papers/while-down.txt']);
    expect(await entriesOf(second, 'uploads/papers/while-down.txt')).toMatchObject([
      { outcome: 'accepted', id: 'while-down', version: 1 },
    ]);
  });

  it('queues nothing again for uploads whose last event is logged', async () => {
    // Prepare
    const dataDir = await dataFolder();
    const first = await start(dataDir);
    await put(first, 'uploads/papers/logged.txt', paperText('logged'));
    await first.queue.whenIdle();
    await stop(first);

    // Act
    const second = await start(dataDir);
    await second.queue.whenIdle();

    // Assess
    expect(second.recovered).toEqual({ redelivered: 0, reconciled: [], sweptRowsets: [] });
    expect(await entriesOf(second, 'uploads/papers/logged.txt')).toHaveLength(1);
  });

  it('sweeps rows no dataset version points at, and keeps those of committed versions', async () => {
    // Prepare
    const dataDir = await dataFolder();
    const first = await start(dataDir);
    await put(first, 'uploads/datasets/kept.csv', 'ward,count\nAylesbury,3\n');
    await first.queue.whenIdle();
    const orphan = rowsetOf('half-written', 'a'.repeat(64));
    await first.root.ingest.rows.write(orphan, [{ rowNumber: 1, values: { ward: 'Tring' } }]);
    await stop(first);

    // Act
    const second = await start(dataDir);

    // Assess
    expect(second.recovered.sweptRowsets).toEqual([orphan]);
    expect((await second.root.api.rows.read(orphan, { limit: 10 })).items).toEqual([]);
    const kept = await second.root.ingest.versions.latest('dataset', 'kept');
    expect((await second.root.api.rows.read(kept?.rowset ?? '', { limit: 10 })).items).toHaveLength(
      1,
    );
  });
});
