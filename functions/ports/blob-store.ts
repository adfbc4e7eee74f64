/** An object read whole from a bucket, with the user metadata its uploader gave (`x-amz-meta-*`). */
export interface StoredObject {
  readonly bytes: Uint8Array;
  readonly size: number;
  readonly metadata: Readonly<Record<string, string>>;
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
  get(key: string, maxBytes: number): Promise<StoredObject | undefined>;
  put(key: string, body: Uint8Array, options: PutOptions): Promise<void>;
  exists(key: string): Promise<boolean>;
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
