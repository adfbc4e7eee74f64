import { describe, expect, it } from 'vitest';
import { listDatasets } from '../../../functions/usecases/datasets/dataset-queries.ts';
import { ingestUpload } from '../../../functions/usecases/ingest/ingest-upload.ts';
import { memoryDeps, uploadEvent } from '../../support/memory-deps.ts';

/** A Cabinet report of `count` tables, each under its own heading. */
const paper = (count: number) =>
  [
    '# Cabinet',
    '',
    'Meeting held on 9 May 2024',
    '',
    ...Array.from({ length: count }, (_, index) => [
      `## Budget line ${index + 1}`,
      '',
      '| Service | Budget |',
      '| --- | --- |',
      `| Adults | ${100 + index} |`,
      `| Children | ${80 + index} |`,
      '',
    ]).flat(),
  ].join('\n');

const setup = async () => {
  const deps = memoryDeps();
  const put = async (key: string, text: string, contentType: string) => {
    await deps.uploads.put(key, new TextEncoder().encode(text), { contentType });
    await ingestUpload(deps, uploadEvent(key));
  };
  await put('uploads/papers/cabinet.md', paper(11), 'text/markdown');
  await put('uploads/datasets/spend.csv', 'supplier,amount\nAcme,10\n', 'text/csv');
  return deps;
};

describe('datasets by origin', () => {
  it('lists uploaded datasets only by default', async () => {
    // Prepare
    const deps = await setup();

    // Act
    const listed = await listDatasets(deps, { limit: 100 });

    // Assess
    expect(listed.items.map((record) => [record.id, record.origin])).toEqual([['spend', 'upload']]);
  });

  it("lists a paper's tables in natural order, named from their heading and paper", async () => {
    // Prepare
    const deps = await setup();

    // Act
    const listed = await listDatasets(deps, { limit: 100 }, { origin: 'paper' });

    // Assess
    expect(listed.items.map((record) => record.id)).toEqual(
      Array.from({ length: 11 }, (_, index) => `cabinet-table-${index + 1}`),
    );
    expect(listed.items[1]?.title).toBe('Table 2: Budget line 2 — Cabinet 9 May 2024 paper');
    expect(listed.items.every((record) => record.origin === 'paper')).toBe(true);
  });

  it('pages through both origins in natural order without repeating one', async () => {
    // Prepare
    const deps = await setup();
    const seen: string[] = [];
    let cursor: string | undefined;

    // Act
    do {
      const page = await listDatasets(deps, { limit: 5, cursor }, { origin: 'all' });
      seen.push(...page.items.map((record) => record.id));
      cursor = page.next ?? undefined;
    } while (cursor);

    // Assess
    expect(seen).toHaveLength(12);
    expect(seen.slice(8, 12)).toEqual([
      'cabinet-table-9',
      'cabinet-table-10',
      'cabinet-table-11',
      'spend',
    ]);
  });

  it('refuses a cursor it did not issue', async () => {
    // Prepare
    const deps = await setup();

    // Act
    const listing = listDatasets(deps, { limit: 5, cursor: 'garbage' });

    // Assess
    await expect(listing).rejects.toThrow(/cursor is not one this list issued/);
  });
});
