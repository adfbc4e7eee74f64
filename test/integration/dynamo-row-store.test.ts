import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoRowStore } from '../../functions/adapters/dynamo/row-store.ts';
import { maxRowsScannedPerRead } from '../../functions/config/limits.ts';
import type { DatasetRow } from '../../functions/ports/row-store.ts';
import { testStack } from '../support/test-stack.ts';

const rows = (count: number): DatasetRow[] =>
  Array.from({ length: count }, (_, index) => ({
    rowNumber: index + 2,
    values: { ward: index % 3 === 0 ? 'Aylesbury' : 'Wycombe', amount: index * 10, note: null },
  }));

describe('DynamoRowStore on dynalite', () => {
  let store: DynamoRowStore;
  const progress: number[] = [];

  beforeAll(async () => {
    const stack = await testStack();
    store = new DynamoRowStore(stack.clients.dynamo, stack.names.rowsTable, {
      onProgress: (written) => progress.push(written),
    });
  });

  it('writes rows in batches of 25 and reads them back in order, page by page', async () => {
    await store.write('spend#1', rows(60));
    // Three BatchWriteItem calls (25 + 25 + 10), finishing in any order; the count only grows.
    expect(progress).toHaveLength(3);
    expect(progress.at(-1)).toBe(60);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    const first = await store.read('spend#1', { limit: 40 });
    const second = await store.read('spend#1', { limit: 40, cursor: first.next ?? undefined });
    expect([...first.items, ...second.items].map((row) => row.rowNumber)).toEqual(
      rows(60).map((row) => row.rowNumber),
    );
    expect(second.next).toBeNull();
    expect(first.items[1]).toEqual({
      rowNumber: 3,
      values: { ward: 'Wycombe', amount: 10, note: null },
    });
  });

  it('filters on field equality with typed values, filling pages across reads', async () => {
    const page = await store.read('spend#1', {
      limit: 5,
      filters: [{ field: 'ward', op: 'eq', value: 'Aylesbury' }],
    });
    expect(page.items.map((row) => row.values.ward)).toEqual(Array(5).fill('Aylesbury'));
    expect(
      (
        await store.read('spend#1', {
          limit: 5,
          filters: [{ field: 'amount', op: 'eq', value: 30 }],
        })
      ).items.map((row) => row.rowNumber),
    ).toEqual([5]);
  });

  it('filters on ranges, combining filters', async () => {
    const page = await store.read('spend#1', {
      limit: 100,
      filters: [
        { field: 'amount', op: 'gte', value: 500 },
        { field: 'amount', op: 'lt', value: 530 },
      ],
    });
    expect(page.items.map((row) => row.values.amount)).toEqual([500, 510, 520]);
  });

  it('stores and filters fields named __proto__, constructor and prototype like any other', async () => {
    // Prepare
    // Own properties, as JSON.parse and Object.fromEntries make them.
    const values = Object.fromEntries([
      ['__proto__', 'a'],
      ['constructor', 2],
      ['prototype', true],
      ['toString', null],
    ]);
    await store.write('proto#1', [{ rowNumber: 1, values }]);

    // Act
    const page = await store.read('proto#1', {
      limit: 10,
      filters: [{ field: 'constructor', op: 'eq', value: 2 }],
    });

    // Assess
    expect(page.items).toHaveLength(1);
    expect(Object.entries(page.items[0]?.values ?? {}).sort()).toEqual(
      [
        ['__proto__', 'a'],
        ['constructor', 2],
        ['prototype', true],
        ['toString', null],
      ].sort(),
    );
  });

  it('reads at most its budget of rows per request, with a cursor to go on past no match', async () => {
    // Prepare
    const count = maxRowsScannedPerRead + 300;
    await store.write(
      'rare#1',
      Array.from({ length: count }, (_, index) => ({
        rowNumber: index + 1,
        values: { kind: index === count - 1 ? 'rare' : 'common' },
      })),
    );
    const rare = { limit: 10, filters: [{ field: 'kind', op: 'eq' as const, value: 'rare' }] };

    // Act
    const first = await store.read('rare#1', rare);
    const second = await store.read('rare#1', { ...rare, cursor: first.next ?? undefined });

    // Assess
    expect(first.items).toEqual([]);
    expect(first.next).not.toBeNull();
    expect(second.items.map((row) => row.rowNumber)).toEqual([count]);
    expect(second.next).toBeNull();
  });

  it('keeps rowsets apart', async () => {
    await store.write('spend#2', rows(3));
    expect((await store.read('spend#2', { limit: 100 })).items).toHaveLength(3);
    expect((await store.read('spend#1', { limit: 100 })).items).toHaveLength(60);
  });
});

describe('DynamoRowStore under throttling', () => {
  // Mocked only here: mockClient patches every document client, the real ones above included.
  let mock: ReturnType<typeof mockClient>;
  beforeAll(() => {
    mock = mockClient(DynamoDBDocumentClient);
  });
  afterAll(() => mock.restore());
  const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-west-2' }));

  it('sends unprocessed items again until every row is stored', async () => {
    mock.reset();
    const sent: number[] = [];
    mock.on(BatchWriteCommand).callsFake((input: { RequestItems: Record<string, unknown[]> }) => {
      const requests = input.RequestItems.rows ?? [];
      sent.push(requests.length);
      // DynamoDB takes only the first 10 of each call while throttled.
      return { UnprocessedItems: requests.length > 10 ? { rows: requests.slice(10) } : {} };
    });
    await new DynamoRowStore(client, 'rows', { backoffMs: () => 0 }).write('spend#1', rows(25));
    expect(sent).toEqual([25, 15, 5]);
  });

  it('gives up after eight attempts so the message is retried as a whole', async () => {
    mock.reset();
    mock.on(BatchWriteCommand).callsFake((input: { RequestItems: Record<string, unknown[]> }) => ({
      UnprocessedItems: input.RequestItems,
    }));
    await expect(
      new DynamoRowStore(client, 'rows', { backoffMs: () => 0 }).write('spend#1', rows(3)),
    ).rejects.toThrow(/still unprocessed after 8 attempts/);
  });
});
