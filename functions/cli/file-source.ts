import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { type ByteSource, headBytes, noBytes } from '../domain/byte-source.ts';

/** A local file as a byte source: read in passes, never whole, like an object in S3. */
export const fileSource = async (path: string): Promise<ByteSource> => {
  const handle = await open(path);
  try {
    const { size } = await handle.stat();
    const head = new Uint8Array(Math.min(size, headBytes));
    await handle.read(head, 0, head.length, 0);
    return {
      size,
      head,
      chunks: () => createReadStream(path),
      // createReadStream's end is inclusive; an empty range reads nothing.
      range: (start, end) =>
        end > start ? createReadStream(path, { start, end: end - 1 }) : noBytes(),
    };
  } finally {
    await handle.close();
  }
};
