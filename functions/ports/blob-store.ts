import type { ByteSource } from '../domain/byte-source.ts';

/** An object read whole from a bucket, with the user metadata its uploader gave (`x-amz-meta-*`). */
export interface StoredObject {
  readonly bytes: Uint8Array;
  readonly size: number;
  readonly metadata: Readonly<Record<string, string>>;
}

/**
 * An object opened for reading in passes, never held whole. Each pass reads the version that was
 * opened: if the object is replaced meanwhile, the pass fails with `ObjectChangedError`.
 */
export interface OpenedObject extends ByteSource {
  readonly metadata: Readonly<Record<string, string>>;
}

export interface ReadOptions {
  /**
   * One version of the object (S3's `versionId`, as an upload event names it), rather than
   * whatever the key holds now: `undefined` when that version no longer exists.
   */
  readonly versionId?: string | undefined;
}

export interface PutOptions {
  readonly contentType: string;
  readonly metadata?: Readonly<Record<string, string>>;
}

/** One bucket. Adapters: S3 (AWS and the local stand-in) and in-memory for unit tests. */
export interface BlobStore {
  /**
   * Reads an object whole, or `undefined` when it no longer exists. Throws `ObjectTooLargeError`
   * without reading the body when the object is larger than `maxBytes`.
   */
  get(key: string, maxBytes: number, options?: ReadOptions): Promise<StoredObject | undefined>;
  /** Opens an object for streamed reads, or `undefined` when it no longer exists. */
  open(key: string, options?: ReadOptions): Promise<OpenedObject | undefined>;
  put(key: string, body: Uint8Array, options: PutOptions): Promise<void>;
  /** Writes an object from a source of known size, a chunk at a time. */
  putSource(key: string, source: ByteSource, options: PutOptions): Promise<void>;
  /**
   * Writes an object of unknown size as it is produced, a part at a time (S3 multipart), so it is
   * never held whole. Nothing is visible at `key` until `finish` resolves.
   */
  openWriter(key: string, options: PutOptions): BlobWriter;
  exists(key: string): Promise<boolean>;
  /**
   * A time-limited URL that downloads the object directly, named `filename`: for objects too large
   * to pass through a function's response.
   */
  downloadUrl(key: string, options: DownloadOptions): Promise<string>;
}

/** An object being written; `write` waits while the store catches up. */
export interface BlobWriter {
  write(chunk: Uint8Array): Promise<void>;
  /** Completes the object. */
  finish(): Promise<void>;
  /** Gives up: nothing is written. */
  abort(): Promise<void>;
}

export interface DownloadOptions {
  readonly filename: string;
  readonly contentType: string;
  readonly expiresInSeconds: number;
}

export class ObjectTooLargeError extends Error {
  override readonly name = 'ObjectTooLargeError';
  constructor(
    readonly key: string,
    readonly size: number,
  ) {
    super(`Object ${key} is ${size} bytes`);
  }
}

/** The object was replaced or removed between two reads of one ingest: a later event covers it. */
export class ObjectChangedError extends Error {
  override readonly name = 'ObjectChangedError';
  constructor(readonly key: string) {
    super(`Object ${key} changed while it was being read`);
  }
}
