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
