import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { InvalidRequestError } from '../../domain/errors.ts';
import { sha256Hex } from '../../domain/hashing.ts';
import type { IngestEntry, IngestLog, IngestQuery } from '../../ports/ingest-log.ts';
import type { Page } from '../../ports/page.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';

const monthPartition = (iso: string) => `month#${iso.slice(0, 7)}`;

/**
 * The key as the sort key holds it: as it is, unless it is long. S3 keys run to 1,024 bytes and a
 * DynamoDB sort key holds no more, time and sequencer included, so a long key is written as its
 * SHA-256 there (the entry's `key` attribute keeps it whole, for filters and readers).
 */
const keyInSort = (key: string) =>
  Buffer.byteLength(key, 'utf8') <= 512 ? key : `sha256:${sha256Hex(key)}`;

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
          sk: `${entry.at}#${keyInSort(entry.key)}#${entry.sequencer}`,
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

  /**
   * Walks month partitions from `to` back to `from` (at most 24 months when `from` is not given),
   * each with a key condition on the time range and a filter on outcome and key prefix, until one
   * entry more than a page is found. The cursor is the last served entry's key, so the next page
   * resumes in its month, and a page that ends exactly at the end says `next: null`.
   */
  async query(query: IngestQuery): Promise<Page<IngestEntry>> {
    const to = query.to ?? this.now().toISOString();
    const from = query.from ?? `${monthsBefore(to.slice(0, 7), monthsSearched)}-01T00:00:00.000Z`;
    const start = decodeCursor(query.cursor, ['pk', 'sk'], {});
    if (start && !/^month#\d{4}-\d{2}$/.test(start.pk ?? ''))
      throw new InvalidRequestError('The cursor is not one this list issued.');
    const found: Record<string, unknown>[] = [];
    let month = start ? (start.pk as string).slice('month#'.length) : to.slice(0, 7);
    let exclusiveStart: Record<string, string> | undefined = start;
    const filters = [
      ...(query.outcome ? ['outcome = :outcome'] : []),
      ...(query.key ? ['begins_with(#key, :key)'] : []),
      ...(query.uploadedBy ? ['uploadedBy = :uploadedBy'] : []),
    ];
    while (month >= from.slice(0, 7) && found.length <= query.limit) {
      const result = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          // `~` sorts after every character an entry key holds after the time, so `to` is inclusive.
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
          ...(filters.length > 0 && { FilterExpression: filters.join(' AND ') }),
          ...(query.key && { ExpressionAttributeNames: { '#key': 'key' } }),
          ExpressionAttributeValues: {
            ':pk': `month#${month}`,
            ':from': from,
            ':to': `${to}~`,
            ...(query.outcome && { ':outcome': query.outcome }),
            ...(query.key && { ':key': query.key }),
            ...(query.uploadedBy && { ':uploadedBy': query.uploadedBy }),
          },
          ScanIndexForward: false,
          ExclusiveStartKey: exclusiveStart,
        }),
      );
      found.push(...(result.Items ?? []));
      exclusiveStart = result.LastEvaluatedKey as Record<string, string> | undefined;
      if (!exclusiveStart) month = previousMonth(month);
    }
    const served = found.slice(0, query.limit);
    const last = served.at(-1);
    return {
      items: served.map(({ pk: _pk, sk: _sk, ...entry }) => entry as unknown as IngestEntry),
      next: found.length > query.limit && last ? encodeCursor({ pk: last.pk, sk: last.sk }) : null,
    };
  }
}

const monthsBefore = (yearMonth: string, count: number): string => {
  let month = yearMonth;
  for (let step = 0; step < count; step++) month = previousMonth(month);
  return month;
};
