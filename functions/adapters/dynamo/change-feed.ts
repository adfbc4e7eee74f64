import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { ChangeFeed, FeedReservation } from '../../ports/change-feed.ts';
import { conditionalPut } from './conditional-put.ts';
import { lastItem } from './last-item.ts';

/** The feed lives in the records table, in one partition: councils commit a few versions a minute. */
const partition = 'feed';
const sortKey = (seq: number) => `f#${String(seq).padStart(12, '0')}`;
const maxAttempts = 50;

const toReservation = ({ pk: _pk, sk: _sk, ...entry }: Record<string, unknown>) =>
  entry as unknown as FeedReservation;

export class DynamoChangeFeed implements ChangeFeed {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  private async highest(): Promise<number> {
    const last = await lastItem(this.client, this.tableName, partition);
    return (last?.seq as number | undefined) ?? 0;
  }

  async reserve(entry: Omit<FeedReservation, 'seq'>): Promise<number> {
    let seq = (await this.highest()) + 1;
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
      const item = { ...entry, seq, pk: partition, sk: sortKey(seq) };
      if (await conditionalPut(this.client, this.tableName, item, 'attribute_not_exists(pk)'))
        return seq;
      // Taken: the next free number is past the highest now.
      seq = Math.max(seq + 1, (await this.highest()) + 1);
    }
    throw new Error(`Gave up reserving a change feed number after ${maxAttempts} attempts`);
  }

  async read(after: number, limit: number): Promise<readonly FeedReservation[]> {
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND sk > :after',
        ExpressionAttributeValues: { ':pk': partition, ':after': sortKey(after) },
        Limit: limit,
        ConsistentRead: true,
      }),
    );
    return (result.Items ?? []).map(toReservation);
  }
}
