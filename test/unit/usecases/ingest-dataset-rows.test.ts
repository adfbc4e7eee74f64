import { describe, expect, it } from 'vitest';
import { MemoryRowStore } from '../../../functions/adapters/memory/memory-row-store.ts';
import { archivePrefixes } from '../../../functions/config/areas.ts';
import type { DatasetRow } from '../../../functions/ports/row-store.ts';
import { ingestUpload } from '../../../functions/usecases/ingest/ingest-upload.ts';
import { memoryDeps, uploadEvent } from '../../support/memory-deps.ts';

/** More rows than one batch of the reader (1,000), so batches are read while others are written. */
const rowCount = 2_500;
const csv = [
  'Ref,Amount',
  ...Array.from({ length: rowCount }, (_, index) => `R${index + 1},${index + 1}`),
].join('\n');

/** A row store whose writes of the second batch fail, as a throttled table can. */
class FailingRowStore extends MemoryRowStore {
  calls = 0;
  override async write(rowset: string, rows: readonly DatasetRow[]) {
    this.calls++;
    if (this.calls === 2) throw new Error('ProvisionedThroughputExceededException');
    await new Promise((resolve) => setTimeout(resolve, 5));
    return super.write(rowset, rows);
  }
}

const upload = async (deps: ReturnType<typeof memoryDeps>) => {
  await deps.uploads.put('uploads/datasets/payments.csv', new TextEncoder().encode(csv), {
    contentType: 'text/csv',
    metadata: {},
  });
  return ingestUpload(deps, uploadEvent('uploads/datasets/payments.csv'));
};

describe('ingesting a dataset of several batches', () => {
  it('stores every row in order, and downloads that hold every row', async () => {
    // Prepare
    const deps = memoryDeps();

    // Act
    const entry = await upload(deps);

    // Assess
    expect(entry.outcome).toBe('accepted');
    const record = await deps.versions.latest('dataset', 'payments');
    const rows = deps.rows.rowsets.get(record?.rowset ?? '') ?? [];
    expect(rows.map((row) => row.rowNumber)).toEqual(
      Array.from({ length: rowCount }, (_, index) => index + 1),
    );
    expect(rows.at(-1)?.values).toEqual({ Ref: `R${rowCount}`, Amount: rowCount });
    const download = record?.distributions?.find((item) => item.format === 'csv');
    const stored = deps.archive.objects.get(download?.key ?? '');
    const lines = new TextDecoder().decode(stored?.bytes).trim().split('\n');
    expect(lines).toHaveLength(rowCount + 1);
    expect(lines.at(-1)).toBe(`R${rowCount},${rowCount}`);
  });

  it('publishes nothing and leaves no downloads when a batch of rows cannot be written', async () => {
    // Prepare
    const deps = { ...memoryDeps(), rows: new FailingRowStore() };

    // Act
    const ingested = upload(deps);

    // Assess
    await expect(ingested).rejects.toThrow('ProvisionedThroughputExceededException');
    expect(await deps.versions.latest('dataset', 'payments')).toBeUndefined();
    const downloads = [...deps.archive.objects.keys()].filter((key) =>
      key.startsWith(archivePrefixes.distributions),
    );
    expect(downloads).toEqual([]);
  });
});
