import { describe, expect, it } from 'vitest';
import { readHistory } from '../../../functions/usecases/ingest/commit-version.ts';
import { ingestUpload } from '../../../functions/usecases/ingest/ingest-upload.ts';
import { memoryDeps, uploadEvent } from '../../support/memory-deps.ts';

const paper = (tables: string[]) =>
  [
    '# Cabinet',
    '',
    'Meeting held on 9 May 2024',
    '',
    ...tables.flatMap((name, index) => [
      `## ${name}`,
      '',
      '| Service | Budget |',
      '| --- | --- |',
      `| Adults | ${100 + index} |`,
      `| Children | ${80 + index} |`,
      '',
    ]),
  ].join('\n');

const key = 'uploads/papers/cabinet.md';

const put = (deps: ReturnType<typeof memoryDeps>, text: string) =>
  deps.uploads.put(key, new TextEncoder().encode(text), { contentType: 'text/markdown' });

const statusOf = async (
  deps: ReturnType<typeof memoryDeps>,
  kind: 'paper' | 'dataset',
  id: string,
) => (await readHistory(deps.versions, kind, id)).current?.status;

describe('a paper’s tables follow the paper’s history', () => {
  it('withdraws a table a corrected version no longer has', async () => {
    const deps = memoryDeps();
    await put(deps, paper(['Budget', 'Staffing']));
    await ingestUpload(deps, uploadEvent(key));
    expect(await statusOf(deps, 'dataset', 'cabinet-table-2')).toBe('published');

    await put(deps, paper(['Budget']));
    await ingestUpload(deps, uploadEvent(key));
    expect(await statusOf(deps, 'dataset', 'cabinet-table-1')).toBe('published');
    const dropped = (await readHistory(deps.versions, 'dataset', 'cabinet-table-2')).current;
    expect(dropped).toMatchObject({
      status: 'withdrawn',
      withdrawal: { reason: 'Version 2 of paper cabinet no longer publishes this table.' },
    });
  });

  it('withdraws the paper, not a table, when its upload is deleted, and its tables with it', async () => {
    const deps = memoryDeps();
    await put(deps, paper(['Budget', 'Staffing']));
    await ingestUpload(deps, uploadEvent(key));
    const removed = await ingestUpload(
      deps,
      uploadEvent(key, { eventName: 'ObjectRemoved:Delete' }),
    );
    expect(removed).toMatchObject({ outcome: 'withdrawn', kind: 'paper', id: 'cabinet' });
    expect(await statusOf(deps, 'paper', 'cabinet')).toBe('withdrawn');
    for (const table of ['cabinet-table-1', 'cabinet-table-2'])
      expect(await statusOf(deps, 'dataset', table)).toBe('withdrawn');
  });

  it('leaves another paper’s tables alone, even when its id begins with this one’s', async () => {
    const deps = memoryDeps();
    await put(deps, paper(['Budget']));
    await ingestUpload(deps, uploadEvent(key));
    await deps.uploads.put(
      'uploads/papers/cabinet-table-9.md',
      new TextEncoder().encode(paper(['Other'])),
      {
        contentType: 'text/markdown',
      },
    );
    await ingestUpload(deps, uploadEvent('uploads/papers/cabinet-table-9.md'));
    await ingestUpload(deps, uploadEvent(key, { eventName: 'ObjectRemoved:Delete' }));
    expect(await statusOf(deps, 'dataset', 'cabinet-table-9-table-1')).toBe('published');
  });
});

describe('a paper’s table published as a dataset', () => {
  it('keeps a negative number in a numeric column as a number, not neutralised as a formula', async () => {
    // Prepare
    const deps = memoryDeps();
    const text = [
      '# Cabinet',
      '',
      'Meeting held on 9 May 2024',
      '',
      '## Variance',
      '',
      '| Service | Change |',
      '| --- | --- |',
      '| Adults | -35 |',
      '| Children | 12 |',
      '',
    ].join('\n');
    await put(deps, text);

    // Act
    await ingestUpload(deps, uploadEvent(key));

    // Assess
    const table = (await readHistory(deps.versions, 'dataset', 'cabinet-table-1')).current;
    expect(table).toMatchObject({ status: 'published', valid: true });
    const rowset = table?.kind === 'dataset' ? table.rowset : '';
    const rows = await deps.rows.read(rowset, { limit: 10 });
    expect(rows.items.map((row) => row.values)).toEqual([
      { Service: 'Adults', Change: -35 },
      { Service: 'Children', Change: 12 },
    ]);
  });
});
