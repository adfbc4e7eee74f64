import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoVersionStore } from '../../functions/adapters/dynamo/version-store.ts';
import { InvalidRequestError } from '../../functions/domain/errors.ts';
import { datasetVersion } from '../support/dataset-records.ts';
import { paperVersion } from '../support/records.ts';
import { testStack } from '../support/test-stack.ts';

let store: DynamoVersionStore;

beforeAll(async () => {
  const stack = await testStack();
  store = new DynamoVersionStore(stack.clients.dynamo, stack.names.recordsTable);
});

describe('DynamoVersionStore on dynalite', () => {
  it('writes a version once: a second write of the same number is refused', async () => {
    const record = paperVersion({ id: 'once' });
    expect(await store.putIfAbsent(record)).toBe(true);
    expect(await store.putIfAbsent({ ...record, title: 'Rewritten' })).toBe(false);
    expect((await store.get('paper', 'once', 1))?.title).toBe(record.title);
  });

  it('reads the highest version as latest, ordering 10 after 9', async () => {
    for (const version of [1, 2, 9, 10])
      await store.putIfAbsent(paperVersion({ id: 'order', version }));
    expect((await store.latest('paper', 'order'))?.version).toBe(10);
    expect(await store.latest('paper', 'missing')).toBeUndefined();
  });

  it('round-trips every field, nulls included, without key attributes', async () => {
    const record = paperVersion({
      id: 'fields',
      title: null,
      meetingDate: null,
      uploader: null,
      encoding: null,
    });
    await store.putIfAbsent(record);
    expect(await store.get('paper', 'fields', 1)).toEqual(record);
  });

  it('moves the head forward only', async () => {
    await store.advanceHead(paperVersion({ id: 'head', version: 3 }), {
      version: 3,
      chainHash: 'c'.repeat(64),
    });
    await store.advanceHead(paperVersion({ id: 'head', version: 2 }), {
      version: 2,
      chainHash: 'b'.repeat(64),
    });
    const page = await store.listLatest('paper', { limit: 100 });
    expect(page.items.find((item) => item.id === 'head')?.version).toBe(3);
    const heads = await store.listChainHeads('paper', { limit: 100 });
    expect(heads.items.find((item) => item.id === 'head')).toEqual({
      kind: 'paper',
      id: 'head',
      version: 3,
      chainHash: 'c'.repeat(64),
    });
  });

  it('keeps the newest change its heads have shown, per facet, never moving it back', async () => {
    // Prepare
    const shown = (id: string, publishedAt: string, origin: 'upload' | 'paper' = 'upload') => {
      const record = datasetVersion({ id: `changed-${id}`, publishedAt, origin });
      return store.advanceHead(record, { version: 1, chainHash: record.chainHash });
    };
    const before = await store.lastChange('dataset:upload');

    // Act
    await shown('a', '2024-06-01T00:00:00.000Z');
    await shown('b', '2024-08-01T00:00:00.000Z');
    await shown('c', '2024-07-01T00:00:00.000Z');
    await shown('table', '2024-09-01T00:00:00.000Z', 'paper');

    // Assess
    expect(before).toBeUndefined();
    expect(await store.lastChange('dataset:upload')).toBe('2024-08-01T00:00:00.000Z');
    expect(await store.lastChange('dataset:paper')).toBe('2024-09-01T00:00:00.000Z');
  });

  it('pages the latest list in id order with cursors, ending with next: null', async () => {
    const local = await testStack();
    const paged = new DynamoVersionStore(local.clients.dynamo, local.names.recordsTable);
    const ids = Array.from({ length: 7 }, (_, index) => `paper-${index}`);
    for (const id of ids) await paged.advanceHead(paperVersion({ id }), paperVersion({ id }));

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await paged.listLatest('paper', { limit: 3, cursor });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.next ?? undefined;
      pages++;
    } while (cursor);

    expect(seen).toEqual(ids);
    expect(pages).toBe(3);
    await paged.advanceHead(paperVersion({ id: 'other' }), paperVersion({ id: 'other' }));
    const prefixed = await paged.listLatest('paper', { limit: 2 }, { idPrefix: 'paper-' });
    expect(prefixed.items.map((item) => item.id)).toEqual(['paper-0', 'paper-1']);
    const rest = await paged.listLatest(
      'paper',
      { limit: 10, cursor: prefixed.next ?? '' },
      { idPrefix: 'paper-' },
    );
    expect(rest.items.map((item) => item.id)).toEqual(ids.slice(2));
    // Filtered pages read on past records that do not pass, and keep a stable order.
    const odd = ids.filter((_, index) => index % 2 === 1);
    for (const id of odd)
      await paged.advanceHead(
        paperVersion({ id, title: 'Odd one', version: 2 }),
        paperVersion({ id, version: 2 }),
      );
    const filtered: string[] = [];
    let next: string | undefined;
    do {
      const page = await paged.listLatest(
        'paper',
        { limit: 2, cursor: next },
        { filter: { q: 'odd' } },
      );
      filtered.push(...page.items.map((item) => item.id));
      next = page.next ?? undefined;
    } while (next);
    expect(filtered).toEqual(odd);
  });

  it('pages versions of one record', async () => {
    for (const version of [1, 2, 3])
      await store.putIfAbsent(paperVersion({ id: 'paged', version }));
    const first = await store.listVersions('paper', 'paged', { limit: 2 });
    const second = await store.listVersions('paper', 'paged', {
      limit: 2,
      cursor: first.next ?? undefined,
    });
    expect(first.items.map((item) => item.version)).toEqual([1, 2]);
    expect(second).toMatchObject({ items: [expect.objectContaining({ version: 3 })], next: null });
  });

  it('refuses a cursor from another list or a forged one', async () => {
    for (const version of [1, 2]) await store.putIfAbsent(paperVersion({ id: 'other', version }));
    const page = await store.listVersions('paper', 'other', { limit: 1 });
    await expect(
      store.listVersions('paper', 'paged', { limit: 1, cursor: page.next ?? '' }),
    ).rejects.toThrow(InvalidRequestError);
    await expect(store.listLatest('paper', { limit: 1, cursor: page.next ?? '' })).rejects.toThrow(
      InvalidRequestError,
    );
    const forged = Buffer.from(JSON.stringify({ pk: 'paper#other', sk: { S: 'x' } })).toString(
      'base64url',
    );
    await expect(
      store.listVersions('paper', 'other', { limit: 1, cursor: forged }),
    ).rejects.toThrow(InvalidRequestError);
  });
});
