import { Readable } from 'node:stream';
import type { Entry, ZipFile } from 'yauzl';
import type { ByteSource } from '../byte-source.ts';
import { UploadRejectedError } from '../errors.ts';

/** The zip-based formats, as an officer knows them: the name every rejection uses. */
export type ZipFormat = 'DOCX' | 'ODT' | 'XLSX' | 'ODS';

export interface ZipLimits {
  /** Files in the zip. */
  readonly maxEntries: number;
  /** Bytes one file may expand to. */
  readonly maxEntryBytes: number;
  /** Bytes all files together may expand to. */
  readonly maxTotalBytes: number;
}

/** A zip opened for reading, each part inflated under the limits it was opened with. */
export interface BoundedZip {
  readonly format: ZipFormat;
  /** The parts' names, in the central directory's order. */
  readonly names: readonly string[];
  has(name: string): boolean;
  /**
   * A part's bytes as they are inflated; the pass fails as soon as a limit is passed, or
   * `maxBytes` when given (for parts a reader holds whole, such as a workbook's shared strings).
   */
  chunks(name: string, maxBytes?: number): AsyncIterable<Uint8Array>;
  /** A part read whole, for parts known to be small (refused above `maxBytes`). */
  read(name: string, maxBytes: number): Promise<Uint8Array>;
}

const mib = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MiB`;

const bomb = (format: ZipFormat, what: string, options?: ErrorOptions) =>
  new UploadRejectedError(
    'too-large',
    `The ${format} ${what}: a zip bomb or a damaged file. Save it again from the application that made it, or split it into smaller files.`,
    options,
  );

const damaged = (format: ZipFormat, cause: unknown) =>
  new UploadRejectedError(
    'unreadable-document',
    `The ${format} cannot be read: it is not a valid ${format} file (${(cause as Error).message ?? String(cause)}). Save it again from the application that made it.`,
    { cause },
  );

/** The central directory and records after it are read once and kept: one request, not dozens. */
const tailBytes = 1 << 20;

type Yauzl = typeof import('yauzl');

/** yauzl reads a zip at random through this; every read is a range of the source. */
const sourceReaderOf = (yauzl: Yauzl) =>
  class SourceReader extends yauzl.RandomAccessReader {
    #tail: Promise<Buffer> | undefined;
    readonly #source: ByteSource;
    constructor(source: ByteSource) {
      super();
      this.#source = source;
    }

    #tailStart(): number {
      return Math.max(0, this.#source.size - tailBytes);
    }

    async *#ranged(start: number, end: number): AsyncIterable<Uint8Array> {
      const tailStart = this.#tailStart();
      if (start >= tailStart) {
        this.#tail ??= collect(this.#source.range(tailStart, this.#source.size));
        yield (await this.#tail).subarray(start - tailStart, end - tailStart);
        return;
      }
      yield* this.#source.range(start, end);
    }

    override _readStreamForRange(start: number, end: number): Readable {
      return Readable.from(this.#ranged(start, end), { objectMode: false });
    }
  };

/** yauzl and its reader, loaded with the first zip: no cold start pays for them. */
const importZipReader = async () => {
  // CommonJS: its `module.exports` is the default export.
  const { default: yauzl } = (await import('yauzl')) as unknown as { default: Yauzl };
  return { yauzl, SourceReader: sourceReaderOf(yauzl) };
};
let zipReader: ReturnType<typeof importZipReader> | undefined;

const collect = async (chunks: AsyncIterable<Uint8Array>): Promise<Buffer> => {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts);
};

/**
 * Counts a part's bytes as they are inflated and stops at the first byte past what it declared
 * (a lying header) or past the per-part limit: the declared sizes were checked at opening, so the
 * whole zip never expands beyond its limits however it lies.
 */
async function* counted(
  format: ZipFormat,
  name: string,
  stream: Readable,
  limit: number,
  declared: number,
): AsyncIterable<Uint8Array> {
  let inflated = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      if (inflated > limit) throw bomb(format, `expands beyond ${mib(limit)} (its part ${name})`);
      if (inflated > declared)
        throw bomb(format, `part ${name} expands beyond the ${declared} bytes its header declares`);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof UploadRejectedError) throw error;
    // yauzl's own check of the declared size, or a broken deflate stream.
    if (/too many bytes|expected \d+ bytes/i.test((error as Error).message ?? ''))
      throw bomb(format, `part ${name} does not match the size its header declares`, {
        cause: error,
      });
    throw damaged(format, error);
  } finally {
    stream.destroy();
  }
}

/**
 * Opens a zip (DOCX, ODT, XLSX, ODS) from a source read at random, refusing it before anything is
 * inflated when it has too many parts or declares more than the limits, and while inflating when a
 * part expands beyond what it declared. Encrypted parts and duplicate names are refused.
 *
 * @example
 * const zip = await openZip(bytesSource(bytes), 'DOCX', paperZipLimits);
 * const xml = await zip.read('word/document.xml', 64 << 20);
 */
export const openZip = async (
  source: ByteSource,
  format: ZipFormat,
  limits: ZipLimits,
): Promise<BoundedZip> => {
  zipReader ??= importZipReader();
  const { yauzl, SourceReader } = await zipReader;
  let zip: ZipFile;
  try {
    zip = await yauzl.fromRandomAccessReaderPromise(new SourceReader(source), source.size, {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
      strictFileNames: false,
    });
  } catch (error) {
    throw damaged(format, error);
  }
  if (zip.entryCount > limits.maxEntries)
    throw bomb(format, `holds ${zip.entryCount} files, more than the ${limits.maxEntries} allowed`);
  const entries = new Map<string, Entry>();
  let declared = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      if (entries.has(entry.fileName))
        throw damaged(format, new Error(`the part ${entry.fileName} is in it twice`));
      if (entry.isEncrypted())
        throw new UploadRejectedError(
          'unreadable-document',
          `The ${format} is protected by a password: save a copy without one and upload that.`,
        );
      if (entry.uncompressedSize > limits.maxEntryBytes)
        throw bomb(
          format,
          `expands beyond ${mib(limits.maxEntryBytes)} (its part ${entry.fileName})`,
        );
      declared += entry.uncompressedSize;
      if (declared > limits.maxTotalBytes)
        throw bomb(format, `expands beyond ${mib(limits.maxTotalBytes)}`);
      entries.set(entry.fileName, entry);
    }
  } catch (error) {
    if (error instanceof UploadRejectedError) throw error;
    throw damaged(format, error);
  }
  const entryOf = (name: string): Entry => {
    const entry = entries.get(name);
    if (!entry) throw damaged(format, new Error(`it has no ${name}`));
    return entry;
  };
  async function* chunks(name: string, maxBytes?: number): AsyncIterable<Uint8Array> {
    const entry = entryOf(name);
    const limit = Math.min(maxBytes ?? limits.maxEntryBytes, limits.maxEntryBytes);
    if (entry.uncompressedSize > limit)
      throw bomb(format, `expands beyond ${mib(limit)} (its part ${name})`);
    let stream: Readable;
    try {
      stream = await zip.openReadStreamPromise(entry);
    } catch (error) {
      throw damaged(format, error);
    }
    yield* counted(format, name, stream, limit, entry.uncompressedSize);
  }
  return {
    format,
    names: [...entries.keys()],
    has: (name) => entries.has(name),
    chunks,
    read: (name, maxBytes) => collect(chunks(name, maxBytes)),
  };
};

/**
 * Inflates every part of a zip under the limits, keeping nothing: for readers (mammoth) that take
 * the whole zip and would inflate it without limits. The reader then sees only a zip that passed.
 */
export const checkZip = async (
  source: ByteSource,
  format: ZipFormat,
  limits: ZipLimits,
): Promise<void> => {
  const zip = await openZip(source, format, limits);
  for (const name of zip.names) for await (const _ of zip.chunks(name));
};
