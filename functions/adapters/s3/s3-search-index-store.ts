import type { Readable } from 'node:stream';
import {
  GetObjectCommand,
  ListObjectsV2Command,
  type ListObjectsV2CommandOutput,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { SearchIndexStore, ShardStamp, StoredShard } from '../../ports/search-index-store.ts';

const shardPattern = /shard-(\d+)\.json\.gz$/;

const status = (error: unknown) =>
  (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;

/** S3 answers 412 when the condition fails, 409 while another conditional put is in flight. */
const lostRace = (error: unknown) =>
  error instanceof Error &&
  (error.name === 'PreconditionFailed' ||
    error.name === 'ConditionalRequestConflict' ||
    [409, 412].includes(status(error) ?? 0));

/**
 * The index's shards as objects `<prefix>shard-<n>.json.gz` in a bucket (the name of the first
 * format, gzipped JSON, kept so such a shard is found, read and rewritten packed in place). A put
 * carries `If-Match` (or `If-None-Match: *` for a new shard), which S3 enforces; the local
 * stand-in ignores both, so locally the single process's writer queue is what keeps writes apart.
 */
export class S3SearchIndexStore implements SearchIndexStore {
  constructor(
    private readonly client: S3Client,
    readonly bucket: string,
    readonly prefix: string,
  ) {}

  private key(shard: number) {
    return `${this.prefix}shard-${String(shard).padStart(3, '0')}.json.gz`;
  }

  async list(): Promise<ShardStamp[]> {
    const stamps: ShardStamp[] = [];
    let token: string | undefined;
    do {
      const page: ListObjectsV2CommandOutput = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: this.prefix,
          ContinuationToken: token,
        }),
      );
      for (const object of page.Contents ?? []) {
        const match = shardPattern.exec(object.Key ?? '');
        if (match && object.ETag) stamps.push({ shard: Number(match[1]), etag: object.ETag });
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return stamps;
  }

  async get(shard: number): Promise<StoredShard | undefined> {
    try {
      const response = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: this.key(shard) }),
      );
      const chunks: Buffer[] = [];
      for await (const chunk of response.Body as Readable) chunks.push(chunk as Buffer);
      return { bytes: new Uint8Array(Buffer.concat(chunks)), etag: response.ETag ?? '' };
    } catch (error) {
      if (error instanceof Error && (error.name === 'NoSuchKey' || status(error) === 404))
        return undefined;
      throw error;
    }
  }

  async put(shard: number, bytes: Uint8Array, expected: string | null): Promise<boolean> {
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: this.key(shard),
          Body: bytes,
          ContentType: 'application/octet-stream',
          ...(expected === null ? { IfNoneMatch: '*' } : { IfMatch: expected }),
        }),
      );
      return true;
    } catch (error) {
      if (lostRace(error)) return false;
      throw error;
    }
  }
}
