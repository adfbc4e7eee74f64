import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { uploadAreas } from '../../functions/config/areas.ts';
import type { IngestEntry, IngestLog } from '../../functions/ports/ingest-log.ts';

/** An object in an upload area that the ingest log does not show as ingested in its last state. */
export interface Unlogged {
  readonly key: string;
  readonly eTag: string;
  readonly size: number;
}

const newestEntryByKey = async (log: IngestLog): Promise<Map<string, IngestEntry>> => {
  const newest = new Map<string, IngestEntry>();
  let cursor: string | undefined;
  do {
    const page = await log.query({ limit: 500, cursor });
    for (const entry of page.items) if (!newest.has(entry.key)) newest.set(entry.key, entry);
    cursor = page.next ?? undefined;
  } while (cursor);
  return newest;
};

/**
 * Finds the uploads whose last event has no final entry in the ingest log: an object with no
 * entry at all, or written after its newest entry (its modification time, to the second S3
 * gives, later than that entry's event; or a size that differs). Keys with a message still queued
 * are left to that message. What the stack lost between storing an object and queueing its event
 * (a `kill -9` in between) is found here and queued again.
 */
export const findUnlogged = async (
  s3: S3Client,
  bucket: string,
  log: IngestLog,
  queued: ReadonlySet<string>,
): Promise<Unlogged[]> => {
  const newest = await newestEntryByKey(log);
  const found: Unlogged[] = [];
  for (const prefix of Object.values(uploadAreas)) {
    let token: string | undefined;
    do {
      const page = await s3.send(
        new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) {
        const key = object.Key;
        if (!key || queued.has(key)) continue;
        const entry = newest.get(key);
        const modified = object.LastModified?.getTime() ?? 0;
        const stale =
          !entry ||
          entry.eventName.startsWith('ObjectRemoved:') ||
          Math.floor(Date.parse(entry.at) / 1000) < Math.floor(modified / 1000) ||
          (entry.size !== null && object.Size !== undefined && entry.size !== object.Size);
        if (stale) found.push({ key, eTag: object.ETag ?? '', size: object.Size ?? 0 });
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }
  return found;
};
