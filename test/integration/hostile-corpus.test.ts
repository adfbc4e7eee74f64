import { readFile } from 'node:fs/promises';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RecordKind } from '../../functions/config/areas.ts';
import { createIngestHandler } from '../../functions/handlers/ingest.ts';
import type { IngestEntry } from '../../functions/ports/ingest-log.ts';
import { lambdaContext } from '../../infra/local/lambda-context.ts';
import { type HostileCase, hostileCases } from '../fixtures/hostile/generate.ts';
import { s3Record, sqsEvent } from '../support/events.ts';
import { type TestStack, testStack } from '../support/test-stack.ts';

/*
 * The hostile corpus (test/fixtures/hostile/generate.ts) through the ingest handler on the local
 * engines: each file is rejected with its reason or accepted safely, its upload is kept, and every
 * other record's chain head is what it was before.
 */

let stack: TestStack;
let cases: HostileCase[];
let sequence = 0;

const upload = async (hostile: HostileCase) => {
  await stack.clients.s3.send(
    new PutObjectCommand({
      Bucket: stack.names.uploadBucket,
      Key: hostile.key,
      Body: hostile.bytes,
      Metadata: hostile.metadata ? { ...hostile.metadata } : undefined,
    }),
  );
  sequence++;
  return s3Record({
    bucket: stack.names.uploadBucket,
    key: hostile.key,
    sequencer: sequence.toString(16).toUpperCase().padStart(18, '0'),
  });
};

const ingest = (...records: Awaited<ReturnType<typeof upload>>[]) =>
  createIngestHandler(() => stack.root)(sqsEvent(...records), lambdaContext('ingest'));

/** Every record's chain head, by kind and id. */
const chainHeads = async (): Promise<Map<string, string>> => {
  const heads = new Map<string, string>();
  for (const kind of ['paper', 'dataset'] as RecordKind[]) {
    let cursor: string | undefined;
    do {
      const page = await stack.root.ingest.versions.listChainHeads(kind, { limit: 100, cursor });
      for (const head of page.items)
        heads.set(`${kind}/${head.id}`, `${head.version} ${head.chainHash}`);
      cursor = page.next ?? undefined;
    } while (cursor);
  }
  return heads;
};

const logged = async (key: string): Promise<IngestEntry | undefined> =>
  (await stack.root.ingest.log.query({ key, limit: 10 })).items.find((entry) => entry.key === key);

const archived = async (key: string): Promise<string> => {
  const object = await stack.clients.s3.send(
    new GetObjectCommand({ Bucket: stack.names.archiveBucket, Key: key }),
  );
  return (await object.Body?.transformToString()) ?? '';
};

beforeAll(async () => {
  stack = await testStack();
  cases = await hostileCases();
  // Records that were there before, which no hostile file may change.
  const seed = await readFile(new URL('../../seeds/002_d1557ae21bff9908.txt', import.meta.url));
  await ingest(
    await upload({
      name: 'seed paper',
      key: 'uploads/papers/002_d1557ae21bff9908.txt',
      bytes: seed,
      expect: { outcome: 'accepted' },
    }),
    await upload({
      name: 'seed dataset',
      key: 'uploads/datasets/spend.csv',
      bytes: new TextEncoder().encode('id,amount\n1,10\n2,20\n'),
      expect: { outcome: 'accepted' },
    }),
  );
}, 120_000);

describe('the hostile corpus on the local engines', () => {
  it('is built of the cases the issue names', async () => {
    // Assess
    expect(cases.map((hostile) => hostile.name)).toEqual(
      expect.arrayContaining([
        'a PDF cut short',
        'an encrypted PDF',
        'a PDF of shapes alone, no text and no image',
        'a DOCX with an external entity (XXE) naming /etc/passwd',
        'a DOCX with a billion-laughs entity bomb',
        'HTML with scripts, handlers and an iframe',
        'text that is not valid UTF-8',
        'text with NUL bytes',
        'a CSV of 10,000 columns',
        'a CSV with a 5 MB cell',
        'a key climbing out with ../',
        'a key of 1,000 characters',
      ]),
    );
  });

  it('keeps the ingest within its Lambda memory with three hostile files at once', async () => {
    // Prepare
    const heaviest = cases.filter((hostile) =>
      [
        'a CSV with a 5 MB cell',
        'a CSV of 10,000 columns',
        'a DOCX with a billion-laughs entity bomb',
      ].includes(hostile.name),
    );
    const records = [];
    for (const hostile of heaviest) records.push(await upload(hostile));
    // The process's peak resident set so far (KiB): sampling could miss a peak inside a
    // synchronous parse, the kernel's high-water mark cannot.
    const before = process.resourceUsage().maxRSS * 1024;

    // Act
    const response = await ingest(...records);

    // Assess
    expect(response).toEqual({ batchItemFailures: [] });
    const peak = process.resourceUsage().maxRSS * 1024;
    const mib = (bytes: number) => Math.round(bytes / 1024 / 1024);
    console.info(
      `hostile ingest, three files at once: peak RSS ${mib(peak)} MiB (the peak before them was ${mib(before)} MiB)`,
    );
    // The ingest function has 2,048 MB; this process also holds vitest and the local engines.
    expect(peak).toBeLessThan(2048 * 1024 * 1024);
  }, 300_000);
  it('gives each file a clear rejection or a safe acceptance, keeps its upload and changes no other record', async () => {
    for (const hostile of cases) {
      // Prepare
      const before = await chainHeads();
      const record = await upload(hostile).catch((error: unknown) => {
        throw new Error(`${hostile.name}: ${String(error)}`);
      });

      // Act
      const response = await ingest(record);

      // Assess
      expect(response, hostile.name).toEqual({ batchItemFailures: [] });
      const entry = await logged(hostile.key);
      expect(entry?.outcome, hostile.name).toBe(hostile.expect.outcome);
      if (hostile.expect.outcome === 'rejected')
        expect(entry?.reason?.message, hostile.name).toMatch(hostile.expect.reason);
      await expect(
        stack.clients.s3.send(
          new HeadObjectCommand({ Bucket: stack.names.uploadBucket, Key: hostile.key }),
        ),
        hostile.name,
      ).resolves.toBeDefined();
      const after = await chainHeads();
      const own = entry?.kind && entry.id ? `${entry.kind}/${entry.id}` : undefined;
      for (const [id, head] of before)
        if (id !== own) expect(after.get(id), `${hostile.name}: ${id}`).toBe(head);
      expect([...after.keys()].filter((id) => !before.has(id) && id !== own)).toEqual([]);
      if (hostile.neverPublished && entry?.kind === 'paper' && entry.id) {
        const published = await stack.root.ingest.versions.latest('paper', entry.id);
        expect(await archived(published?.textKey ?? ''), hostile.name).not.toContain(
          hostile.neverPublished,
        );
      }
    }
  }, 300_000);
});
