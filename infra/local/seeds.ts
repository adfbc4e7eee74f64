import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { uploadAreas } from '../../functions/config/areas.ts';

export interface SeedResult {
  readonly uploaded: string[];
  readonly unchanged: string[];
}

const remoteEtag = async (
  s3: S3Client,
  bucket: string,
  key: string,
): Promise<string | undefined> => {
  try {
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return head.ETag?.replaceAll('"', '');
  } catch (error) {
    if (error instanceof Error && error.name === 'NotFound') return undefined;
    throw error;
  }
};

/**
 * Uploads every file in the seeds folder to the papers area, skipping those whose bytes are already
 * there (a single-part upload's ETag is the MD5 of its bytes), so a restart does not re-ingest them.
 */
export const uploadSeeds = async (
  s3: S3Client,
  bucket: string,
  seedsDir: string,
): Promise<SeedResult> => {
  const names = (await readdir(seedsDir, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
  const result: SeedResult = { uploaded: [], unchanged: [] };
  for (const name of names) {
    const bytes = await readFile(join(seedsDir, name));
    const key = `${uploadAreas.paper}${name}`;
    if ((await remoteEtag(s3, bucket, key)) === createHash('md5').update(bytes).digest('hex')) {
      result.unchanged.push(name);
      continue;
    }
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: bytes,
        Metadata: { 'uploaded-by': 'seeds' },
      }),
    );
    result.uploaded.push(name);
  }
  return result;
};
