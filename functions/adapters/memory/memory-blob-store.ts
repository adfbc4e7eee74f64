import { type ByteSource, bytesSource, readAll } from '../../domain/byte-source.ts';
import {
  type BlobStore,
  type BlobWriter,
  ObjectTooLargeError,
  type OpenedObject,
  type PutOptions,
  type StoredObject,
} from '../../ports/blob-store.ts';

/** A bucket in memory, for unit tests of use cases. */
export class MemoryBlobStore implements BlobStore {
  readonly objects = new Map<string, { bytes: Uint8Array; options: PutOptions }>();

  async get(key: string, maxBytes: number): Promise<StoredObject | undefined> {
    const object = this.objects.get(key);
    if (!object) return undefined;
    if (object.bytes.length > maxBytes) throw new ObjectTooLargeError(key, object.bytes.length);
    return {
      bytes: object.bytes,
      size: object.bytes.length,
      metadata: object.options.metadata ?? {},
    };
  }

  async open(key: string): Promise<OpenedObject | undefined> {
    const object = this.objects.get(key);
    if (!object) return undefined;
    return { ...bytesSource(object.bytes), metadata: object.options.metadata ?? {} };
  }

  async putSource(key: string, source: ByteSource, options: PutOptions): Promise<void> {
    this.objects.set(key, { bytes: await readAll(source), options });
  }

  async put(key: string, body: Uint8Array, options: PutOptions): Promise<void> {
    this.objects.set(key, { bytes: body, options });
  }

  openWriter(key: string, options: PutOptions): BlobWriter {
    const chunks: Uint8Array[] = [];
    return {
      write: async (chunk) => void chunks.push(chunk),
      finish: async () => {
        if (!this.objects.has(key))
          this.objects.set(key, { bytes: new Uint8Array(Buffer.concat(chunks)), options });
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
