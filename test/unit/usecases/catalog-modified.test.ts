import { describe, expect, it, vi } from 'vitest';
import { MemoryVersionStore } from '../../../functions/adapters/memory/memory-version-store.ts';
import type { DatasetVersionRecord } from '../../../functions/domain/dataset-record.ts';
import { catalogModified } from '../../../functions/usecases/datasets/catalog-queries.ts';
import { datasetVersion } from '../../support/dataset-records.ts';

const show = (store: MemoryVersionStore, record: DatasetVersionRecord) =>
  store.advanceHead(record, { version: record.version, chainHash: record.chainHash });

describe('catalogModified', () => {
  it('states the newest change of an uploaded dataset without listing the datasets', async () => {
    // Prepare
    const store = new MemoryVersionStore();
    await show(store, datasetVersion({ id: 'spend-q1', publishedAt: '2024-04-02T09:00:00.000Z' }));
    await show(store, datasetVersion({ id: 'spend-q2', publishedAt: '2024-07-02T09:00:00.000Z' }));
    const listing = vi.spyOn(store, 'listLatest');

    // Act
    const modified = await catalogModified(store);

    // Assess
    expect(modified).toBe('2024-07-02T09:00:00.000Z');
    expect(listing).not.toHaveBeenCalled();
  });

  it('counts a withdrawal later than any publication', async () => {
    // Prepare
    const store = new MemoryVersionStore();
    await show(store, datasetVersion({ id: 'spend-q1', publishedAt: '2024-04-02T09:00:00.000Z' }));
    await show(
      store,
      datasetVersion({
        id: 'spend-q1',
        version: 2,
        status: 'withdrawn',
        publishedAt: '2024-04-02T09:00:00.000Z',
        withdrawal: { reason: 'Published in error.', by: null, at: '2024-09-01T12:00:00.000Z' },
      }),
    );

    // Act
    const modified = await catalogModified(store);

    // Assess
    expect(modified).toBe('2024-09-01T12:00:00.000Z');
  });

  it('leaves out a change to a paper’s table, which the catalogue does not list', async () => {
    // Prepare
    const store = new MemoryVersionStore();
    await show(store, datasetVersion({ id: 'spend-q1', publishedAt: '2024-04-02T09:00:00.000Z' }));
    await show(
      store,
      datasetVersion({
        id: 'cabinet-2024-05-09-table-1',
        origin: 'paper',
        publishedAt: '2024-05-09T10:00:00.000Z',
      }),
    );

    // Act
    const modified = await catalogModified(store);

    // Assess
    expect(modified).toBe('2024-04-02T09:00:00.000Z');
  });

  it('reads every dataset when the store kept no newest change (heads moved before it did)', async () => {
    // Prepare
    const store = new MemoryVersionStore();
    await show(store, datasetVersion({ id: 'spend-q1', publishedAt: '2024-04-02T09:00:00.000Z' }));
    vi.spyOn(store, 'lastChange').mockResolvedValue(undefined);

    // Act
    const modified = await catalogModified(store);

    // Assess
    expect(modified).toBe('2024-04-02T09:00:00.000Z');
  });

  it('is null for an empty catalogue', async () => {
    // Prepare
    const store = new MemoryVersionStore();

    // Act
    const modified = await catalogModified(store);

    // Assess
    expect(modified).toBeNull();
  });
});
