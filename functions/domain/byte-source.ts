import { createHash } from 'node:crypto';

/** Bytes read at the start of a source: enough for sniffing, encoding and dialect detection. */
export const headBytes = 1 << 16;

/**
 * Bytes that can be read more than once without being held: an S3 object (each pass is a fresh
 * GET) or an array already in memory. Datasets larger than memory are read this way.
 */
export interface ByteSource {
  readonly size: number;
  /** The first `headBytes` bytes (all of them when the source is shorter). */
  readonly head: Uint8Array;
  /** A fresh pass over every byte, in chunks of any size. */
  chunks(): AsyncIterable<Uint8Array>;
  /** The bytes from `start` up to (not including) `end`: for formats read out of order, as zips are. */
  range(start: number, end: number): AsyncIterable<Uint8Array>;
}

/** A range with nothing in it. */
export async function* noBytes(): AsyncIterable<Uint8Array> {}

/** Chunks of a megabyte, so that a source in memory is read the same way as a streamed one. */
const chunkBytes = 1 << 20;

export const bytesSource = (bytes: Uint8Array): ByteSource => ({
  size: bytes.length,
  head: bytes.subarray(0, headBytes),
  async *chunks() {
    for (let start = 0; start < bytes.length; start += chunkBytes)
      yield bytes.subarray(start, start + chunkBytes);
  },
  async *range(start, end) {
    for (let from = start; from < Math.min(end, bytes.length); from += chunkBytes)
      yield bytes.subarray(from, Math.min(end, from + chunkBytes));
  },
});

/** Reads a source whole: only for sources already known to be small. */
export const readAll = async (source: ByteSource): Promise<Uint8Array> => {
  const parts: Uint8Array[] = [];
  for await (const chunk of source.chunks()) parts.push(chunk);
  return new Uint8Array(Buffer.concat(parts));
};

/** The SHA-256 of a source, in one pass that holds one chunk at a time. */
export const sha256OfSource = async (source: ByteSource): Promise<string> => {
  const hash = createHash('sha256');
  for await (const chunk of source.chunks()) hash.update(chunk);
  return hash.digest('hex');
};
