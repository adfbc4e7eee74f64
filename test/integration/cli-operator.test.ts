import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AnnouncedStack, announcedStack } from '../support/announced-stack.ts';

let harness: AnnouncedStack;

beforeAll(async () => {
  harness = await announcedStack();
});

afterAll(() => harness.stop());

describe('council-papers status on the local stack', () => {
  it('shows every problem of a rejected dataset, not the first three', async () => {
    // Prepare
    const good = [1, 2, 3, 4, 5, 6].map((n) => `Ward ${n},${n}`);
    const bad = [7, 8, 9, 10, 11].map((n) => `Ward ${n},${n},x`);
    const ragged = ['ward,count', ...good, ...bad].join('\n');
    await harness.upload('uploads/datasets/ragged.csv', ragged);

    // Act
    const result = await harness.cli('status', '--limit', '5');

    // Assess
    const problems = result.stdout.split('\n').filter((line) => line.includes('problem: line'));
    expect(problems.map((line) => line.match(/line (\d+)/)?.[1])).toEqual([
      '8',
      '9',
      '10',
      '11',
      '12',
    ]);
    expect(result.stdout).toContain('Fix: This row has more cells than the header has columns');
  });
});

describe('council-papers verify on the local stack', () => {
  const paper =
    '# Cabinet\n\nMeeting held on 9 May 2024\n\nRESOLVED that the budget be approved.\n';

  it('publishes a digest on demand after an upload, then checks every digest', async () => {
    // Prepare
    await harness.upload('uploads/papers/digest-now.md', paper);

    // Act
    const result = await harness.cli('verify', '--digest-now');

    // Assess
    expect(result.code ?? 0).toBe(0);
    expect(result.stdout).toMatch(/^digest 1 published: \d+ chain heads at /);
    expect(result.stdout).toContain('ok      1 digests chain');
  });

  it('prints totals after checking every record and exits 0 when all are intact', async () => {
    // Prepare
    await harness.upload(
      'uploads/papers/totals.md',
      `${paper}\nRESOLVED that the report be noted.\n`,
    );

    // Act
    const result = await harness.cli('verify', '--all');

    // Assess
    expect(result.code ?? 0).toBe(0);
    expect(result.stdout).toMatch(
      /ALL OK {2}2 records: 2 intact, 0 broken, 0 could not be checked/,
    );
  });

  it('goes on past a record it cannot check, prints totals and exits 1', async () => {
    // Prepare
    const { DeleteObjectCommand } = await import('@aws-sdk/client-s3');
    // The storage keys are only in the version history, sealed into the chain.
    const history = (await (
      await fetch(`${harness.stack.apiUrl}/v1/papers/totals/versions`)
    ).json()) as { items: { originalKey: string }[] };
    await harness.stack.clients.s3.send(
      new DeleteObjectCommand({
        Bucket: harness.stack.names.archiveBucket,
        Key: history.items[0]?.originalKey,
      }),
    );

    // Act
    const result = await harness.cli('verify', '--all');

    // Assess
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('FAILED  paper totals: The original of paper totals v1');
    expect(result.stdout).toContain('ok      paper digest-now');
    expect(result.stdout).toMatch(
      /FAILED {2}2 records: 1 intact, 0 broken, 1 could not be checked/,
    );
  });
});

describe('council-papers takedown on the local stack', () => {
  const text =
    '# Licensing\n\nMeeting held on 9 May 2024\n\nThe applicant lives at 1 Example Street.\n';
  const reason = 'Home address published in error';
  let takedown: { stdout: string; code?: number };

  beforeAll(async () => {
    await harness.upload('uploads/papers/licensing.md', text);
    takedown = await harness.cli(
      'takedown',
      'paper',
      'licensing',
      '--version',
      '1',
      '--reason',
      reason,
      '--by',
      'data.protection',
    );
  });

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${harness.stack.apiUrl}${path}`, { headers });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('says it asked the CDN to drop the record’s cached routes, there being none locally', () => {
    // Assess
    expect(takedown.code ?? 0).toBe(0);
    expect(takedown.stdout).toContain(
      'asked no CDN (local stack) to drop its cached copies of /v1/papers/licensing*',
    );
  });

  it('answers 410 with the reason for the version’s original', async () => {
    // Act
    const original = await get('/v1/papers/licensing/versions/1/original');

    // Assess
    expect(original.status).toBe(410);
    expect(original.body).toMatchObject({
      type: '/problems/taken-down',
      detail: expect.stringContaining(reason),
    });
  });

  it('keeps the version’s metadata public but withholds its text and extraction, saying why', async () => {
    // Act
    const version = await get('/v1/papers/licensing/versions/1');

    // Assess
    expect(version.status).toBe(200);
    expect(version.body).toMatchObject({
      id: 'licensing',
      version: 1,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      body: null,
      extraction: null,
      withheld: { reason: expect.stringContaining(reason) },
    });
  });

  it('shows in the version history that it happened, when, by whom and why', async () => {
    // Act
    const history = await get('/v1/papers/licensing/versions');

    // Assess
    expect(history.body.items).toMatchObject([
      { version: 1, takedown: { reason, by: 'data.protection', at: expect.any(String) } },
    ]);
  });

  it('takes the text out of search, so no phrase of it is found', async () => {
    // Act: the API refreshes its copy of the index every few seconds
    const path = `/v1/search?q=${encodeURIComponent('"Example Street"')}`;
    let search = await get(path);
    for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
      if (Array.isArray(search.body.items) && search.body.items.length === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
      search = await get(path);
    }

    // Assess
    expect(search.status).toBe(200);
    expect(search.body.items).toEqual([]);
  });

  it('leaves the hash chain intact', async () => {
    // Act
    const verification = await get('/v1/papers/licensing/verify');

    // Assess
    expect(verification.body).toMatchObject({ ok: true, versions: 1 });
  });

  it('leaves the auditors’ access whole', async () => {
    // Act
    const audited = await get('/v1/audit/papers/licensing/versions/1', {
      authorization: `Bearer ${harness.stack.auditToken}`,
    });

    // Assess
    expect(audited.status).toBe(200);
    expect(audited.body.body).toContain('1 Example Street');
  });

  it('says so when the version was already taken down, exiting 1', async () => {
    // Act
    const again = await harness.cli(
      'takedown',
      'paper',
      'licensing',
      '--version',
      '1',
      '--reason',
      'again',
    );

    // Assess
    expect(again).toMatchObject({ code: 1, stdout: expect.stringContaining('already taken down') });
  });
});

describe('who the CLI acts for, on the local stack', () => {
  it('records upload --by as the upload’s uploadedBy in the ingest log', async () => {
    // Prepare
    const dir = await mkdtemp(join(tmpdir(), 'by-'));
    const file = join(dir, 'finance.md');
    await writeFile(file, '# Finance\n\nMeeting held on 9 May 2024\n');

    // Act
    await harness.cli('upload', file, '--by', 'j.smith');

    // Assess
    const [entry] = (
      await harness.stack.root.ingest.log.query({
        key: 'uploads/papers/finance.md',
        limit: 1,
      })
    ).items;
    expect(entry).toMatchObject({ outcome: 'accepted', uploadedBy: 'j.smith' });
    await rm(dir, { recursive: true, force: true });
  });

  it('logs withdraw --by as one withdrawn entry saying who and why', async () => {
    // Prepare
    await harness.upload('uploads/papers/parking.md', '# Parking\n\nMeeting held on 9 May 2024\n');

    // Act
    await harness.cli('withdraw', 'parking', '--reason', 'Wrong committee', '--by', 'a.jones');

    // Assess
    const { items } = await harness.stack.root.ingest.log.query({
      key: 'uploads/papers/parking.md',
      outcome: 'withdrawn',
      limit: 10,
    });
    expect(items).toEqual([
      expect.objectContaining({
        id: 'parking',
        uploadedBy: 'a.jones',
        reason: { code: 'withdrawal', message: 'Wrong committee' },
      }),
    ]);
  });

  it('names the operating system user when withdraw is given no --by', async () => {
    // Prepare
    await harness.upload('uploads/papers/signs.md', '# Signs\n\nMeeting held on 9 May 2024\n');

    // Act
    await harness.cli('withdraw', 'signs', '--reason', 'Duplicate');

    // Assess
    const paper = (await (await fetch(`${harness.stack.apiUrl}/v1/papers/signs`)).json()) as {
      withdrawal: { by: string };
    };
    expect(paper.withdrawal.by).toBe(userInfo().username);
  });
});
