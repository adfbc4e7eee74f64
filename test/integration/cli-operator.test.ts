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
    const record = (await (await fetch(`${harness.stack.apiUrl}/v1/papers/totals`)).json()) as {
      originalKey: string;
    };
    await harness.stack.clients.s3.send(
      new DeleteObjectCommand({
        Bucket: harness.stack.names.archiveBucket,
        Key: record.originalKey,
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
