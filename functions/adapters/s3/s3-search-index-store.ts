import type { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  type ListObjectsV2CommandOutput,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type {
  IndexPart,
  PartStamp,
  SearchIndexStore,
  StoredPart,
} from '../../ports/search-index-store.ts';

/**
 * `shard-007.json.gz`: a base folding no segment (the name of the first format, gzipped JSON,
 * kept so such a shard is found and read); `shard-007.base-0000000042`, `shard-007.seg-0000000042`.
 */
const partPattern = /shard-(\d+)\.(?:json\.gz|(base|seg)-(\d+))$/;

const status = (error: unknown) =>
  (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;

/** S3 answers 412 when the condition fails, 409 while another conditional put is in flight. */
const lostRace = (error: unknown) =>
  error instanceof Error &&
  (error.name === 'PreconditionFailed' ||
    error.name === 'ConditionalRequestConflict' ||
    [409, 412].includes(status(error) ?? 0));

const shardName = (shard: number) => `shard-${String(shard).padStart(3, '0')}`;

/**
 * The index's parts as objects under a prefix of a bucket (names above). A put carries `If-Match`
 * (or `If-None-Match: *` for a new part), which S3 enforces; the local stand-in ignores both, so
 * locally the single process's writer queue is what keeps writes apart.
 */
export class S3SearchIndexStore implements SearchIndexStore {
  constructor(
    private readonly client: S3Client,
    readonly bucket: string,
    readonly prefix: string,
  ) {}

  private key(part: IndexPart) {
    const name = shardName(part.shard);
    if (part.kind === 'base' && part.seq === 0) return `${this.prefix}${name}.json.gz`;
    const kind = part.kind === 'base' ? 'base' : 'seg';
    return `${this.prefix}${name}.${kind}-${String(part.seq).padStart(10, '0')}`;
  }

  async list(shard?: number): Promise<PartStamp[]> {
    const stamps: PartStamp[] = [];
    let token: string | undefined;
    do {
      const page: ListObjectsV2CommandOutput = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: shard === undefined ? this.prefix : `${this.prefix}${shardName(shard)}.`,
          ContinuationToken: token,
        }),
      );
      for (const object of page.Contents ?? []) {
        const match = partPattern.exec(object.Key ?? '');
        if (!match || !object.ETag) continue;
        stamps.push({
          shard: Number(match[1]),
          kind: match[2] === 'seg' ? 'segment' : 'base',
          seq: Number(match[3] ?? 0),
          etag: object.ETag,
        });
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return stamps;
  }

  async get(part: IndexPart): Promise<StoredPart | undefined> {
    try {
      const response = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: this.key(part) }),
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

  async put(part: IndexPart, bytes: Uint8Array, expected: string | null): Promise<boolean> {
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: this.key(part),
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

  async delete(part: IndexPart): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.key(part) }));
  }
}
