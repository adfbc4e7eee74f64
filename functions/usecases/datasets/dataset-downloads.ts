import type { DatasetVersionRecord } from '../../domain/dataset-record.ts';
import {
  type DatasetDistribution,
  type DistributionFormat,
  distributionFilename,
  distributionKey,
  distributionKind,
} from '../../domain/datasets/distributions.ts';
import { NotFoundError } from '../../domain/errors.ts';
import type { BlobStore } from '../../ports/blob-store.ts';
import type { RowStore } from '../../ports/row-store.ts';
import type { VersionStore } from '../../ports/version-store.ts';
import { openDistributions } from '../ingest/write-distributions.ts';
import { getDataset } from './dataset-queries.ts';

export interface DatasetDownloadDeps {
  readonly versions: VersionStore;
  readonly archive: BlobStore;
  readonly rows: RowStore;
}

/** Signed links expire after this; the API address that redirects to them does not. */
const linkLifetimeSeconds = 300;
/** Rows read per query when a distribution is generated from the rows table. */
const generationPageSize = 1000;

export interface DatasetDownload {
  readonly record: DatasetVersionRecord;
  /** Its size and hash, when ingest recorded them (versions archived before then have none). */
  readonly distribution: DatasetDistribution | undefined;
  /** A short-lived link that downloads the whole file from the archive. */
  readonly url: string;
}

/**
 * Writes a version's distribution from its stored rows, for versions archived before ingest wrote
 * distributions. The object goes to the key ingest would have used, so this happens once per
 * rowset and format; later downloads find it.
 */
const generateFromRows = async (
  deps: DatasetDownloadDeps,
  record: DatasetVersionRecord,
  format: DistributionFormat,
): Promise<void> => {
  const writer = openDistributions(deps.archive, record.rowset, record.fields, [format]);
  try {
    let cursor: string | undefined;
    do {
      const page = await deps.rows.read(record.rowset, { limit: generationPageSize, cursor });
      await writer.add(page.items.map((row) => row.values));
      cursor = page.next ?? undefined;
    } while (cursor);
    await writer.finish();
  } catch (error) {
    await writer.abort();
    throw new Error(`Generating the ${format} download of ${record.rowset} failed`, {
      cause: error,
    });
  }
};

/**
 * A version's whole rows in one format, by a signed link to the archived file: the function never
 * holds the file. A version archived before distributions existed gets its file generated from
 * its rows on the first request (written once to the archive, where later requests find it).
 *
 * @example (await datasetDownload(deps, 'spend', 1, 'csv')).url // 'https://…/distributions/spend/ab….csv?X-Amz-…'
 */
export const datasetDownload = async (
  deps: DatasetDownloadDeps,
  id: string,
  version: number,
  format: DistributionFormat,
): Promise<DatasetDownload> => {
  const record = await getDataset(deps, id, version);
  if (record.reason === 'withdrawal')
    throw new NotFoundError(
      `Version ${version} of dataset "${id}" withdraws it and has no rows of its own; earlier versions keep theirs.`,
    );
  const distribution = record.distributions?.find((candidate) => candidate.format === format);
  const key = distribution?.key ?? distributionKey(record.rowset, format);
  if (!distribution && !(await deps.archive.exists(key)))
    await generateFromRows(deps, record, format);
  const url = await deps.archive.downloadUrl(key, {
    filename: distributionFilename(id, version, format),
    contentType: distributionKind(format).contentType,
    expiresInSeconds: linkLifetimeSeconds,
  });
  return { record, distribution, url };
};
