import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../../functions/domain/errors.ts';
import { sha256Hex } from '../../../functions/domain/hashing.ts';
import { datasetDownload } from '../../../functions/usecases/datasets/dataset-downloads.ts';
import { ingestUpload } from '../../../functions/usecases/ingest/ingest-upload.ts';
import { memoryDeps, uploadEvent } from '../../support/memory-deps.ts';

const csv = 'ward,count\nAylesbury,3\nWycombe,4\nChesham,\n';

const ingested = async () => {
  const deps = memoryDeps();
  await deps.uploads.put('uploads/datasets/wards.csv', new TextEncoder().encode(csv), {
    contentType: 'text/csv',
  });
  await ingestUpload(deps, uploadEvent('uploads/datasets/wards.csv'));
  return deps;
};

const archived = (deps: ReturnType<typeof memoryDeps>, key: string) =>
  new TextDecoder().decode(deps.archive.objects.get(key)?.bytes);

describe('dataset distributions', () => {
  it('writes CSV, NDJSON and JSON of every row at ingest, with their size and SHA-256', async () => {
    // Prepare
    const deps = await ingested();

    // Act
    const record = await deps.versions.latest('dataset', 'wards');

    // Assess
    expect(record?.kind === 'dataset' && record.distributions?.map((d) => d.format)).toEqual([
      'csv',
      'ndjson',
      'json',
    ]);
    for (const distribution of (record?.kind === 'dataset' && record.distributions) || []) {
      const bytes = deps.archive.objects.get(distribution.key)?.bytes ?? new Uint8Array();
      expect(distribution.byteSize).toBe(bytes.length);
      expect(distribution.sha256).toBe(sha256Hex(bytes));
    }
    const json = record?.kind === 'dataset' ? record.distributions?.[2]?.key : undefined;
    expect(JSON.parse(archived(deps, json ?? ''))).toEqual([
      { ward: 'Aylesbury', count: 3 },
      { ward: 'Wycombe', count: 4 },
      { ward: 'Chesham', count: null },
    ]);
  });

  it('links a download to the archived file written at ingest', async () => {
    // Prepare
    const deps = await ingested();

    // Act
    const download = await datasetDownload(deps, 'wards', 1, 'csv');

    // Assess
    expect(download.url).toBe(
      `memory://${encodeURIComponent(download.distribution?.key ?? 'missing')}`,
    );
    expect(archived(deps, download.distribution?.key ?? '')).toBe(
      'ward,count\r\nAylesbury,3\r\nWycombe,4\r\nChesham,\r\n',
    );
  });

  it('generates the file of a version archived before distributions, once, from its rows', async () => {
    // Prepare: the version as it was stored before ingest wrote distributions
    const deps = await ingested();
    const stored = await deps.versions.latest('dataset', 'wards');
    if (stored?.kind !== 'dataset') throw new Error('no dataset');
    const { distributions, ...older } = stored;
    for (const distribution of distributions ?? []) deps.archive.objects.delete(distribution.key);
    deps.versions.get = (async () => older) as typeof deps.versions.get;

    // Act
    const download = await datasetDownload(deps, 'wards', 1, 'ndjson');

    // Assess
    expect(download.distribution).toBeUndefined();
    const key = `distributions/sha256/${stored.sha256}/wards.ndjson`;
    expect(download.url).toBe(`memory://${encodeURIComponent(key)}`);
    expect(archived(deps, key)).toBe(
      '{"ward":"Aylesbury","count":3}\n{"ward":"Wycombe","count":4}\n{"ward":"Chesham","count":null}\n',
    );
  });

  it('answers not found for a version the dataset does not have', async () => {
    // Prepare
    const deps = await ingested();

    // Act
    const download = datasetDownload(deps, 'wards', 9, 'json');

    // Assess
    await expect(download).rejects.toBeInstanceOf(NotFoundError);
  });
});
