import {
  BatchWriteCommand,
  type DynamoDBDocumentClient,
  QueryCommand,
  ScanCommand,
} from '@aws-sdk/lib-dynamodb';
import { maxRowsScannedPerRead } from '../../config/limits.ts';
import type { Page } from '../../ports/page.ts';
import type { DatasetRow, RowQuery, RowStore } from '../../ports/row-store.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';

const operators = { eq: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

/** DynamoDB's limit per BatchWriteItem. */
const batchSize = 25;
const maxAttempts = 8;

const rowKey = (rowNumber: number) => `r#${String(rowNumber).padStart(10, '0')}`;

/**
 * A field's attribute name in a row's `values` map. Field names are the uploader's: `__proto__` and
 * `constructor` are ordinary column names, but the SDK's marshalling drops or refuses them as map
 * keys, so each is stored behind a prefix no JavaScript object property has.
 */
const fieldPrefix = 'f:';
const storedName = (field: string) => `${fieldPrefix}${field}`;

const storedValues = (values: DatasetRow['values']) =>
  Object.fromEntries(Object.entries(values).map(([field, value]) => [storedName(field), value]));

/** A row's values by field name; rows written before the prefix have their names as they are. */
const valuesOf = (stored: unknown): DatasetRow['values'] =>
  Object.fromEntries(
    Object.entries((stored ?? {}) as Record<string, DatasetRow['values'][string]>).map(
      ([name, value]) => [
        name.startsWith(fieldPrefix) ? name.slice(fieldPrefix.length) : name,
        value,
      ],
    ),
  );

/** A row as it is stored: one item, keyed by its rowset and number. */
export const rowItem = (rowset: string, row: DatasetRow) => ({
  pk: rowset,
  sk: rowKey(row.rowNumber),
  rowNumber: row.rowNumber,
  values: storedValues(row.values),
});

export interface RowStoreOptions {
  /** Wait before retry `attempt` (1-based); exponential with jitter by default. */
  readonly backoffMs?: (attempt: number) => number;
  readonly onProgress?: (written: number) => void;
  /** BatchWriteItem calls in flight at once (default 4). */
  readonly concurrency?: number;
}

const defaultBackoff = (attempt: number) =>
  Math.min(2000, 25 * 2 ** attempt) * (0.5 + Math.random() / 2);

/**
 * Dataset rows in DynamoDB, 25 to a BatchWriteItem. Items DynamoDB leaves unprocessed (throttling,
 * partition limits) are sent again with exponential backoff; after eight tries the write fails so
 * the ingest message is retried as a whole (row writes are idempotent: same keys, same values).
 */
export class DynamoRowStore implements RowStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly options: RowStoreOptions = {},
  ) {}

  async write(rowset: string, rows: readonly DatasetRow[]): Promise<void> {
    const starts = Array.from(
      { length: Math.ceil(rows.length / batchSize) },
      (_, i) => i * batchSize,
    );
    let next = 0;
    let written = 0;
    // A few batches in flight at once: one at a time, a million rows would outlast Lambda's 15 minutes.
    const worker = async () => {
      while (next < starts.length) {
        const start = starts[next++] ?? 0;
        const batch = rows.slice(start, start + batchSize);
        await this.#writeBatch(rowset, batch);
        written += batch.length;
        this.options.onProgress?.(written);
      }
    };
    const workers = Math.min(this.options.concurrency ?? 4, starts.length);
    await Promise.all(Array.from({ length: workers }, worker));
  }

  async #writeBatch(rowset: string, batch: readonly DatasetRow[]): Promise<void> {
    let requests = batch.map((row) => ({ PutRequest: { Item: rowItem(rowset, row) } }));
    for (let attempt = 1; requests.length > 0; attempt++) {
      if (attempt > maxAttempts)
        throw new Error(
          `${requests.length} rows of ${rowset} still unprocessed after ${maxAttempts} attempts`,
        );
      if (attempt > 1)
        await new Promise((resolve) =>
          setTimeout(resolve, (this.options.backoffMs ?? defaultBackoff)(attempt - 1)),
        );
      const result = await this.client.send(
        new BatchWriteCommand({ RequestItems: { [this.tableName]: requests } }),
      );
      requests = (result.UnprocessedItems?.[this.tableName] ?? []) as typeof requests;
    }
  }

  async read(rowset: string, query: RowQuery): Promise<Page<DatasetRow>> {
    const pk = rowset;
    const filters = query.filters ?? [];
    const items: Record<string, unknown>[] = [];
    let start = decodeCursor(query.cursor, ['pk', 'sk'], { pk }) as
      | Record<string, unknown>
      | undefined;
    // With filters a page of keys may hold fewer matches than asked for: read on until it is full,
    // but never past the request's budget of rows, so a rare match cannot make one request scan
    // a whole dataset. The cursor then says where reading stopped, even on an empty page.
    let budget = maxRowsScannedPerRead;
    do {
      const result = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          FilterExpression: filters.length
            ? filters
                .map((filter, index) => `#values.#f${index} ${operators[filter.op]} :v${index}`)
                .join(' AND ')
            : undefined,
          ExpressionAttributeNames: filters.length
            ? {
                '#values': 'values',
                ...Object.fromEntries(
                  filters.map((filter, index) => [`#f${index}`, storedName(filter.field)]),
                ),
              }
            : undefined,
          ExpressionAttributeValues: {
            ':pk': pk,
            ...Object.fromEntries(filters.map((filter, index) => [`:v${index}`, filter.value])),
          },
          Limit: Math.min(query.limit + 1 - items.length, budget),
          ExclusiveStartKey: start,
        }),
      );
      items.push(...(result.Items ?? []));
      budget -= result.ScannedCount ?? result.Items?.length ?? 0;
      start = result.LastEvaluatedKey;
    } while (start && items.length <= query.limit && budget > 0);
    const served = items.slice(0, query.limit);
    const last = served.at(-1);
    return {
      items: served.map((item) => ({
        rowNumber: item.rowNumber as number,
        values: valuesOf(item.values),
      })),
      next:
        items.length > query.limit && last
          ? encodeCursor({ pk: last.pk, sk: last.sk })
          : start
            ? encodeCursor({ pk: start.pk, sk: start.sk })
            : null,
    };
  }

  /** A scan of keys only: for the sweep at start, not for requests. */
  async *listRowsets(): AsyncIterable<string> {
    const seen = new Set<string>();
    let start: Record<string, unknown> | undefined;
    do {
      const result = await this.client.send(
        new ScanCommand({
          TableName: this.tableName,
          ProjectionExpression: 'pk',
          ExclusiveStartKey: start,
        }),
      );
      for (const item of result.Items ?? []) {
        const rowset = item.pk as string;
        if (!seen.has(rowset)) {
          seen.add(rowset);
          yield rowset;
        }
      }
      start = result.LastEvaluatedKey;
    } while (start);
  }

  async removeRowset(rowset: string): Promise<void> {
    let start: Record<string, unknown> | undefined;
    do {
      const result = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': rowset },
          ProjectionExpression: 'pk, sk',
          ExclusiveStartKey: start,
        }),
      );
      const keys = (result.Items ?? []).map((item) => ({ pk: item.pk, sk: item.sk }));
      for (let at = 0; at < keys.length; at += batchSize) {
        let requests = keys.slice(at, at + batchSize).map((Key) => ({ DeleteRequest: { Key } }));
        for (let attempt = 1; requests.length > 0; attempt++) {
          if (attempt > maxAttempts) throw new Error(`Rows of ${rowset} not deleted`);
          const written = await this.client.send(
            new BatchWriteCommand({ RequestItems: { [this.tableName]: requests } }),
          );
          requests = (written.UnprocessedItems?.[this.tableName] ?? []) as typeof requests;
        }
      }
      start = result.LastEvaluatedKey;
    } while (start);
  }
}
