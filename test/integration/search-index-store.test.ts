import { beforeAll, describe, expect, it } from 'vitest';
import { MemorySearchIndexStore } from '../../functions/adapters/memory/memory-search-index-store.ts';
import { S3SearchIndexStore } from '../../functions/adapters/s3/s3-search-index-store.ts';
import type { IndexPart, SearchIndexStore } from '../../functions/ports/search-index-store.ts';
import { testStack } from '../support/test-stack.ts';

/** What every SearchIndexStore does: the S3 adapter on the local stand-in and the memory one. */
const stores: [string, () => Promise<SearchIndexStore>][] = [
  ['MemorySearchIndexStore', async () => new MemorySearchIndexStore()],
  [
    'S3SearchIndexStore on s3rver',
    async () => {
      const stack = await testStack();
      return new S3SearchIndexStore(stack.clients.s3, stack.names.uploadBucket, 'search/v1/');
    },
  ],
];

const bytes = (...values: number[]) => new Uint8Array(values);
const part = (shard: number, kind: IndexPart['kind'], seq: number): IndexPart => ({
  shard,
  kind,
  seq,
});

describe.each(stores)('%s', (_, make) => {
  let store: SearchIndexStore;
  beforeAll(async () => {
    store = await make();
  });

  it('round-trips each part of each shard, bases and segments apart', async () => {
    // Prepare
    const parts = [
      part(1, 'base', 0),
      part(1, 'segment', 1),
      part(1, 'base', 1),
      part(2, 'segment', 1),
    ];
    // Act
    for (const [n, written] of parts.entries()) await store.put(written, bytes(n, 7), null);
    // Assess
    for (const [n, written] of parts.entries())
      expect([...((await store.get(written))?.bytes ?? [])]).toEqual([n, 7]);
  });

  it("lists every part with its tag, or one shard's", async () => {
    // Act
    const all = await store.list();
    const one = await store.list(1);
    // Assess
    const names = (stamps: readonly IndexPart[]) =>
      stamps.map(({ shard, kind, seq }) => `${shard}/${kind}/${seq}`).sort();
    expect(names(all)).toEqual(['1/base/0', '1/base/1', '1/segment/1', '2/segment/1']);
    expect(names(one)).toEqual(['1/base/0', '1/base/1', '1/segment/1']);
    expect(all.every((stamp) => stamp.etag.length > 0)).toBe(true);
  });

  it('overwrites a part that still has the expected tag, changing its tag', async () => {
    // Prepare
    const stamp = (await store.list(2))[0];
    if (!stamp) throw new Error('no part listed');
    // Act
    const written = await store.put(stamp, bytes(9), stamp.etag);
    // Assess
    expect(written).toBe(true);
    const read = await store.get(stamp);
    expect([...(read?.bytes ?? [])]).toEqual([9]);
    expect(read?.etag).not.toBe(stamp.etag);
  });

  it('deletes a part, and deleting it again does nothing', async () => {
    // Act
    await store.delete(part(1, 'segment', 1));
    await store.delete(part(1, 'segment', 1));
    // Assess
    expect(await store.get(part(1, 'segment', 1))).toBeUndefined();
    expect((await store.list(1)).map((stamp) => stamp.kind)).toEqual(['base', 'base']);
  });

  it('answers undefined for a part that was never written', async () => {
    // Act
    const read = await store.get(part(9, 'segment', 4));
    // Assess
    expect(read).toBeUndefined();
  });
});

describe('MemorySearchIndexStore', () => {
  // S3 enforces If-None-Match and If-Match; the local stand-in ignores both (the writer queue
  // keeps a process's writes apart there), so only the memory adapter's refusal is tested here.
  it('refuses a put whose expected tag is not the part’s', async () => {
    // Prepare
    const store = new MemorySearchIndexStore();
    await store.put(part(0, 'segment', 1), bytes(1), null);
    // Act
    const again = await store.put(part(0, 'segment', 1), bytes(2), null);
    const stale = await store.put(part(0, 'segment', 1), bytes(3), '"other"');
    // Assess
    expect([again, stale]).toEqual([false, false]);
    expect([...((await store.get(part(0, 'segment', 1)))?.bytes ?? [])]).toEqual([1]);
  });
});
