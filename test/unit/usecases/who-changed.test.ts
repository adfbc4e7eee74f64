import { describe, expect, it } from 'vitest';
import { validatorFor } from '../../../functions/domain/validators.ts';
import { readHistory } from '../../../functions/usecases/ingest/commit-version.ts';
import { ingestUpload } from '../../../functions/usecases/ingest/ingest-upload.ts';
import { recentUploads } from '../../../functions/usecases/ingest/upload-outcomes.ts';
import { takeDown } from '../../../functions/usecases/withdrawal/takedown.ts';
import { withdrawPublished } from '../../../functions/usecases/withdrawal/withdraw-published.ts';
import { memoryDeps, uploadEvent } from '../../support/memory-deps.ts';

const minutes = '# Cabinet\n\nMeeting held on 9 May 2024\n\nPresent: Cllr A Smith\n';
const key = 'uploads/papers/cabinet.md';

const upload = async (
  deps: ReturnType<typeof memoryDeps>,
  metadata: Record<string, string>,
  path = key,
  body = minutes,
) => {
  await deps.uploads.put(path, new TextEncoder().encode(body), {
    contentType: 'text/markdown',
    metadata,
  });
  return ingestUpload(deps, uploadEvent(path, { uploader: 'AWS:AROAEXAMPLE:ingest-role' }));
};

const validEntry = validatorFor('ingest-entry');

describe('who uploaded, in the ingest log', () => {
  it('names the officer the upload form pinned as x-amz-meta-uploaded-by', async () => {
    // Prepare
    const deps = memoryDeps();

    // Act
    const entry = await upload(deps, { 'uploaded-by': 'j.smith@example.gov.uk' });

    // Assess
    expect(entry).toMatchObject({ outcome: 'accepted', uploadedBy: 'j.smith@example.gov.uk' });
    expect(validEntry(entry)).toBe(true);
    expect((await deps.versions.latest('paper', 'cabinet'))?.uploader).toBe(
      'j.smith@example.gov.uk',
    );
  });

  it('names the uploader of a rejected dataset too', async () => {
    // Prepare
    const deps = memoryDeps();

    // Act
    const entry = await upload(
      deps,
      { 'uploaded-by': 'data.team' },
      'uploads/datasets/ragged.csv',
      'a,b\n1,2,3\n4\n',
    );

    // Assess
    expect(entry).toMatchObject({ outcome: 'rejected', uploadedBy: 'data.team' });
  });

  it('falls back to the S3 principal when the object names nobody', async () => {
    // Prepare
    const deps = memoryDeps();

    // Act
    const entry = await upload(deps, {});

    // Assess
    expect(entry.uploadedBy).toBe('AWS:AROAEXAMPLE:ingest-role');
  });

  it('still reads x-amz-meta-uploader, as objects uploaded before the rename say it', async () => {
    // Prepare
    const deps = memoryDeps();

    // Act
    const entry = await upload(deps, { uploader: 'seeds' });

    // Assess
    expect(entry.uploadedBy).toBe('seeds');
  });
});

describe('who withdrew, in the tombstone and the log', () => {
  it('records the S3 principal that deleted an upload', async () => {
    // Prepare
    const deps = memoryDeps();
    await upload(deps, { 'uploaded-by': 'j.smith' });

    // Act
    const entry = await ingestUpload(
      deps,
      uploadEvent(key, { eventName: 'ObjectRemoved:Delete', uploader: 'AWS:AIDAEXAMPLE' }),
    );

    // Assess
    expect(entry).toMatchObject({ outcome: 'withdrawn', uploadedBy: 'AWS:AIDAEXAMPLE' });
    const { current } = await readHistory(deps.versions, 'paper', 'cabinet');
    expect(current?.withdrawal?.by).toBe('AWS:AIDAEXAMPLE');
  });

  it('logs one withdrawn entry naming who withdrew a record by name, and why', async () => {
    // Prepare
    const deps = memoryDeps();
    await upload(deps, { 'uploaded-by': 'j.smith' });
    const before = deps.log.entries.length;

    // Act
    const result = await withdrawPublished(deps, 'paper', 'cabinet', {
      reason: 'Published in error',
      by: 'a.jones@example.gov.uk',
      at: '2024-05-10T09:00:00.000Z',
    });

    // Assess
    expect(result.outcome).toBe('withdrawn');
    const logged = deps.log.entries.slice(before);
    expect(logged).toEqual([
      expect.objectContaining({
        outcome: 'withdrawn',
        key,
        kind: 'paper',
        id: 'cabinet',
        version: 2,
        uploadedBy: 'a.jones@example.gov.uk',
        reason: { code: 'withdrawal', message: 'Published in error' },
      }),
    ]);
    expect(validEntry(logged[0])).toBe(true);
    const { current } = await readHistory(deps.versions, 'paper', 'cabinet');
    expect(current?.withdrawal?.by).toBe('a.jones@example.gov.uk');
  });

  it('logs nothing when the record was already withdrawn', async () => {
    // Prepare
    const deps = memoryDeps();
    await upload(deps, {});
    const withdrawal = { reason: 'Published in error', by: 'a.jones', at: '2024-05-10T09:00:00Z' };
    await withdrawPublished(deps, 'paper', 'cabinet', withdrawal);
    const before = deps.log.entries.length;

    // Act
    const again = await withdrawPublished(deps, 'paper', 'cabinet', withdrawal);

    // Assess
    expect(again).toMatchObject({ outcome: 'skipped', code: 'already-withdrawn' });
    expect(deps.log.entries.length).toBe(before);
  });
});

describe('takedowns in the log', () => {
  it('logs one taken-down entry with who, which version and why', async () => {
    // Prepare
    const deps = memoryDeps();
    await upload(deps, { 'uploaded-by': 'j.smith' });
    const before = deps.log.entries.length;

    // Act
    await takeDown(deps, 'paper', 'cabinet', 1, {
      reason: 'Home address published in error',
      by: 'dpo',
    });

    // Assess
    const logged = deps.log.entries.slice(before);
    expect(logged).toEqual([
      expect.objectContaining({
        outcome: 'taken-down',
        key,
        version: 1,
        uploadedBy: 'dpo',
        reason: { code: 'takedown', message: 'Home address published in error' },
      }),
    ]);
    expect(validEntry(logged[0])).toBe(true);
  });
});

describe('an officer’s recent uploads', () => {
  it('lists only the uploads the officer made', async () => {
    // Prepare
    const deps = memoryDeps();
    await upload(deps, { 'uploaded-by': 'j.smith' }, 'uploads/papers/mine.md');
    await upload(deps, { 'uploaded-by': 'a.jones' }, 'uploads/papers/theirs.md');

    // Act
    const recent = await recentUploads(deps, 'j.smith');

    // Assess
    expect(recent.map((entry) => entry.key)).toEqual(['uploads/papers/mine.md']);
  });
});
