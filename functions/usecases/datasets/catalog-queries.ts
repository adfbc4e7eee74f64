import { maxPageSize } from '../../config/limits.ts';
import type { DatasetVersionRecord } from '../../domain/dataset-record.ts';
import { datasetOrigin } from '../../domain/datasets/origin.ts';
import { changedAt } from '../../domain/history/last-change.ts';
import type { VersionStore } from '../../ports/version-store.ts';

/**
 * Every uploaded dataset's current version (withdrawn ones too: the catalogues leave them out
 * themselves). A paper's tables are not catalogued: they are listed at `/v1/datasets?origin=paper`.
 */
export const allDatasets = async (versions: VersionStore): Promise<DatasetVersionRecord[]> => {
  const records: DatasetVersionRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await versions.listLatest('dataset', { limit: maxPageSize, cursor });
    records.push(...page.items.filter((record) => datasetOrigin(record) === 'upload'));
    cursor = page.next ?? undefined;
  } while (cursor);
  return records;
};

/**
 * The newest change anywhere in the catalogue: the latest version published, a withdrawal
 * included (it takes a dataset out), or null for an empty catalogue. Every page of the paged
 * catalogue states it: it is one read of the value the version store keeps as heads move, and
 * only an archive whose heads last moved before that value was kept reads every dataset instead.
 *
 * @example await catalogModified(versions) // '2024-05-20T14:30:00.000Z'
 */
export const catalogModified = async (versions: VersionStore): Promise<string | null> =>
  (await versions.lastChange('dataset:upload')) ??
  (await allDatasets(versions)).map(changedAt).sort().at(-1) ??
  null;
