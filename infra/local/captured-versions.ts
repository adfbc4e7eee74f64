import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';

/**
 * The S3 stand-in has no versioning (it ignores `VersionId` and answers with the latest bytes), so
 * the local stack gives each upload a version of its own: when the upload's event is raised, the
 * object is copied to a key of that version, below a prefix no notification watches, and reads
 * that name the version are sent there. The ingest code reads `versionId` exactly as it does in AWS.
 */
export const capturedVersionsPrefix = 'local-versions/';

/** Where the bytes (and metadata) of one version of an upload are kept. */
export const capturedVersionKey = (key: string, versionId: string): string =>
  `${capturedVersionsPrefix}${versionId}/${key}`;

/**
 * Sends GetObject and HeadObject calls on `bucket` that name a `VersionId` to that version's
 * captured copy, as S3 serves a version of a versioned bucket. Other calls pass unchanged.
 */
export const readCapturedVersions = (client: S3Client, bucket: string): void => {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { Bucket?: string; Key?: string; VersionId?: string };
      const reads = ['GetObjectCommand', 'HeadObjectCommand'].includes(context.commandName ?? '');
      if (reads && input.Bucket === bucket && input.Key && input.VersionId) {
        input.Key = capturedVersionKey(input.Key, input.VersionId);
        input.VersionId = undefined;
      }
      return next(args);
    },
    { step: 'initialize', name: 'readCapturedVersions' },
  );
};

/** The S3 stand-in's store on disk (`@20minutes/s3rver`'s FilesystemStore): where it keeps an object. */
export interface StandInStore {
  getResourcePath(bucket: string, key: string, resource: string): string;
}

export type Capture = 'captured' | 'gone';

const isAbsent = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * Copies the object an event announced to its version's key, synchronously, in the tick the
 * stand-in raised the event: nothing else runs before the copy, so it holds the bytes and metadata
 * of this upload, however soon the key is written again. (A copy through the S3 API would be sent
 * later and could read the next upload's bytes, or a file the stand-in is still writing.) The
 * stand-in keeps an object as three files: its bytes, their MD5 (the ETag) and its metadata.
 */
export const captureVersion = (
  store: StandInStore,
  bucket: string,
  upload: { readonly key: string; readonly versionId: string },
): Capture => {
  const target = capturedVersionKey(upload.key, upload.versionId);
  for (const resource of ['object', 'object.md5', 'metadata.json']) {
    const to = store.getResourcePath(bucket, target, resource);
    try {
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(store.getResourcePath(bucket, upload.key, resource), to);
    } catch (error) {
      if (!isAbsent(error)) throw error;
      // The stand-in recomputes a missing MD5; without the object there is nothing to capture.
      if (resource === 'object') return 'gone';
    }
  }
  return 'captured';
};
