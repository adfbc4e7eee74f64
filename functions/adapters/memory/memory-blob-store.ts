import { type ByteSource, bytesSource, readAll } from '../../domain/byte-source.ts';
import {
  type BlobStore,
  type BlobWriter,
  ObjectTooLargeError,
  type OpenedObject,
  type PutOptions,
  type ReadOptions,
  type StoredObject,
} from '../../ports/blob-store.ts';

/**
 * A bucket in memory, for unit tests of use cases. Versioned as the upload bucket is: every put
 * keeps its bytes under a new version id (`key#n`), which `versionIdOf` tells.
 */
export class MemoryBlobStore implements BlobStore {
  readonly objects = new Map<string, { bytes: Uint8Array; options: PutOptions }>();
  private readonly versions = new Map<string, { bytes: Uint8Array; options: PutOptions }>();
  private puts = 0;

  /** The version id the last put of `key` made. */
  versionIdOf(key: string): string | undefined {
    return [...this.versions.keys()].findLast((id) => id.startsWith(`${key}#`));
  }

  private read(key: string, options: ReadOptions) {
    return options.versionId === undefined
      ? this.objects.get(key)
      : options.versionId.startsWith(`${key}#`)
        ? this.versions.get(options.versionId)
        : undefined;
  }

  private store(key: string, object: { bytes: Uint8Array; options: PutOptions }) {
    this.objects.set(key, object);
    this.versions.set(`${key}#${++this.puts}`, object);
  }

  async get(
    key: string,
    maxBytes: number,
    options: ReadOptions = {},
  ): Promise<StoredObject | undefined> {
    const object = this.read(key, options);
    if (!object) return undefined;
    if (object.bytes.length > maxBytes) throw new ObjectTooLargeError(key, object.bytes.length);
    return {
      bytes: object.bytes,
      size: object.bytes.length,
      metadata: object.options.metadata ?? {},
    };
  }

  async open(key: string, options: ReadOptions = {}): Promise<OpenedObject | undefined> {
    const object = this.read(key, options);
    if (!object) return undefined;
    return { ...bytesSource(object.bytes), metadata: object.options.metadata ?? {} };
  }

  async putSource(key: string, source: ByteSource, options: PutOptions): Promise<void> {
    this.store(key, { bytes: await readAll(source), options });
  }

  async put(key: string, body: Uint8Array, options: PutOptions): Promise<void> {
    this.store(key, { bytes: body, options });
  }

  openWriter(key: string, options: PutOptions): BlobWriter {
    const chunks: Uint8Array[] = [];
    return {
      write: async (chunk) => void chunks.push(chunk),
      finish: async () => {
        if (!this.objects.has(key))
          this.store(key, { bytes: new Uint8Array(Buffer.concat(chunks)), options });
      },
      abort: async () => {
        chunks.length = 0;
      },
    };
  }

  async downloadUrl(key: string): Promise<string> {
    return `memory://${encodeURIComponent(key)}`;
  }

  async exists(key: string): Promise<boolean> {
    return this.objects.has(key);
  }
}
