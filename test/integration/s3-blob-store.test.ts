import { beforeAll, describe, expect, it } from 'vitest';
import { S3BlobStore } from '../../functions/adapters/s3/s3-blob-store.ts';
import { readAll, sha256OfSource } from '../../functions/domain/byte-source.ts';
import { sha256Hex } from '../../functions/domain/hashing.ts';
import { ObjectChangedError, ObjectTooLargeError } from '../../functions/ports/blob-store.ts';
import { type TestStack, testStack } from '../support/test-stack.ts';

let stack: TestStack;
let store: S3BlobStore;

beforeAll(async () => {
  stack = await testStack();
  store = new S3BlobStore(stack.clients.s3, stack.names.archiveBucket);
});

describe('S3BlobStore on s3rver', () => {
  it('round-trips bytes and user metadata exactly', async () => {
    const bytes = new Uint8Array(Array.from({ length: 70_000 }, (_, index) => index % 256));
    await store.put('originals/a', bytes, {
      contentType: 'application/octet-stream',
      metadata: { id: 'x', uploader: 'j.smith' },
    });
    const read = await store.get('originals/a', 1_000_000);
    expect(read?.size).toBe(bytes.length);
    expect(Buffer.from(read?.bytes ?? []).equals(Buffer.from(bytes))).toBe(true);
    expect(read?.metadata).toEqual({ id: 'x', uploader: 'j.smith' });
  });

  it('signs a download link that fetches the object as an attachment', async () => {
    // Prepare
    const bytes = new TextEncoder().encode('minutes');
    await store.put('originals/signed', bytes, { contentType: 'text/plain' });

    // Act
    const url = await store.downloadUrl('originals/signed', {
      contentType: 'text/plain',
      filename: 'minutes.txt',
      expiresInSeconds: 60,
    });
    const response = await fetch(url);

    // Assess
    expect(new URL(url).searchParams.get('X-Amz-Expires')).toBe('60');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('minutes.txt');
    expect(await response.text()).toBe('minutes');
  });

  it('opens an object for passes: its head, then every byte as often as asked', async () => {
    const bytes = new Uint8Array(Array.from({ length: 200_000 }, (_, index) => (index * 7) % 256));
    await store.put('originals/streamed', bytes, {
      contentType: 'text/csv',
      metadata: { title: 'Spend' },
    });
    const opened = await store.open('originals/streamed');
    expect(opened?.size).toBe(bytes.length);
    expect(opened?.metadata).toEqual({ title: 'Spend' });
    expect(Buffer.from(opened?.head ?? []).equals(Buffer.from(bytes.subarray(0, 65_536)))).toBe(
      true,
    );
    if (!opened) throw new Error('not opened');
    expect(await sha256OfSource(opened)).toBe(sha256Hex(bytes));
    expect(await sha256OfSource(opened)).toBe(sha256Hex(bytes));

    // Copied a chunk at a time into another key: the same bytes arrive.
    await store.putSource('originals/copy', opened, { contentType: 'text/csv' });
    expect(sha256Hex((await store.get('originals/copy', 1_000_000))?.bytes ?? '')).toBe(
      sha256Hex(bytes),
    );
  });

  it('reads any range of an opened object, as a zip is read', async () => {
    // Prepare
    const bytes = new Uint8Array(Array.from({ length: 100_000 }, (_, index) => index % 251));
    await store.put('originals/ranged', bytes, { contentType: 'application/zip' });
    const opened = await store.open('originals/ranged');
    if (!opened) throw new Error('not opened');
    const read = async (start: number, end: number) => {
      const parts: Uint8Array[] = [];
      for await (const chunk of opened.range(start, end)) parts.push(chunk);
      return Buffer.concat(parts);
    };
    // Act
    const [middle, tail, empty] = await Promise.all([
      read(70_000, 70_100),
      read(99_990, 100_000),
      read(5, 5),
    ]);
    // Assess
    expect(middle.equals(Buffer.from(bytes.subarray(70_000, 70_100)))).toBe(true);
    expect(tail.equals(Buffer.from(bytes.subarray(99_990)))).toBe(true);
    expect(empty.length).toBe(0);
  });

  it('fails a pass over an object replaced since it was opened, rather than mix two uploads', async () => {
    await store.put('uploads/replaced', new Uint8Array([1, 2, 3]), { contentType: 'text/csv' });
    const opened = await store.open('uploads/replaced');
    if (!opened) throw new Error('not opened');
    await store.put('uploads/replaced', new Uint8Array([4, 5, 6, 7]), { contentType: 'text/csv' });
    await expect(readAll(opened)).rejects.toBeInstanceOf(ObjectChangedError);
    expect(await store.open('nothing/here')).toBeUndefined();
  });

  it('writes an object of unknown size in parts, as it is produced, without holding it', async () => {
    // Prepare: 20 MiB in 1 MiB chunks, so the upload takes three 8 MiB parts
    const chunk = (index: number) => new Uint8Array(1024 * 1024).fill(index);
    const writer = store.openWriter('distributions/sha256/large/written.csv', {
      contentType: 'text/csv',
    });

    // Act
    for (let index = 0; index < 20; index++) await writer.write(chunk(index));
    await writer.finish();

    // Assess
    const opened = await store.open('distributions/sha256/large/written.csv');
    if (!opened) throw new Error('not written');
    expect(opened.size).toBe(20 * 1024 * 1024);
    const whole = Buffer.concat(Array.from({ length: 20 }, (_, index) => chunk(index)));
    expect(await sha256OfSource(opened)).toBe(sha256Hex(whole));
  });

  it('leaves nothing behind when a write in parts is abandoned', async () => {
    // Prepare
    const writer = store.openWriter('distributions/abandoned.csv', { contentType: 'text/csv' });
    await writer.write(new Uint8Array(1024).fill(1));

    // Act
    await writer.abort();

    // Assess
    expect(await store.exists('distributions/abandoned.csv')).toBe(false);
  });

  it('answers undefined and false for a missing object', async () => {
    expect(await store.get('nothing/here', 10)).toBeUndefined();
    expect(await store.exists('nothing/here')).toBe(false);
  });

  it('refuses to read an object over the cap, giving its size', async () => {
    await store.put('big', new Uint8Array(2048), { contentType: 'application/octet-stream' });
    const error = await store.get('big', 1024).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ObjectTooLargeError);
    expect(error).toMatchObject({ size: 2048 });
  });

  it('keeps working after many refused reads (bodies are destroyed, not leaked)', async () => {
    for (let index = 0; index < 60; index++)
      await expect(store.get('big', 10)).rejects.toThrow(ObjectTooLargeError);
    expect(await store.exists('big')).toBe(true);
  });

  it('reads keys with spaces and plus signs', async () => {
    await store.put('uploads/papers/a b+c.txt', new TextEncoder().encode('x'), {
      contentType: 'text/plain',
    });
    expect(await store.exists('uploads/papers/a b+c.txt')).toBe(true);
  });

  it('puts write-once objects with If-None-Match, taking "already there" as done', async () => {
    const once = new S3BlobStore(stack.clients.s3, stack.names.archiveBucket, { writeOnce: true });
    const bytes = new TextEncoder().encode('content-addressed');
    await once.put('once/a', bytes, { contentType: 'text/plain' });
    await once.put('once/a', bytes, { contentType: 'text/plain' });
    expect(new TextDecoder().decode((await once.get('once/a', 1024))?.bytes)).toBe(
      'content-addressed',
    );
  });
});

describe('S3BlobStore write-once, where S3 refuses an overwrite', () => {
  it('treats 412 and 409 answers to If-None-Match as done, and passes other errors on', async () => {
    const { mockClient } = await import('aws-sdk-client-mock');
    const { PutObjectCommand, S3Client, S3ServiceException } = await import('@aws-sdk/client-s3');
    const client = new S3Client({ region: 'eu-west-2' });
    const s3 = mockClient(client);
    const failure = (name: string, status: number) =>
      new S3ServiceException({ name, $fault: 'client', $metadata: { httpStatusCode: status } });
    let answer = failure('PreconditionFailed', 412);
    s3.on(PutObjectCommand).callsFake(() => {
      throw answer;
    });
    const once = new S3BlobStore(client, 'archive', { writeOnce: true });
    const body = new Uint8Array([1]);
    await expect(once.put('k', body, { contentType: 'x/y' })).resolves.toBeUndefined();
    answer = failure('ConditionalRequestConflict', 409);
    await expect(once.put('k', body, { contentType: 'x/y' })).resolves.toBeUndefined();
    answer = failure('AccessDenied', 403);
    await expect(once.put('k', body, { contentType: 'x/y' })).rejects.toThrow();
    expect(
      s3.commandCalls(PutObjectCommand).every((call) => call.args[0].input.IfNoneMatch === '*'),
    ).toBe(true);
    answer = failure('PreconditionFailed', 412);
    const plain = new S3BlobStore(client, 'uploads');
    await expect(plain.put('k', body, { contentType: 'x/y' })).rejects.toThrow();
  });
});
