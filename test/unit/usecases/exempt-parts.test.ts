import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../../functions/domain/papers/extract-paper.ts';
import { readShard } from '../../../functions/domain/search/engine.ts';
import { unpack } from '../../../functions/domain/search/packed.ts';
import { paperDocuments } from '../../../functions/domain/search/records.ts';
import { originalOf } from '../../../functions/usecases/history/history-queries.ts';
import { ingestUpload } from '../../../functions/usecases/ingest/ingest-upload.ts';
import { listDecisions } from '../../../functions/usecases/meetings/decision-queries.ts';
import { getPaper, withBody } from '../../../functions/usecases/papers/paper-queries.ts';
import { memoryDeps, uploadEvent } from '../../support/memory-deps.ts';

const minutes = readFileSync(
  new URL('../../fixtures/patterns/exempt-part-minutes.txt', import.meta.url),
  'utf8',
);

const ingested = async () => {
  const deps = memoryDeps();
  await deps.uploads.put('uploads/papers/cabinet.txt', new TextEncoder().encode(minutes), {
    contentType: 'text/plain',
  });
  await ingestUpload(deps, uploadEvent('uploads/papers/cabinet.txt'));
  return deps;
};

describe('a public paper with an exempt part', () => {
  it('stays public, its text and decisions served without the exempt item', async () => {
    // Prepare
    const deps = await ingested();

    // Act
    const paper = await getPaper(deps, 'cabinet');

    // Assess
    expect(paper).toMatchObject({ exempt: false, withheldParts: 1 });
    expect(paper.body).toContain('the next meeting be held in January');
    expect(paper.body).not.toContain('Acme');
    expect(JSON.stringify(paper.extraction)).not.toContain('Acme');
    expect(paper.withheld?.reason).toMatch(/lines 6-10, item 67\/23 is marked exempt/);
  });

  it('projects no exempt decision into the public decisions register', async () => {
    // Prepare
    const deps = await ingested();

    // Act
    const decisions = await listDecisions(deps, { limit: 10 });

    // Assess
    expect(decisions.items.map((decision) => decision.text)).toEqual([
      'the forecast be noted.',
      'the next meeting be held in January.',
    ]);
  });

  it('withholds the original from the public and gives auditors the whole paper', async () => {
    // Prepare
    const deps = await ingested();
    const record = await deps.versions.get('paper', 'cabinet', 1);
    if (record?.kind !== 'paper') throw new Error('the paper was not ingested');

    // Act
    const original = originalOf(deps, 'paper', 'cabinet', 1);
    const audited = await withBody(deps.archive, record, { audit: true });

    // Assess
    await expect(original).rejects.toThrow(/holds 1 exempt part/);
    expect(audited.body).toContain('Acme');
  });
});

describe('search over a paper with an exempt part', () => {
  it('indexes neither the exempt text nor its decision', async () => {
    // Prepare
    const deps = await ingested();
    const record = await deps.versions.get('paper', 'cabinet', 1);
    if (record?.kind !== 'paper') throw new Error('the paper was not ingested');
    const extraction = extractPaper(minutes);

    // Act
    const documents = paperDocuments(record, extraction, minutes, [], 'Test Council');

    // Assess
    expect(JSON.stringify(documents.map((document) => document.content))).not.toContain('Acme');
    expect(documents.find((document) => document.kind === 'paper')?.content).toContain(
      'the next meeting be held in January',
    );
  });

  it('stores no exempt text in any part of the index, the text kept for snippets included', async () => {
    // Prepare
    const deps = await ingested();

    // Act
    const stored: string[] = [];
    for (const part of await deps.searchIndex.list()) {
      const bytes = (await deps.searchIndex.get(part))?.bytes ?? new Uint8Array();
      const shard = readShard(bytes);
      for (let row = 0; row < shard.documentCount; row++)
        stored.push(JSON.stringify(shard.stored(row)));
      stored.push(unpack(bytes).terms.join(' '));
    }

    // Assess
    const all = stored.join('\n');
    expect(all).toContain('the next meeting be held in January');
    expect(all.toLowerCase()).not.toContain('acme');
  });
});
