import { createHash } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyDigests, verifyFromOutside } from '../../functions/cli/verify.ts';
import { seal } from '../../functions/domain/history/chain.ts';
import type { VersionRecord } from '../../functions/domain/paper-record.ts';
import { publishDigest } from '../../functions/usecases/history/publish-digest.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { type AnnouncedStack, announcedStack } from '../support/announced-stack.ts';
import { paperText } from '../support/history-stack.ts';

let harness: AnnouncedStack;
let stack: LocalStack;

beforeAll(async () => {
  harness = await announcedStack();
  stack = harness.stack;
});

afterAll(() => harness.stop());

const cli = (...args: string[]) => harness.cli(...args);
const upload = (key: string, body: string | Uint8Array, metadata?: Record<string, string>) =>
  harness.upload(key, body, metadata);
const remove = (key: string) => harness.remove(key);

// biome-ignore lint/suspicious/noExplicitAny: assertions read response JSON of many shapes.
type Body = any;

const get = async (
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: Body }> => {
  const response = await fetch(`${stack.apiUrl}${path}`, { headers, redirect: 'manual' });
  const type = response.headers.get('content-type') ?? '';
  const body = type.includes('json')
    ? await response.json()
    : new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, body };
};

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const later = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

describe('history over HTTP on the local stack', () => {
  it('answers asOf with what the public saw at each instant, at the exact boundaries', async () => {
    await upload('uploads/papers/asof.txt', paperText('first'));
    const v1 = (await get('/v1/papers/asof/versions/1')).body;
    await new Promise((resolve) => setTimeout(resolve, 5));
    await upload('uploads/papers/asof.txt', paperText('second'));
    const v2 = (await get('/v1/papers/asof/versions/2')).body;
    await new Promise((resolve) => setTimeout(resolve, 5));
    await remove('uploads/papers/asof.txt');
    const v3 = (await get('/v1/papers/asof/versions/3')).body;
    expect([v1.publishedAt < v2.publishedAt, v2.publishedAt < v3.publishedAt]).toEqual([
      true,
      true,
    ]);

    const asOf = async (at: string) => {
      const response = await get(`/v1/papers/asof?asOf=${encodeURIComponent(at)}`);
      return response.status === 200
        ? [response.body.version, response.body.status]
        : response.status;
    };
    expect(await asOf(later(v1.publishedAt, -1))).toBe(404);
    expect(await asOf(v1.publishedAt)).toEqual([1, 'published']);
    expect(await asOf(later(v2.publishedAt, -1))).toEqual([1, 'published']);
    expect(await asOf(v2.publishedAt)).toEqual([2, 'published']);
    expect(await asOf(v3.publishedAt)).toEqual([3, 'withdrawn']);
    // Another offset names the same instant.
    const inParis = v2.publishedAt.replace('Z', '+00:00');
    expect(await asOf(inParis)).toEqual([2, 'published']);
    expect((await get('/v1/papers/asof?asOf=yesterday')).status).toBe(400);

    const listed = async (at: string) =>
      (await get(`/v1/papers?limit=100&asOf=${encodeURIComponent(at)}`)).body.items.find(
        (item: { id: string }) => item.id === 'asof',
      )?.version;
    expect(await listed(later(v1.publishedAt, -1))).toBeUndefined();
    expect(await listed(later(v2.publishedAt, -1))).toBe(1);
    expect(await listed(v3.publishedAt)).toBe(3);
    // Today: withdrawn, saying why, with no text; history still whole.
    const now = (await get('/v1/papers/asof')).body;
    expect(now).toMatchObject({
      status: 'withdrawn',
      body: null,
      withdrawal: { reason: expect.stringContaining('deleted') },
    });
    expect((await get('/v1/papers/asof/versions/1')).body.body).toContain('first');
  });

  it('serves each version’s exact uploaded bytes, whose SHA-256 is the recorded one', async () => {
    const bytes = new TextEncoder().encode(`${paperText('original bytes')}£ café\r\n`);
    await upload('uploads/papers/bytes.txt', bytes);
    const record = (await get('/v1/papers/bytes/versions/1')).body;
    const original = await get('/v1/papers/bytes/versions/1/original');
    expect(original.status).toBe(200);
    expect(sha256(original.body)).toBe(record.sha256);
    expect(Buffer.from(original.body).equals(Buffer.from(bytes))).toBe(true);
    expect(original.headers.get('repr-digest')).toBe(
      `sha-256=:${Buffer.from(record.sha256, 'hex').toString('base64')}:`,
    );
    expect(original.headers.get('content-disposition')).toContain('bytes.txt');
    expect((await get('/v1/papers/bytes/versions/9/original')).status).toBe(404);
  });

  it('links to an original too large for a function response, with the same bytes', async () => {
    // Few rows (each stored), long cells: over 4 MiB without a slow load.
    const rows = Array.from({ length: 4_500 }, (_, index) => `${index},${'x'.repeat(1_000)}`);
    const csv = `n,text\n${rows.join('\n')}\n`;
    await upload('uploads/datasets/large.csv', csv);
    const record = (await get('/v1/datasets/large')).body;
    expect(record.size).toBeGreaterThan(4 * 1024 * 1024);
    const original = await get('/v1/datasets/large/versions/1/original');
    expect(original.status).toBe(303);
    const location = original.headers.get('location') ?? '';
    const linked = new Uint8Array(await (await fetch(location)).arrayBuffer());
    expect(sha256(linked)).toBe(record.sha256);
  });

  it('diffs two versions: fields, and rows by primary key', async () => {
    const schema = JSON.stringify({
      fields: [
        { name: 'ward', type: 'string' },
        { name: 'count', type: 'integer' },
      ],
      primaryKey: ['ward'],
    });
    await upload('uploads/datasets/wards.schema.json', schema);
    await upload('uploads/datasets/wards.csv', 'ward,count\nAylesbury,3\nWycombe,4\nChesham,5\n', {
      title: 'Wards',
    });
    await upload('uploads/datasets/wards.csv', 'ward,count\nWycombe,4\nAylesbury,7\nAmersham,1\n', {
      title: 'Ward counts',
    });
    const diff = (await get('/v1/datasets/wards/versions/1/diff/2')).body;
    expect(diff.fields).toContainEqual({ field: 'title', from: 'Wards', to: 'Ward counts' });
    expect(diff.rows).toMatchObject({
      matchedBy: 'primaryKey',
      counts: { added: 1, removed: 1, changed: 1 },
      truncated: false,
    });
    expect(diff.rows.changed[0]).toMatchObject({ fields: ['count'] });
    expect((await get('/v1/datasets/wards/versions/1/diff/5')).status).toBe(404);
  });

  it('keeps exempt content to the audit routes, which need the token', async () => {
    const exempt = `${paperText('exempt')}\nNOT FOR PUBLICATION by virtue of paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972\n`;
    await upload('uploads/papers/exempt.txt', exempt);
    const record = (await get('/v1/papers/exempt')).body;
    expect(record).toMatchObject({ exempt: true, body: null });
    expect((await get('/v1/papers/exempt/versions/1/original')).status).toBe(403);

    const auth = { authorization: `Bearer ${stack.auditToken}` };
    expect((await get('/v1/audit/papers/exempt/versions/1')).status).toBe(401);
    const wrong = await get('/v1/audit/papers/exempt/versions/1', {
      authorization: `Bearer ${'x'.repeat(43)}`,
    });
    expect([wrong.status, wrong.headers.get('www-authenticate')]).toEqual([
      401,
      expect.stringContaining('Bearer'),
    ]);
    const whole = await get('/v1/audit/papers/exempt/versions/1', auth);
    expect(whole.body).toMatchObject({
      exempt: true,
      body: expect.stringContaining('NOT FOR PUBLICATION'),
    });
    expect(whole.headers.get('cache-control')).toBe('private, no-store');
    const original = await get('/v1/audit/papers/exempt/versions/1/original', auth);
    expect(sha256(original.body)).toBe(record.sha256);
  });

  it('lists every ingest attempt to auditors, filtered by outcome, key and time, paged', async () => {
    const before = new Date().toISOString();
    await upload('uploads/papers/audit-bad.txt', new Uint8Array([0, 1, 2, 3, 255, 0, 7]));
    await upload('uploads/papers/audit-good.txt', paperText('audited'));
    const auth = { authorization: `Bearer ${stack.auditToken}` };
    const rejected = await get(
      `/v1/audit/ingests?outcome=rejected&from=${encodeURIComponent(before)}`,
      auth,
    );
    expect(rejected.body.items).toEqual([
      expect.objectContaining({
        key: 'uploads/papers/audit-bad.txt',
        outcome: 'rejected',
        reason: expect.any(Object),
      }),
    ]);
    const byKey = await get('/v1/audit/ingests?key=uploads/papers/audit-', auth);
    expect(byKey.body.items.map((entry: { key: string }) => entry.key).sort()).toEqual([
      'uploads/papers/audit-bad.txt',
      'uploads/papers/audit-good.txt',
    ]);
    const first = await get(`/v1/audit/ingests?limit=1&from=${encodeURIComponent(before)}`, auth);
    expect(first.body.items).toHaveLength(1);
    const second = await get(
      `/v1/audit/ingests?limit=1&from=${encodeURIComponent(before)}&cursor=${first.body.next}`,
      auth,
    );
    expect(second.body.items[0].key).not.toBe(first.body.items[0].key);
    expect(second.body.next).toBeNull();
    expect((await get('/v1/audit/ingests?outcome=maybe', auth)).status).toBe(400);
    expect((await get('/v1/audit/ingests')).status).toBe(401);
  });

  it('verifies chains over the API and names the version altered in the table or the bucket', async () => {
    for (const note of ['one', 'two', 'three'])
      await upload('uploads/papers/chain.txt', paperText(note));
    expect((await get('/v1/papers/chain/verify')).body).toMatchObject({
      ok: true,
      versions: 3,
      broken: null,
    });
    expect(await verifyFromOutside(stack.apiUrl, 'paper', 'chain')).toMatchObject({
      ok: true,
      originalsChecked: 3,
    });

    // Rewrite version 2's title in place, as someone with table access might.
    await stack.clients.dynamo.send(
      new UpdateCommand({
        TableName: stack.names.recordsTable,
        Key: { pk: 'paper#chain', sk: `v#${'2'.padStart(10, '0')}` },
        UpdateExpression: 'SET title = :title',
        ExpressionAttributeValues: { ':title': 'Something else' },
      }),
    );
    expect((await get('/v1/papers/chain/verify')).body).toMatchObject({
      ok: false,
      broken: { version: 2, problem: expect.stringContaining('hashes to') },
    });
    expect(await verifyFromOutside(stack.apiUrl, 'paper', 'chain')).toMatchObject({
      ok: false,
      broken: { version: 2 },
    });
    const cliResult = await cli('verify', 'chain');
    expect(cliResult).toMatchObject({
      code: 1,
      stdout: expect.stringContaining('BROKEN  paper chain: version 2'),
    });

    // Replace one archived original's bytes, as someone with bucket access might.
    await upload('uploads/papers/archive-tamper.txt', paperText('kept safe'));
    // The storage keys are only in the version history, sealed into the chain.
    const [record] = (await get('/v1/papers/archive-tamper/versions')).body.items;
    await stack.clients.s3.send(
      new PutObjectCommand({
        Bucket: stack.names.archiveBucket,
        Key: record.originalKey,
        Body: 'forged',
      }),
    );
    expect((await get('/v1/papers/archive-tamper/verify')).body).toMatchObject({
      ok: false,
      broken: { version: 1, problem: expect.stringContaining('original upload') },
    });
    expect(await verifyFromOutside(stack.apiUrl, 'paper', 'archive-tamper')).toMatchObject({
      ok: false,
      broken: { version: 1 },
    });
  });

  it('withdraws by CLI with a reason, then verifies every record from outside', async () => {
    await upload('uploads/papers/cli-withdraw.txt', paperText('to withdraw'));
    const withdrawn = await cli(
      'withdraw',
      'cli-withdraw',
      '--reason',
      'Published in error',
      '--by',
      'democratic.services',
    );
    expect(withdrawn).toMatchObject({
      stdout: expect.stringContaining('withdrew paper cli-withdraw: version 2'),
    });
    expect((await get('/v1/papers/cli-withdraw')).body).toMatchObject({
      status: 'withdrawn',
      reason: 'withdrawal',
      withdrawal: { reason: 'Published in error', by: 'democratic.services' },
    });
    const again = await cli('withdraw', 'cli-withdraw', '--reason', 'again');
    expect(again).toMatchObject({ code: 1, stdout: expect.stringContaining('already withdrawn') });
    expect(await cli('withdraw', 'cli-withdraw')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--reason'),
    });
    const all = await cli('verify', '--all', '--json');
    const results = JSON.parse((all as { stdout: string }).stdout) as { id: string; ok: boolean }[];
    expect(results.find((result) => result.id === 'cli-withdraw')).toMatchObject({ ok: true });
    // The records tampered with above are still named.
    expect(
      results
        .filter((result) => !result.ok)
        .map((result) => result.id)
        .sort(),
    ).toEqual(['archive-tamper', 'chain']);
  });

  it('publishes chained digests that expose a history rewritten with a recomputed chain', async () => {
    for (const note of ['one', 'two', 'three'])
      await upload('uploads/papers/forged.txt', paperText(note));
    const first = await publishDigest(stack.root.digest);
    await upload('uploads/papers/forged-later.txt', paperText('later'));
    const second = await publishDigest(stack.root.digest);
    expect([first.published, second.published]).toEqual([true, true]);
    const listed = await get('/v1/digests?limit=100');
    expect(listed.body.items.map((entry: { number: number }) => entry.number)).toEqual([1, 2]);
    const served = await fetch(`${stack.apiUrl}/v1/digests/${second.entry?.number}`);
    expect(sha256(new Uint8Array(await served.arrayBuffer()))).toBe(second.entry?.sha256);
    // Only the records tampered with above (whose chains no longer hold) are named so far.
    const before = await verifyDigests(stack.apiUrl);
    expect(before.digests).toBe(2);
    expect(
      before.problems.map((problem) => problem.problem.split(' ').slice(0, 2).join(' ')),
    ).toEqual(['paper chain']);
    expect((await publishDigest(stack.root.digest)).published).toBe(false);

    // Someone with table access rewrites version 2 and re-seals versions 2 and 3 so the chain holds.
    const keyOf = (version: number) => ({
      pk: 'paper#forged',
      sk: `v#${String(version).padStart(10, '0')}`,
    });
    const read = async (version: number) =>
      (
        await stack.clients.dynamo.send(
          new GetCommand({ TableName: stack.names.recordsTable, Key: keyOf(version) }),
        )
      ).Item as Record<string, unknown>;
    const strip = ({ pk: _pk, sk: _sk, ...record }: Record<string, unknown>) => record;
    const v1 = strip(await read(1)) as unknown as VersionRecord;
    const v2 = seal<VersionRecord>(
      { ...(strip(await read(2)) as unknown as VersionRecord), title: 'Rewritten' },
      v1,
    );
    const v3 = seal<VersionRecord>(strip(await read(3)) as unknown as VersionRecord, v2);
    for (const [version, record] of [
      [2, v2],
      [3, v3],
    ] as const)
      await stack.clients.dynamo.send(
        new PutCommand({
          TableName: stack.names.recordsTable,
          Item: { ...record, ...keyOf(version) },
        }),
      );

    expect((await get('/v1/papers/forged/verify')).body).toMatchObject({ ok: true });
    const after = await verifyDigests(stack.apiUrl);
    expect(after.problems).toContainEqual({
      digest: 1,
      problem: expect.stringContaining('paper forged version 3 now chains to'),
    });
    expect(await cli('verify', '--digests')).toMatchObject({
      code: 1,
      stdout: expect.stringContaining('BROKEN  digest 1: paper forged version 3'),
    });
  });

  it('feeds a harvester every change in commit order, so it ends with exactly the live set', async () => {
    const live = new Map<string, number>();
    let after = '0';
    const harvest = async () => {
      for (;;) {
        const page = await get(`/v1/changes?limit=7&after=${after}`);
        expect(page.status).toBe(200);
        for (const change of page.body.items) {
          const key = `${change.kind}:${change.id}`;
          if (change.current.status === 'published') live.set(key, change.current.version);
          else live.delete(key);
        }
        if (page.body.next === after) return;
        after = page.body.next;
      }
    };
    await harvest();
    // New records, a correction, a late-free withdrawal by delete, a CLI withdrawal, a dataset.
    await upload('uploads/papers/harvest-a.txt', paperText('a'));
    await upload('uploads/papers/harvest-b.txt', paperText('b'));
    await harvest();
    await upload('uploads/papers/harvest-a.txt', paperText('a corrected'));
    await remove('uploads/papers/harvest-b.txt');
    await upload('uploads/datasets/harvest.csv', 'ward,count\nAylesbury,3\n');
    await cli('withdraw', 'harvest', '--reason', 'Superseded');
    await upload('uploads/datasets/harvest.csv', 'ward,count\nAylesbury,4\n');
    await harvest();

    const listed = new Map<string, number>();
    for (const [kind, collection] of [
      ['paper', 'papers'],
      ['dataset', 'datasets'],
    ] as const) {
      let cursor: string | null = null;
      do {
        const page = await get(`/v1/${collection}?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
        for (const record of page.body.items)
          if (record.status === 'published') listed.set(`${kind}:${record.id}`, record.version);
        cursor = page.body.next;
      } while (cursor);
    }
    expect(live).toEqual(listed);
    expect(live.get('paper:harvest-a')).toBe(2);
    expect(live.has('paper:harvest-b')).toBe(false);
    expect(live.get('dataset:harvest')).toBe(3);
    expect((await get('/v1/changes?after=-1')).status).toBe(400);
  });
});
