import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import {
  meetingsByBodyIndex as byBody,
  meetingsByDateIndex as byDate,
} from '../../config/tables.ts';
import type { MeetingProjection } from '../../domain/papers/meetings.ts';
import type {
  BodySummary,
  MeetingQuery,
  MeetingStore,
  MeetingSummary,
} from '../../ports/meeting-store.ts';
import type { Page, PageRequest } from '../../ports/page.ts';
import { conditionalPut } from './conditional-put.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';

const partition = (meetingId: string) => `meeting#${meetingId}`;
const sourceKey = (paperId: string) => `source#${paperId}`;
/** All meetings share one partition of the date index: a council holds thousands, not millions. */
const allMeetings = 'meetings';
/** Bodies are listed from their own partition of the body index (meetings use `body#<body id>`). */
const allBodies = 'bodies';

const toBody = (item: Record<string, unknown>): BodySummary => ({
  bodyId: item.bodyId as string,
  bodySlug: item.bodySlug as string,
  body: item.body as string,
  council: item.council as string,
});

const summaryFields = [
  'meetingId',
  'body',
  'bodyId',
  'bodySlug',
  'meetingDate',
  'meetingTime',
  'venue',
  'council',
] as const;

/**
 * Meetings in DynamoDB. Each paper's projection is one item, replaced only by a higher (or the
 * same, on a retry) version of that paper; the meta item is the meeting's entry in both indexes.
 */
export class DynamoMeetingStore implements MeetingStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async putProjection(projection: MeetingProjection): Promise<void> {
    const written = await this.putIfNotOlder(
      { ...projection, pk: partition(projection.meetingId), sk: sourceKey(projection.paperId) },
      projection.paperVersion,
    );
    if (!written) return;
    const summary = Object.fromEntries(summaryFields.map((field) => [field, projection[field]]));
    const sortKey = `${projection.meetingDate}#${projection.meetingId}`;
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...summary,
          pk: partition(projection.meetingId),
          sk: 'meta',
          [byBody.partitionKey]: `body#${projection.bodyId}`,
          [byBody.sortKey]: sortKey,
          [byDate.partitionKey]: allMeetings,
          [byDate.sortKey]: sortKey,
        },
      }),
    );
    // The body's entry in the list of bodies: the byBody index's `bodies` partition, by id.
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          pk: `body#${projection.bodyId}`,
          sk: 'meta',
          bodyId: projection.bodyId,
          bodySlug: projection.bodySlug,
          body: projection.body,
          council: projection.council,
          [byBody.partitionKey]: allBodies,
          [byBody.sortKey]: projection.bodyId,
        },
      }),
    );
  }

  async listBodies(page: PageRequest): Promise<Page<BodySummary>> {
    const keys = ['pk', 'sk', byBody.partitionKey, byBody.sortKey];
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: byBody.indexName,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': byBody.partitionKey },
        ExpressionAttributeValues: { ':pk': allBodies },
        Limit: page.limit + 1,
        ExclusiveStartKey: decodeCursor(page.cursor, keys, {
          [byBody.partitionKey]: allBodies,
          sk: 'meta',
        }),
      }),
    );
    const items = (result.Items ?? []).slice(0, page.limit);
    const last = items.at(-1);
    return {
      items: items.map(toBody),
      next:
        (result.Items?.length ?? 0) > page.limit && last
          ? encodeCursor(Object.fromEntries(keys.map((key) => [key, last[key]])))
          : null,
    };
  }

  async getBody(bodyId: string): Promise<BodySummary | undefined> {
    const result = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: `body#${bodyId}`, sk: 'meta' } }),
    );
    return result.Item ? toBody(result.Item) : undefined;
  }

  async retire(meetingId: string, paperId: string, paperVersion: number): Promise<void> {
    await this.putIfNotOlder(
      {
        pk: partition(meetingId),
        sk: sourceKey(paperId),
        meetingId,
        paperId,
        paperVersion,
        retired: true,
      },
      paperVersion,
    );
    // The last paper gone: the meeting leaves both lists (its meta item loses its index keys),
    // until a paper speaks of it again. A retry does this again; it changes nothing the second time.
    if ((await this.sources(meetingId)).length === 0) {
      const meta = await this.client.send(
        new GetCommand({
          TableName: this.tableName,
          Key: { pk: partition(meetingId), sk: 'meta' },
        }),
      );
      if (meta.Item) {
        const {
          [byBody.partitionKey]: _bodyPk,
          [byBody.sortKey]: _bodySk,
          [byDate.partitionKey]: _datePk,
          [byDate.sortKey]: _dateSk,
          ...unlisted
        } = meta.Item;
        await this.client.send(new PutCommand({ TableName: this.tableName, Item: unlisted }));
      }
    }
  }

  async sources(meetingId: string): Promise<MeetingProjection[]> {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const result = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :source)',
          ExpressionAttributeValues: { ':pk': partition(meetingId), ':source': 'source#' },
          ExclusiveStartKey: start,
        }),
      );
      items.push(...(result.Items ?? []));
      start = result.LastEvaluatedKey;
    } while (start);
    return items
      .filter((item) => !item.retired)
      .map(({ pk: _pk, sk: _sk, ...projection }) => projection as unknown as MeetingProjection);
  }

  async list(query: MeetingQuery): Promise<Page<MeetingSummary>> {
    const index = query.bodyId ? byBody : byDate;
    const partitionValue = query.bodyId ? `body#${query.bodyId}` : allMeetings;
    // Dates sort as text; "~" sorts after every "YYYY-MM-DD#…" key, so `to` includes its whole day.
    const range = { ':from': query.from ?? '0000', ':to': `${query.to ?? '9999'}~` };
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: index.indexName,
        KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
        ExpressionAttributeNames: { '#pk': index.partitionKey, '#sk': index.sortKey },
        ExpressionAttributeValues: { ':pk': partitionValue, ...range },
        Limit: query.limit + 1,
        ExclusiveStartKey: decodeCursor(
          query.cursor,
          ['pk', 'sk', index.partitionKey, index.sortKey],
          { [index.partitionKey]: partitionValue, sk: 'meta' },
        ),
      }),
    );
    const items = (result.Items ?? []).slice(0, query.limit);
    const last = items.at(-1);
    const more = (result.Items?.length ?? 0) > query.limit && last;
    return {
      items: items.map(
        (item) =>
          Object.fromEntries(
            summaryFields.map((field) => [field, item[field] ?? null]),
          ) as unknown as MeetingSummary,
      ),
      next: more
        ? encodeCursor({
            pk: last.pk,
            sk: last.sk,
            [index.partitionKey]: last[index.partitionKey],
            [index.sortKey]: last[index.sortKey],
          })
        : null,
    };
  }

  /** A later version of this paper may already speak for the meeting: then this one is out of date. */
  private putIfNotOlder(item: Record<string, unknown>, paperVersion: number): Promise<boolean> {
    return conditionalPut(
      this.client,
      this.tableName,
      item,
      'attribute_not_exists(pk) OR paperVersion <= :version',
      {
        ':version': paperVersion,
      },
    );
  }
}
