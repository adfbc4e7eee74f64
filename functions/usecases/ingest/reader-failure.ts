import type { ByteSource } from '../../domain/byte-source.ts';
import { UploadRejectedError } from '../../domain/errors.ts';
import { ObjectChangedError, ObjectTooLargeError } from '../../ports/blob-store.ts';

/**
 * A failure reading an upload's bytes from storage, not a failure of the reader: it is thrown on,
 * so the queue retries the message.
 */
export class StorageReadError extends Error {
  override readonly name = 'StorageReadError';
}

/** A source whose storage failures are marked as such, so they are not taken for the reader's. */
export const markingStorageFailures = <T extends ByteSource>(source: T): T => ({
  ...source,
  chunks: () => marked(source.chunks()),
  range: (start: number, end: number) => marked(source.range(start, end)),
});

/** The chunks of a read, a storage failure among them marked as one. */
async function* marked(chunks: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<Uint8Array>;
    try {
      next = await iterator.next();
    } catch (error) {
      if (error instanceof ObjectChangedError) throw error;
      throw new StorageReadError('The upload could not be read from storage', { cause: error });
    }
    if (next.done) return;
    try {
      yield next.value;
    } catch (error) {
      await iterator.return?.();
      throw error;
    }
  }
}

const passedOn = (error: unknown): boolean =>
  error instanceof UploadRejectedError ||
  error instanceof StorageReadError ||
  error instanceof ObjectChangedError ||
  error instanceof ObjectTooLargeError;

const describe = (error: unknown): string => {
  if (error instanceof RangeError && /call stack/i.test(error.message))
    return 'it nests elements deeper than the reader can follow; flatten its structure';
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
};

/**
 * Runs a reader or extractor over an upload. Whatever it throws that is not already a rejection
 * (a stack overflow on a pathological file, a library's own bug) becomes one, with the reason
 * logged, rather than a message retried five times and dead-lettered without a word.
 *
 * @example await reading('The paper reader', () => analysePaper(bytes))
 */
export const reading = async <T>(what: string, read: () => Promise<T> | T): Promise<T> => {
  try {
    return await read();
  } catch (error) {
    if (passedOn(error)) throw error;
    throw new UploadRejectedError(
      'reader-failed',
      `${what} failed on this file (${describe(error).slice(0, 300)}). The original is kept; check the file opens and saves cleanly in its own application, then upload it again.`,
      { cause: error },
    );
  }
};
