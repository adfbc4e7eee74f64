import {
  type DatasetDistribution,
  type DistributionFormat,
  distributionFormats,
  distributionKey,
  distributionKind,
  type RowValues,
  rowEncoder,
} from '../../domain/datasets/distributions.ts';
import { sha256Stream } from '../../domain/hashing.ts';
import type { BlobStore } from '../../ports/blob-store.ts';

/** Distributions being written a batch of rows at a time, each hashed and counted as it goes. */
export interface DistributionWriter {
  add(rows: readonly RowValues[]): Promise<void>;
  /** Completes every object and says what was written. */
  finish(): Promise<DatasetDistribution[]>;
  abort(): Promise<void>;
}

/**
 * Opens the archive objects of a rowset's distributions (every format unless `formats` narrows it)
 * and writes them as rows arrive, so no distribution is ever held whole.
 *
 * @example const writer = openDistributions(archive, 'spend#ab…', ['date', 'amount']);
 * await writer.add(rows); const distributions = await writer.finish();
 */
export const openDistributions = (
  archive: BlobStore,
  rowset: string,
  fields: readonly string[],
  formats: readonly DistributionFormat[] = distributionFormats,
): DistributionWriter => {
  const encoder = new TextEncoder();
  const outputs = formats.map((format) => {
    const kind = distributionKind(format);
    const key = distributionKey(rowset, format);
    const writer = archive.openWriter(key, { contentType: kind.contentType });
    const hash = sha256Stream();
    const encode = rowEncoder(format, fields);
    let byteSize = 0;
    const write = async (text: string) => {
      if (text === '') return;
      const bytes = encoder.encode(text);
      hash.update(bytes);
      byteSize += bytes.length;
      await writer.write(bytes);
    };
    let started = false;
    return {
      add: async (rows: readonly RowValues[]) => {
        if (!started) await write(encode.head());
        started = true;
        await write(encode.rows(rows));
      },
      finish: async (): Promise<DatasetDistribution> => {
        if (!started) await write(encode.head());
        await write(encode.tail());
        await writer.finish();
        return { format, key, byteSize, sha256: hash.hex(), mediaType: kind.contentType };
      },
      abort: () => writer.abort(),
    };
  });
  return {
    add: async (rows) => {
      await Promise.all(outputs.map((output) => output.add(rows)));
    },
    finish: () => Promise.all(outputs.map((output) => output.finish())),
    abort: async () => {
      await Promise.all(outputs.map((output) => output.abort()));
    },
  };
};
