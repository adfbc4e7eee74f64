import type { Readable } from 'node:stream';
import {
  GetObjectCommand,
  type GetObjectCommandOutput,
  HeadObjectCommand,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import {
  type BlobStore,
  ObjectTooLargeError,
  type PutOptions,
  type StoredObject,
} from '../../ports/blob-store.ts';

const isMissing = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'NoSuchKey' || error.name === 'NotFound');

/**
 * A bucket through the S3 API. Bodies are streamed and always consumed or destroyed: an unread body
 * holds a socket, and a client with all its sockets held hangs.
 */
export class S3BlobStore implements BlobStore {
  constructor(
    private readonly client: S3Client,
    readonly bucket: string,
  ) {}

  async get(key: string, maxBytes: number): Promise<StoredObject | undefined> {
    let response: GetObjectCommandOutput;
    try {
      response = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
    // In Node the SDK's body is an http.IncomingMessage, a Readable.
    const body = response.Body as Readable | undefined;
    const declared = response.ContentLength ?? 0;
    if (declared > maxBytes) {
      body?.destroy();
      throw new ObjectTooLargeError(key, declared);
    }
    const bytes = body ? await readCapped(body, key, maxBytes) : new Uint8Array();
    const metadata = response.Metadata ?? {};
    return { bytes, size: bytes.length, metadata };
  }

  async put(key: string, body: Uint8Array, options: PutOptions): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: body,
        ContentType: options.contentType,
        Metadata: options.metadata ? { ...options.metadata } : undefined,
      }),
    );
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }
}

/** Reads a stream to the end, stopping (and destroying it) as soon as it passes the cap. */
const readCapped = async (body: Readable, key: string, maxBytes: number): Promise<Uint8Array> => {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    total += buffer.length;
    if (total > maxBytes) {
      body.destroy();
      throw new ObjectTooLargeError(key, total);
    }
    chunks.push(buffer);
  }
  return new Uint8Array(Buffer.concat(chunks, total));
};
