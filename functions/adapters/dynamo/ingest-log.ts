import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { IngestEntry, IngestLog } from '../../ports/ingest-log.ts';

const monthPartition = (iso: string) => `month#${iso.slice(0, 7)}`;

/** How many months back `recent` looks before concluding there is nothing older. */
const monthsSearched = 24;

const previousMonth = (yearMonth: string): string => {
  const date = new Date(`${yearMonth}-01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - 1);
  return date.toISOString().slice(0, 7);
};

/**
 * The ingest log in DynamoDB, partitioned by month: writes spread over time, and "recent" is a
 * backwards query of the current month, then earlier ones until enough entries are found.
 */
export class DynamoIngestLog implements IngestLog {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async record(entry: IngestEntry): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        // Sort by time, then key and sequencer so two events in one millisecond keep both entries.
        Item: {
          ...entry,
          pk: monthPartition(entry.at),
          sk: `${entry.at}#${entry.key}#${entry.sequencer}`,
        },
      }),
    );
  }

  async recent(limit: number): Promise<readonly IngestEntry[]> {
    const entries: IngestEntry[] = [];
    let month = this.now().toISOString().slice(0, 7);
    for (let searched = 0; searched < monthsSearched && entries.length < limit; searched++) {
      const result = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': `month#${month}` },
          ScanIndexForward: false,
          Limit: limit - entries.length,
        }),
      );
      for (const item of result.Items ?? []) {
        const { pk: _pk, sk: _sk, ...entry } = item;
        entries.push(entry as IngestEntry);
      }
      month = previousMonth(month);
    }
    return entries;
  }
}
