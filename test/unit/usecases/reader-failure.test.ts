import { describe, expect, it } from 'vitest';
import { bytesSource } from '../../../functions/domain/byte-source.ts';
import { UploadRejectedError } from '../../../functions/domain/errors.ts';
import {
  markingStorageFailures,
  reading,
  StorageReadError,
} from '../../../functions/usecases/ingest/reader-failure.ts';

const failureOf = async (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('reading', () => {
  it("turns a reader's own failure into a rejection naming the step and the error", async () => {
    // Act
    const error = await failureOf(
      reading('Reading the paper', () => {
        throw new TypeError('Cannot read properties of undefined');
      }),
    );

    // Assess
    expect(error).toBeInstanceOf(UploadRejectedError);
    expect(error).toMatchObject({
      code: 'reader-failed',
      message: expect.stringContaining(
        'Reading the paper failed on this file (TypeError: Cannot read properties of undefined)',
      ),
    });
  });

  it('passes a rejection on unchanged', async () => {
    // Prepare
    const rejection = new UploadRejectedError('empty', 'The file is empty (0 bytes).');

    // Act
    const error = await failureOf(
      reading('Reading the paper', () => {
        throw rejection;
      }),
    );

    // Assess
    expect(error).toBe(rejection);
  });

  it('passes a storage failure on, so the queue retries the message', async () => {
    // Prepare
    const source = markingStorageFailures({
      ...bytesSource(new Uint8Array([1, 2, 3])),
      // biome-ignore lint/correctness/useYield: a source that fails before its first chunk
      async *chunks() {
        throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
      },
    });

    // Act
    const error = await failureOf(
      reading('Reading the dataset', async () => {
        for await (const _ of source.chunks());
      }),
    );

    // Assess
    expect(error).toBeInstanceOf(StorageReadError);
  });
});
