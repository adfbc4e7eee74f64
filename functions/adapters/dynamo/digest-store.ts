import { type DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { DigestEntry, DigestStore } from '../../ports/digest-store.ts';
import type { Page, PageRequest } from '../../ports/page.ts';
import { conditionalPut } from './conditional-put.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { lastItem } from './last-item.ts';

/** Digest entries live in the records table, in one partition of their own (a few a day). */
const partition = 'digests';
const sortKey = (number: number) => `d#${String(number).padStart(10, '0')}`;

const toEntry = ({ pk: _pk, sk: _sk, ...entry }: Record<string, unknown>) =>
  entry as unknown as DigestEntry;

export class DynamoDigestStore implements DigestStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async latest(): Promise<DigestEntry | undefined> {
    const item = await lastItem(this.client, this.tableName, partition);
    return item ? toEntry(item) : undefined;
  }

  async get(number: number): Promise<DigestEntry | undefined> {
    const result = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: partition, sk: sortKey(number) } }),
    );
    return result.Item ? toEntry(result.Item) : undefined;
  }

  putIfAbsent(entry: DigestEntry): Promise<boolean> {
    return conditionalPut(
      this.client,
      this.tableName,
      { ...entry, pk: partition, sk: sortKey(entry.number) },
      'attribute_not_exists(pk)',
    );
  }

  async list(page: PageRequest): Promise<Page<DigestEntry>> {
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': partition },
        Limit: page.limit + 1,
        ExclusiveStartKey: decodeCursor(page.cursor, ['pk', 'sk'], { pk: partition }),
      }),
    );
    const items = (result.Items ?? []).slice(0, page.limit);
    const last = items.at(-1);
    return {
      items: items.map(toEntry),
      next:
        (result.Items?.length ?? 0) > page.limit && last
          ? encodeCursor({ pk: last.pk, sk: last.sk })
          : null,
    };
  }
}
