import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AnnouncedStack, announcedStack } from '../support/announced-stack.ts';
import { paperText } from '../support/history-stack.ts';

let harness: AnnouncedStack;

beforeAll(async () => {
  harness = await announcedStack();
}, 120_000);

afterAll(() => harness.stop());

// biome-ignore lint/suspicious/noExplicitAny: assertions read response JSON of many shapes.
type Body = any;

const getJson = async (path: string): Promise<{ status: number; body: Body }> => {
  const response = await fetch(`${harness.stack.apiUrl}${path}`, {
    headers: { accept: 'application/json' },
  });
  return { status: response.status, body: await response.json() };
};

const changesOf = (diff: Body) =>
  diff.text.diff.hunks.flatMap((hunk: Body) =>
    hunk.parts.filter((part: Body) => part.kind === 'change'),
  );

describe('a version diff people can read, on the local stack', () => {
  it('shows the one sentence a correction changed, with its line in each version', async () => {
    // Prepare
    const minutes = (sentence: string) =>
      [
        'Minutes of the Cabinet',
        '',
        'Meeting held on 9 May 2024',
        '',
        '1. Budget',
        sentence,
        '',
        '2. Any other business',
        'None.',
        '',
      ].join('\n');
    await harness.upload(
      'uploads/papers/cabinet-budget.txt',
      minutes('RESOLVED that the budget be approved.'),
    );
    await harness.upload(
      'uploads/papers/cabinet-budget.txt',
      minutes('RESOLVED that the budget be deferred to June.'),
    );

    // Act
    const { status, body } = await getJson('/v1/papers/cabinet-budget/versions/1/diff/2');

    // Assess
    expect(status).toBe(200);
    expect(body.text.from).toMatchObject({ version: 1, missing: null });
    expect(body.text.diff).toMatchObject({ linesRemoved: 1, linesAdded: 1, tooDifferent: false });
    expect(changesOf(body)).toEqual([
      {
        kind: 'change',
        removedLines: 1,
        addedLines: 1,
        fromLine: 6,
        toLine: 6,
        removed: ['RESOLVED that the budget be approved.'],
        added: ['RESOLVED that the budget be deferred to June.'],
        words: [
          { kind: 'same', text: 'RESOLVED that the budget be ' },
          { kind: 'removed', text: 'approved' },
          { kind: 'added', text: 'deferred to June' },
          { kind: 'same', text: '.' },
        ],
      },
    ]);
  });

  it('compares no withheld text in public, and says why', async () => {
    // Prepare
    const exempt = (note: string) =>
      `${paperText(note)}\nNOT FOR PUBLICATION by virtue of paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972\n`;
    await harness.upload('uploads/papers/exempt-diff.txt', exempt('the first figure'));
    await harness.upload('uploads/papers/exempt-diff.txt', exempt('the second figure'));

    // Act
    const { body } = await getJson('/v1/papers/exempt-diff/versions/1/diff/2');

    // Assess
    expect(body.text.diff).toBeNull();
    expect(body.text.from.text).toBeNull();
    expect(body.text.from.missing).toContain('The text of version 1 is withheld');
    expect(JSON.stringify(body)).not.toContain('the first figure');
  });

  it('lists a dataset’s changed cells per row, before and after', async () => {
    // Prepare
    await harness.upload(
      'uploads/datasets/ward-counts.schema.json',
      JSON.stringify({
        fields: [
          { name: 'ward', type: 'string' },
          { name: 'count', type: 'integer' },
          { name: 'note', type: 'string' },
        ],
        primaryKey: ['ward'],
      }),
    );
    await harness.upload(
      'uploads/datasets/ward-counts.csv',
      'ward,count,note\nAylesbury,3,a\nWycombe,4,b\n',
    );
    await harness.upload(
      'uploads/datasets/ward-counts.csv',
      'ward,count,note\nWycombe,4,b\nAylesbury,7,a\n',
    );

    // Act
    const { body } = await getJson('/v1/datasets/ward-counts/versions/1/diff/2');

    // Assess
    expect(body.rows.counts).toEqual({ added: 0, removed: 0, changed: 1 });
    expect(body.rows.changed).toMatchObject([
      { key: { ward: 'Aylesbury' }, cells: [{ field: 'count', from: 3, to: 7 }] },
    ]);
  });
});
