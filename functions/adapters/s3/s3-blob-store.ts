import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import {
  GetObjectCommand,
  type GetObjectCommandOutput,
  HeadObjectCommand,
  PutObjectCommand,
  type PutObjectCommandInput,
  type S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { type ByteSource, headBytes, noBytes } from '../../domain/byte-source.ts';
import { attachment } from '../../domain/content-disposition.ts';
import {
  type BlobStore,
  type BlobWriter,
  type DownloadOptions,
  ObjectChangedError,
  ObjectTooLargeError,
  type OpenedObject,
  type PutOptions,
  type ReadOptions,
  type StoredObject,
} from '../../ports/blob-store.ts';

const isMissing = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'NoSuchKey' || error.name === 'NotFound');

/** S3 answers 412 when `If-Match` names an ETag the object no longer has. */
const isChanged = (error: unknown): boolean =>
  isMissing(error) ||
  (error instanceof Error &&
    (error.name === 'PreconditionFailed' ||
      (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 412));

/**
 * A bucket through the S3 API. Bodies are streamed and always consumed or destroyed: an unread body
 * holds a socket, and a client with all its sockets held hangs.
 */
/**
 * S3 answers 412 to a put with `If-None-Match: *` when the key exists, and 409 when another such
 * put to the key is in flight.
 */
const isTaken = (error: unknown): boolean =>
  error instanceof Error &&
  (error.name === 'PreconditionFailed' ||
    error.name === 'ConditionalRequestConflict' ||
    [409, 412].includes(
      (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode ?? 0,
    ));

export interface S3BlobStoreOptions {
  /**
   * Every put carries `If-None-Match: *`, so it can never replace an object: for the archive,
   * whose keys are content hashes (an existing key already holds the same bytes), and whose
   * bucket policy refuses any put without that header.
   */
  readonly writeOnce?: boolean;
}

export class S3BlobStore implements BlobStore {
  constructor(
    private readonly client: S3Client,
    readonly bucket: string,
    private readonly options: S3BlobStoreOptions = {},
  ) {}

  private async putObject(input: Omit<PutObjectCommandInput, 'Bucket' | 'IfNoneMatch'>) {
    try {
      await this.client.send(
        new PutObjectCommand({
          ...input,
          Bucket: this.bucket,
          ...(this.options.writeOnce && { IfNoneMatch: '*' }),
        }),
      );
    } catch (error) {
      if (this.options.writeOnce && isTaken(error)) return;
      throw error;
    }
  }

  /** Its presigner is loaded with the first link: the API signs links only for some downloads. */
  async downloadUrl(key: string, options: DownloadOptions): Promise<string> {
    const { getSignedUrl } = await import('@aws-sdk/s3-request-presigner');
    const command = new GetObjectCommand({
      Bucket: this.bucket,
      Key: key,
      ResponseContentType: options.contentType,
      ResponseContentDisposition: attachment(options.filename),
    });
    return getSignedUrl(this.client, command, { expiresIn: options.expiresInSeconds });
  }

  /**
   * A multipart upload fed through a stream: parts of 8 MiB, at most two in flight, so a writer
   * holds a few parts at most whatever the object's size. Write-once stores complete it with
   * `If-None-Match: *`, and a key already taken counts as written (it holds the same bytes).
   */
  openWriter(key: string, options: PutOptions): BlobWriter {
    const body = new PassThrough({ highWaterMark: 1024 * 1024 });
    const upload = new Upload({
      client: this.client,
      partSize: 8 * 1024 * 1024,
      queueSize: 2,
      leavePartsOnError: false,
      params: {
        Bucket: this.bucket,
        Key: key,
        Body: body,
        ContentType: options.contentType,
        Metadata: options.metadata ? { ...options.metadata } : undefined,
        ...(this.options.writeOnce && { IfNoneMatch: '*' }),
      },
    });
    const done = upload.done().then(
      () => undefined,
      (error: unknown) => {
        if (this.options.writeOnce && isTaken(error)) return;
        throw new Error(`Writing ${key} to ${this.bucket} failed`, { cause: error });
      },
    );
    // Observed here so a failure while nobody awaits is not unhandled; each call rethrows it.
    done.catch(() => {});
    return {
      write: async (chunk) => {
        if (body.write(chunk)) return;
        await Promise.race([once(body, 'drain'), done]);
      },
      finish: async () => {
        body.end();
        await done;
      },
      abort: async () => {
        await upload.abort();
        body.destroy();
        await done.catch(() => {});
      },
    };
  }

  async get(
    key: string,
    maxBytes: number,
    options: ReadOptions = {},
  ): Promise<StoredObject | undefined> {
    let response: GetObjectCommandOutput;
    try {
      response = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: key, VersionId: options.versionId }),
      );
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

  async open(key: string, options: ReadOptions = {}): Promise<OpenedObject | undefined> {
    const { versionId } = options;
    let head: { ContentLength?: number; ETag?: string; Metadata?: Record<string, string> };
    try {
      head = await this.client.send(
        new HeadObjectCommand({ Bucket: this.bucket, Key: key, VersionId: versionId }),
      );
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
    const size = head.ContentLength ?? 0;
    // Every read names the ETag seen here, so all passes read the same bytes or fail.
    const etag = head.ETag;
    const read = (range?: string) => this.#readVersion(key, { etag, versionId }, range);
    const first = size === 0 ? new Uint8Array() : await collect(read(`bytes=0-${headBytes - 1}`));
    return {
      size,
      head: first,
      metadata: head.Metadata ?? {},
      chunks: () => read(),
      range: (start, end) =>
        end > start ? read(`bytes=${start}-${Math.min(end, size) - 1}`) : noBytes(),
    };
  }

  async *#readVersion(
    key: string,
    { etag, versionId }: { etag: string | undefined; versionId: string | undefined },
    range?: string,
  ) {
    let body: Readable | undefined;
    try {
      const response = await this.client.send(
        new GetObjectCommand({
          Bucket: this.bucket,
          Key: key,
          VersionId: versionId,
          IfMatch: etag,
          Range: range,
        }),
      );
      body = response.Body as Readable | undefined;
      // S3 enforces If-Match; s3rver ignores it, so compare the ETag too.
      if (etag !== undefined && response.ETag !== undefined && response.ETag !== etag) {
        body?.destroy();
        throw new ObjectChangedError(key);
      }
    } catch (error) {
      if (error instanceof ObjectChangedError) throw error;
      if (isChanged(error)) throw new ObjectChangedError(key);
      throw error;
    }
    if (!body) return;
    try {
      for await (const chunk of body) yield chunk as Uint8Array;
    } finally {
      // A pass abandoned early (schema inference reads only the start) must free its socket.
      body.destroy();
    }
  }

  putSource(key: string, source: ByteSource, options: PutOptions): Promise<void> {
    return this.putObject({
      Key: key,
      Body: Readable.from(source.chunks()),
      ContentLength: source.size,
      ContentType: options.contentType,
      Metadata: options.metadata ? { ...options.metadata } : undefined,
    });
  }

  put(key: string, body: Uint8Array, options: PutOptions): Promise<void> {
    return this.putObject({
      Key: key,
      Body: body,
      ContentType: options.contentType,
      Metadata: options.metadata ? { ...options.metadata } : undefined,
    });
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

const collect = async (chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> => {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return new Uint8Array(Buffer.concat(parts));
};
