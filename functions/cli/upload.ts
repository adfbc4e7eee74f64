import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { type RecordKind, uploadAreas } from '../config/areas.ts';
import { acceptedExtensions } from '../domain/accepted-formats.ts';
import {
  type DescribedField,
  describedFields,
  encodeMetadataValue,
} from '../domain/upload-metadata.ts';
import type { IngestEntry } from '../ports/ingest-log.ts';
import { CliError } from './cli-error.ts';
import type { Target } from './target.ts';

/**
 * Names that go to the datasets area: the formats it accepts, NDJSON, and `.xls` (a CSV under that
 * name is read as CSV there; a real workbook is refused there with the advice to save it as XLSX).
 */
const datasetExtensions = [...acceptedExtensions('dataset'), '.ndjson', '.xls'];

/** Tables and data packages go to the datasets area; everything else is a paper. */
export const areaForFile = (path: string, override?: string): RecordKind => {
  if (override !== undefined) {
    if (override !== 'paper' && override !== 'dataset')
      throw new CliError(`--as takes paper or dataset, not "${override}"`);
    return override;
  }
  const name = path.toLowerCase();
  return datasetExtensions.some((extension) => name.endsWith(extension)) ? 'dataset' : 'paper';
};

export interface UploadOptions {
  readonly as?: string | undefined;
  readonly id?: string | undefined;
  /** `--sheet`: the one sheet of a workbook to publish (`x-amz-meta-sheet`). */
  readonly sheet?: string | undefined;
  /** `x-amz-meta-replaces`: the record, published from another key, this file is the next version of. */
  readonly replaces?: string | undefined;
  /** `--title`, `--description`, `--licence`, `--publisher`, `--source`: set on every file given. */
  readonly describe: Partial<Record<DescribedField, string | undefined>>;
  /** Recorded as each object's `x-amz-meta-uploaded-by`, which the ingest log names. */
  readonly by: string;
  readonly wait: boolean;
  readonly timeoutMs: number;
}

export interface Uploaded {
  readonly file: string;
  readonly key: string;
  readonly entry: IngestEntry | undefined;
}

const waitForEntry = async (target: Target, key: string, since: string, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (target.log && Date.now() < deadline) {
    const entry = (await target.log.recent(100)).find(
      (candidate) => candidate.key === key && candidate.at >= since,
    );
    if (entry) return entry;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return undefined;
};

/**
 * The descriptions given as S3 user metadata, the names the ingest reads (`x-amz-meta-title`…);
 * blank ones are left out, and text beyond ASCII travels as an RFC 2047 encoded word.
 */
export const describedMetadata = (describe: UploadOptions['describe']): Record<string, string> => {
  const metadata: Record<string, string> = {};
  for (const name of describedFields) {
    const value = describe[name]?.trim();
    if (value) metadata[name] = encodeMetadataValue(value);
  }
  return metadata;
};

export const uploadFiles = async (
  target: Target,
  files: readonly string[],
  options: UploadOptions,
): Promise<Uploaded[]> => {
  if (files.length === 0) throw new CliError('upload needs at least one FILE');
  if (options.id && files.length > 1)
    throw new CliError('--id names one record: give one FILE with it');
  if (options.replaces && files.length > 1)
    throw new CliError('--replaces names one record: give one FILE with it');
  const results: Uploaded[] = [];
  for (const file of files) {
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) throw new CliError(`${file}: no such file`);
    const key = `${uploadAreas[areaForFile(file, options.as)]}${basename(file)}`;
    // S3 stamps its own receive time, which can be a little earlier than ours; allow for the skew.
    const since = new Date(Date.now() - 2_000).toISOString();
    await target.s3.send(
      new PutObjectCommand({
        Bucket: target.bucket,
        Key: key,
        Body: await readFile(file),
        Metadata: {
          'uploaded-by': options.by,
          ...(options.id ? { id: options.id } : {}),
          ...(options.sheet?.trim() ? { sheet: encodeMetadataValue(options.sheet.trim()) } : {}),
          ...(options.replaces ? { replaces: options.replaces } : {}),
          ...describedMetadata(options.describe),
        },
      }),
    );
    const entry = options.wait
      ? await waitForEntry(target, key, since, options.timeoutMs)
      : undefined;
    results.push({ file, key, entry });
  }
  return results;
};
