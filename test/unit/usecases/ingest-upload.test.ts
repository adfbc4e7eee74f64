import { describe, expect, it } from 'vitest';
import { maxPaperBytes } from '../../../functions/config/limits.ts';
import { sha256Hex } from '../../../functions/domain/hashing.ts';
import type { VersionRecord } from '../../../functions/domain/paper-record.ts';
import { ingestUpload } from '../../../functions/usecases/ingest/ingest-upload.ts';
import { memoryDeps, uploadEvent } from '../../support/memory-deps.ts';

const minutes =
  'Minutes of the Planning Committee\n\nMeeting held on 3 March 2024\n\nPresent: Cllr A Smith';
const put = (
  deps: ReturnType<typeof memoryDeps>,
  key: string,
  text: string | Uint8Array,
  metadata: Record<string, string> = {},
) =>
  deps.uploads.put(key, typeof text === 'string' ? new TextEncoder().encode(text) : text, {
    contentType: 'text/plain',
    metadata,
  });

describe('ingestUpload', () => {
  it('turns a paper into version 1 with its extracted fields, archived original and text', async () => {
    const deps = memoryDeps();
    await put(deps, 'uploads/papers/planning 2024.txt', minutes);

    const entry = await ingestUpload(deps, uploadEvent('uploads/papers/planning 2024.txt'));

    expect(entry).toMatchObject({
      outcome: 'accepted',
      kind: 'paper',
      id: 'planning-2024',
      version: 1,
      reason: null,
    });
    const record = await deps.versions.latest('paper', 'planning-2024');
    expect(record).toMatchObject({
      version: 1,
      documentType: 'minutes',
      title: 'Minutes of the Planning Committee',
      meetingDate: '2024-03-03',
      sha256: sha256Hex(minutes),
      format: 'text',
      encoding: 'utf-8',
      uploader: 'AWS:OFFICER',
    });
    expect(deps.archive.objects.has(`originals/sha256/${sha256Hex(minutes)}`)).toBe(true);
    expect(deps.archive.objects.has(record?.textKey ?? '')).toBe(true);
    expect(deps.versions.heads.get('paper#planning-2024')?.version).toBe(1);
    expect(deps.log.entries).toEqual([entry]);
  });

  it('makes version 2 for changed bytes and no version for identical bytes', async () => {
    const deps = memoryDeps();
    const key = 'uploads/papers/planning.txt';
    await put(deps, key, minutes);
    await ingestUpload(deps, uploadEvent(key));
    const same = await ingestUpload(deps, uploadEvent(key));
    await put(deps, key, `${minutes}, Cllr B Jones`);
    const changed = await ingestUpload(deps, uploadEvent(key));

    expect(same).toMatchObject({ outcome: 'duplicate', version: 1 });
    expect(changed).toMatchObject({ outcome: 'accepted', version: 2 });
    expect(deps.versions.versions.get('paper#planning')?.map((record) => record.version)).toEqual([
      1, 2,
    ]);
  });

  it('takes the id from x-amz-meta-id and the uploader from metadata when given', async () => {
    const deps = memoryDeps();
    await put(deps, 'uploads/papers/scan-0001.txt', minutes, {
      id: 'planning-2024-03-03',
      uploader: 'j.smith',
    });
    const entry = await ingestUpload(deps, uploadEvent('uploads/papers/scan-0001.txt'));
    expect(entry.id).toBe('planning-2024-03-03');
    expect((await deps.versions.latest('paper', 'planning-2024-03-03'))?.uploader).toBe('j.smith');
  });

  it('decodes Windows-1252 papers and records the encoding', async () => {
    const deps = memoryDeps();
    await put(
      deps,
      'uploads/papers/budget.txt',
      Buffer.from('Cabinet Report\nBudget \xa35m\n', 'latin1'),
    );
    await ingestUpload(deps, uploadEvent('uploads/papers/budget.txt'));
    const record = await deps.versions.latest('paper', 'budget');
    expect(record?.encoding).toBe('windows-1252');
    expect(
      new TextDecoder().decode(deps.archive.objects.get(record?.textKey ?? '')?.bytes),
    ).toContain('£5m');
  });

  it('rejects a binary with a report and changes nothing else', async () => {
    const deps = memoryDeps();
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    await put(deps, 'uploads/papers/photo.txt', png);

    const entry = await ingestUpload(deps, uploadEvent('uploads/papers/photo.txt'));

    expect(entry).toMatchObject({
      outcome: 'rejected',
      kind: 'paper',
      id: null,
      version: null,
      sha256: sha256Hex(png),
      size: png.length,
    });
    expect(entry.reason).toEqual({
      code: 'unsupported-type',
      message: expect.stringContaining('image/png'),
    });
    expect(deps.versions.versions.size).toBe(0);
    expect(deps.archive.objects.size).toBe(0);
    expect(deps.log.entries).toEqual([entry]);
  });

  it('rejects an empty file and one over the size limit without reading it', async () => {
    const deps = memoryDeps();
    await put(deps, 'uploads/papers/empty.txt', '');
    await put(deps, 'uploads/papers/huge.txt', new Uint8Array(maxPaperBytes + 1));
    expect((await ingestUpload(deps, uploadEvent('uploads/papers/empty.txt'))).reason?.code).toBe(
      'empty',
    );
    const huge = await ingestUpload(deps, uploadEvent('uploads/papers/huge.txt'));
    expect(huge).toMatchObject({
      outcome: 'rejected',
      size: maxPaperBytes + 1,
      sha256: null,
      reason: { code: 'too-large' },
    });
  });

  it('skips keys outside the upload areas, removals of unknown uploads and objects already gone, saying why', async () => {
    const deps = memoryDeps();
    const outside = await ingestUpload(deps, uploadEvent('elsewhere/x.txt'));
    const removed = await ingestUpload(
      deps,
      uploadEvent('uploads/papers/x.txt', { eventName: 'ObjectRemoved:Delete' }),
    );
    const gone = await ingestUpload(deps, uploadEvent('uploads/papers/x.txt'));
    expect([outside, removed, gone].map((entry) => [entry.outcome, entry.reason?.code])).toEqual([
      ['skipped', 'outside-upload-areas'],
      ['skipped', 'not-found'],
      ['skipped', 'object-gone'],
    ]);
  });

  it('publishes a Windows-1252, semicolon CSV with a title line as typed rows with its schema and report', async () => {
    const deps = memoryDeps();
    const csv = Buffer.from(
      'Spend over \xa3500 - Q1 2024\n\nDate;Supplier;Amount\n01/04/2024;Acme Ltd;\xa31,250.50\n02/04/2024;Bolt & Co;\xa3980\n',
      'latin1',
    );
    await put(deps, 'uploads/datasets/spend-q1.csv', csv, {
      title: 'Spend over £500, Q1 2024',
      licence: 'OGL-UK-3.0',
    });

    const entry = await ingestUpload(deps, uploadEvent('uploads/datasets/spend-q1.csv'));

    expect(entry).toMatchObject({
      outcome: 'accepted',
      kind: 'dataset',
      id: 'spend-q1',
      version: 1,
      reason: null,
    });
    const record = await deps.versions.latest('dataset', 'spend-q1');
    expect(record).toMatchObject({
      title: 'Spend over £500, Q1 2024',
      licence: 'OGL-UK-3.0',
      delimiter: ';',
      encoding: 'windows-1252',
      fields: ['Date', 'Supplier', 'Amount'],
      rowCount: 2,
      valid: true,
      outcome: 'accepted',
    });
    expect(deps.rows.rowsets.get(record?.rowset ?? '')).toEqual([
      { rowNumber: 1, values: { Date: '2024-04-01', Supplier: 'Acme Ltd', Amount: 1250.5 } },
      { rowNumber: 2, values: { Date: '2024-04-02', Supplier: 'Bolt & Co', Amount: 980 } },
    ]);
    expect(deps.archive.objects.has(record?.schemaKey ?? '')).toBe(true);
    expect(entry.reportKey).toBe(record?.reportKey);
  });

  it('validates a dataset against its sidecar NAME.schema.json, flagging cell errors', async () => {
    const deps = memoryDeps();
    const schema = {
      fields: [
        { name: 'ward', type: 'string' },
        { name: 'count', type: 'integer', constraints: { minimum: 0 } },
      ],
    };
    await put(deps, 'uploads/datasets/counts.schema.json', JSON.stringify(schema));
    await put(deps, 'uploads/datasets/counts.csv', 'ward,count\nAylesbury,3\nWycombe,-1\n');

    const sidecar = await ingestUpload(deps, uploadEvent('uploads/datasets/counts.schema.json'));
    const entry = await ingestUpload(deps, uploadEvent('uploads/datasets/counts.csv'));

    expect(sidecar).toMatchObject({ outcome: 'skipped', reason: { code: 'sidecar-schema' } });
    expect(entry).toMatchObject({ outcome: 'accepted', version: 1 });
    expect(await deps.versions.latest('dataset', 'counts')).toMatchObject({
      valid: false,
      outcome: 'accepted-with-errors',
      errorCount: 1,
    });
    const report = JSON.parse(
      new TextDecoder().decode(deps.archive.objects.get(entry.reportKey ?? '')?.bytes),
    );
    expect(report.errors).toEqual([
      expect.objectContaining({ type: 'constraint-error', rowNumber: 3, fieldName: 'count' }),
    ]);
  });

  it('rejects a dataset whose sidecar schema is not a Table Schema, saying which file', async () => {
    const deps = memoryDeps();
    await put(deps, 'uploads/datasets/bad.schema.json', '{"columns": []}');
    await put(deps, 'uploads/datasets/bad.csv', 'a\n1\n');
    const entry = await ingestUpload(deps, uploadEvent('uploads/datasets/bad.csv'));
    expect(entry).toMatchObject({
      outcome: 'rejected',
      reason: {
        code: 'invalid-dataset',
        message: expect.stringContaining('bad.schema.json is not a Table Schema'),
      },
    });
  });

  it('rejects a CSV whose ragged rows make it ambiguous, keeping the report and the original', async () => {
    const deps = memoryDeps();
    await put(deps, 'uploads/datasets/ragged.csv', 'ward,count\nAylesbury,3\nWycombe,4,9\n');
    const entry = await ingestUpload(deps, uploadEvent('uploads/datasets/ragged.csv'));
    expect(entry).toMatchObject({
      outcome: 'rejected',
      kind: 'dataset',
      reason: { code: 'invalid-dataset', message: expect.stringMatching(/extra-cell at row 3/) },
    });
    const report = JSON.parse(
      new TextDecoder().decode(deps.archive.objects.get(entry.reportKey ?? '')?.bytes),
    );
    expect(report).toMatchObject({
      valid: false,
      errors: [expect.objectContaining({ type: 'extra-cell', rowNumber: 3 })],
    });
    expect(deps.versions.versions.size).toBe(0);
    expect(deps.uploads.objects.has('uploads/datasets/ragged.csv')).toBe(true);
  });

  it('rejects a row too large for one stored item, naming the row and the field of its 2 MB cell', async () => {
    const deps = memoryDeps();
    const essay = 'x'.repeat(2 * 1024 * 1024);
    await put(deps, 'uploads/datasets/notes.csv', `ward,note\nAylesbury,short\nWycombe,${essay}\n`);
    const entry = await ingestUpload(deps, uploadEvent('uploads/datasets/notes.csv'));
    expect(entry).toMatchObject({ outcome: 'rejected', kind: 'dataset' });
    const report = JSON.parse(
      new TextDecoder().decode(deps.archive.objects.get(entry.reportKey ?? '')?.bytes),
    );
    expect(report.errors).toContainEqual(
      expect.objectContaining({
        type: 'source-error',
        rowNumber: 3,
        fieldNumber: 2,
        fieldName: 'note',
        message: expect.stringContaining('over the 307200 a row may hold'),
      }),
    );
    expect(deps.versions.versions.size).toBe(0);
    expect(deps.uploads.objects.has('uploads/datasets/notes.csv')).toBe(true);
  });

  it('retries the version number when another writer takes it first', async () => {
    const deps = memoryDeps();
    const key = 'uploads/papers/race.txt';
    await put(deps, key, minutes);
    const putIfAbsent = deps.versions.putIfAbsent.bind(deps.versions);
    let raced = false;
    deps.versions.putIfAbsent = async (record: VersionRecord) => {
      if (!raced) {
        raced = true;
        // An earlier upload of the key, of different bytes, wins version 1 between our read and our write.
        await putIfAbsent({
          ...record,
          sha256: 'e'.repeat(64),
          sequencer: '00',
          applied: { [key]: '00' },
        });
        return false;
      }
      return putIfAbsent(record);
    };

    const entry = await ingestUpload(deps, uploadEvent(key));

    expect(entry).toMatchObject({ outcome: 'accepted', version: 2 });
    expect(deps.versions.versions.get('paper#race')?.map((record) => record.sha256)).toEqual([
      'e'.repeat(64),
      sha256Hex(minutes),
    ]);
  });

  it('completes a head left behind by a crash when the upload is retried', async () => {
    const deps = memoryDeps();
    const key = 'uploads/papers/crash.txt';
    await put(deps, key, minutes);
    const advanceHead = deps.versions.advanceHead.bind(deps.versions);
    deps.versions.advanceHead = async () => {
      throw new Error('crash after the version write');
    };
    await expect(ingestUpload(deps, uploadEvent(key))).rejects.toThrow('crash');
    expect(deps.versions.heads.size).toBe(0);

    deps.versions.advanceHead = advanceHead;
    const retry = await ingestUpload(deps, uploadEvent(key));

    expect(retry).toMatchObject({ outcome: 'duplicate', version: 1 });
    expect(deps.versions.heads.get('paper#crash')?.version).toBe(1);
  });

  it('refuses events from another bucket instead of reading the wrong one', async () => {
    const deps = memoryDeps();
    await expect(
      ingestUpload(deps, uploadEvent('uploads/papers/x.txt', { bucket: 'other' })),
    ).rejects.toThrow(/bucket other/);
  });

  it('lets infrastructure failures escape so the queue retries', async () => {
    const deps = memoryDeps();
    deps.uploads.get = async () => {
      throw Object.assign(new Error('Rate exceeded'), { name: 'SlowDown' });
    };
    await expect(ingestUpload(deps, uploadEvent('uploads/papers/x.txt'))).rejects.toThrow(
      'Rate exceeded',
    );
    expect(deps.log.entries).toEqual([]);
  });
});
