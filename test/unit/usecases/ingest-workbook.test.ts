import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { archivePrefixes } from '../../../functions/config/areas.ts';
import { ingestUpload } from '../../../functions/usecases/ingest/ingest-upload.ts';
import { memoryDeps, uploadEvent } from '../../support/memory-deps.ts';
import { xlsxOf } from '../../support/workbooks.ts';

const workbook = () =>
  xlsxOf((book) => {
    book.addWorksheet('Q1').addRows([
      ['Supplier', 'Amount'],
      ['Acme', 1200],
      ['Bolt', 700],
    ]);
    book.addWorksheet('Q2').addRows([
      ['Supplier', 'Amount'],
      ['Crane', 900],
    ]);
    const codes = book.addWorksheet('Codes');
    codes.addRows([['Code'], ['A']]);
    codes.state = 'hidden';
    book.addWorksheet('Notes');
  });

const key = 'uploads/datasets/Spend 2024.xlsx';

describe('ingesting a workbook', () => {
  it('publishes each visible sheet as a dataset named after the upload and the sheet', async () => {
    // Prepare
    const deps = memoryDeps();
    await deps.uploads.put(key, await workbook(), { contentType: 'application/octet-stream' });
    // Act
    const outcome = await ingestUpload(deps, uploadEvent(key));
    // Assess
    expect(outcome).toMatchObject({ outcome: 'accepted', reason: { code: 'workbook' } });
    expect(outcome.reason?.message).toMatch(
      /"Q1" → spend-2024-q1: accepted \(version 1\); "Q2" → spend-2024-q2: accepted \(version 1\); "Notes" → spend-2024-notes: skipped\. Sheet "Codes" is hidden: not read/,
    );
    expect(await deps.versions.latest('dataset', 'spend-2024-q1')).toMatchObject({
      fields: ['Supplier', 'Amount'],
      rowCount: 2,
      format: 'xlsx',
      sourceKey: key,
    });
    expect(await deps.versions.latest('dataset', 'spend-2024-q2')).toMatchObject({ rowCount: 1 });
    expect(await deps.versions.latest('dataset', 'spend-2024-codes')).toBeUndefined();
  });

  it('logs each sheet as its own attempt, the empty one skipped', async () => {
    // Prepare
    const deps = memoryDeps();
    await deps.uploads.put(key, await workbook(), { contentType: 'application/octet-stream' });
    // Act
    await ingestUpload(deps, uploadEvent(key));
    // Assess
    expect(
      deps.log.entries.map((entry) => [entry.key, entry.outcome, entry.reason?.code ?? null]),
    ).toEqual([
      [`${key}#Q1`, 'accepted', null],
      [`${key}#Q2`, 'accepted', null],
      [`${key}#Notes`, 'skipped', 'empty-sheet'],
      [key, 'accepted', 'workbook'],
    ]);
  });

  it('archives the workbook byte for byte', async () => {
    // Prepare
    const deps = memoryDeps();
    const bytes = await workbook();
    await deps.uploads.put(key, bytes, { contentType: 'application/octet-stream' });
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    // Act
    await ingestUpload(deps, uploadEvent(key));
    // Assess
    const original = await deps.archive.get(`${archivePrefixes.originals}${sha256}`, bytes.length);
    expect(original?.bytes).toEqual(bytes);
  });

  it('publishes only the sheet the upload names, under the upload id', async () => {
    // Prepare
    const deps = memoryDeps();
    await deps.uploads.put(key, await workbook(), {
      contentType: 'application/octet-stream',
      metadata: { sheet: 'q2' },
    });
    // Act
    const outcome = await ingestUpload(deps, uploadEvent(key));
    // Assess
    expect(outcome).toMatchObject({ outcome: 'accepted', id: 'spend-2024', version: 1 });
    expect(await deps.versions.latest('dataset', 'spend-2024')).toMatchObject({ rowCount: 1 });
    expect(await deps.versions.latest('dataset', 'spend-2024-q1')).toBeUndefined();
  });
});
