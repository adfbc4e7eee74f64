import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import type { RecordKind } from '../../config/areas.ts';
import { byKindIndex } from '../../config/tables.ts';
import { sha256Hex } from '../../domain/hashing.ts';
import { type ChangeFacet, changedAt, changeFacet } from '../../domain/history/last-change.ts';
import { matchesFilter } from '../../domain/record-filter.ts';
import type { Page, PageRequest } from '../../ports/page.ts';
import type {
  ChainHead,
  ListOptions,
  RecordChainHead,
  StoredVersion,
  VersionOf,
  VersionStore,
} from '../../ports/version-store.ts';
import { conditionalPut } from './conditional-put.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { lastItem } from './last-item.ts';

const byKind = byKindIndex;

const partitionKey = (kind: RecordKind, id: string) => `${kind}#${id}`;
/** Zero-padded so the sort key orders versions numerically: the highest sort key is the latest. */
const versionKey = (version: number) => `v#${String(version).padStart(10, '0')}`;
const headKey = 'head';
const sourcePartition = (sourceKey: string) => `source#${sourceKey}`;
const sourceSort = 'record';
/** One item per facet, outside the `byKind` index: the newest change its heads have shown. */
const lastChangeKey = (facet: ChangeFacet) => ({ pk: `last-change#${facet}`, sk: 'last-change' });
/** Keys can be 1 KiB, more than a sort key may hold: the note is filed under the key's hash. */
const appliedSort = (sourceKey: string) => `applied#${sha256Hex(sourceKey)}`;
/** Sequencers right-padded to one length compare as S3 orders them, so a condition can compare them. */
const padded = (sequencer: string) => sequencer.toUpperCase().padEnd(64, '0');

const keyAttributes = new Set([
  'pk',
  'sk',
  byKind.partitionKey,
  byKind.sortKey,
  'headVersion',
  'headChainHash',
]);

const versionCursorKeys = ['pk', 'sk'] as const;
const headCursorKeys = ['pk', 'sk', byKind.partitionKey, byKind.sortKey] as const;

/**
 * Pages are read one item long: when that extra item exists, the cursor is the key of the last item
 * served, so the last page says `next: null` instead of leading to an empty page.
 */
const pageOf = (
  items: readonly Record<string, unknown>[] | undefined,
  limit: number,
  cursorKeys: readonly string[],
): Page<StoredVersion> => {
  const served = (items ?? []).slice(0, limit);
  const last = served.at(-1);
  const more = (items?.length ?? 0) > limit && last !== undefined;
  return {
    items: served.map(toRecord),
    next: more
      ? encodeCursor(Object.fromEntries(cursorKeys.map((name) => [name, last[name]])))
      : null,
  };
};

const toRecord = (item: Record<string, unknown>): StoredVersion =>
  Object.fromEntries(
    Object.entries(item).filter(([name]) => !keyAttributes.has(name)),
  ) as unknown as StoredVersion;

/**
 * Versions in the records table: one item per version, written once with `attribute_not_exists`,
 * and a head item per record that only ever moves forward, feeding the sparse `byKind` index.
 */
export class DynamoVersionStore implements VersionStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async latest<K extends RecordKind>(kind: K, id: string): Promise<VersionOf<K> | undefined> {
    const item = await lastItem(this.client, this.tableName, partitionKey(kind, id), 'v#');
    return item ? (toRecord(item) as VersionOf<K>) : undefined;
  }

  putIfAbsent(record: StoredVersion): Promise<boolean> {
    const item = {
      ...record,
      pk: partitionKey(record.kind, record.id),
      sk: versionKey(record.version),
    };
    return this.conditionalPut(item, 'attribute_not_exists(pk)');
  }

  async advanceHead(current: StoredVersion, committed: ChainHead): Promise<void> {
    const item = {
      ...current,
      pk: partitionKey(current.kind, current.id),
      sk: headKey,
      [byKind.partitionKey]: current.kind,
      [byKind.sortKey]: current.id,
      headVersion: committed.version,
      headChainHash: committed.chainHash,
    };
    // A refusal means the head is already at this commit or a later one: nothing to do.
    await this.conditionalPut(item, 'attribute_not_exists(pk) OR headVersion < :version', {
      ':version': committed.version,
    });
    // Written whether or not the head moved, so a retry after a crash between the two puts
    // still records it; a refusal means a later change is kept already.
    const changed = changedAt(current);
    await this.conditionalPut(
      { ...lastChangeKey(changeFacet(current)), changedAt: changed },
      'attribute_not_exists(pk) OR changedAt < :changed',
      { ':changed': changed },
    );
  }

  async lastChange(facet: ChangeFacet): Promise<string | undefined> {
    const result = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: lastChangeKey(facet) }),
    );
    return result.Item?.changedAt as string | undefined;
  }

  async listChainHeads(kind: RecordKind, page: PageRequest): Promise<Page<RecordChainHead>> {
    const result = await this.queryHeads(kind, page.limit + 1, this.headCursor(kind, page.cursor));
    const items = (result.Items ?? []).slice(0, page.limit).map((item) => ({
      kind,
      id: item[byKind.sortKey] as string,
      version: item.headVersion as number,
      chainHash: item.headChainHash as string,
    }));
    return { items, next: pageOf(result.Items, page.limit, headCursorKeys).next };
  }

  private conditionalPut(
    item: Record<string, unknown>,
    condition: string,
    values?: Record<string, unknown>,
  ) {
    return conditionalPut(this.client, this.tableName, item, condition, values);
  }

  async get<K extends RecordKind>(
    kind: K,
    id: string,
    version: number,
  ): Promise<VersionOf<K> | undefined> {
    const result = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: partitionKey(kind, id), sk: versionKey(version) },
      }),
    );
    return result.Item ? (toRecord(result.Item) as VersionOf<K>) : undefined;
  }

  async listVersions<K extends RecordKind>(
    kind: K,
    id: string,
    page: PageRequest,
  ): Promise<Page<VersionOf<K>>> {
    const pk = partitionKey(kind, id);
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :v)',
        ExpressionAttributeValues: { ':pk': pk, ':v': 'v#' },
        Limit: page.limit + 1,
        ExclusiveStartKey: decodeCursor(page.cursor, versionCursorKeys, { pk }),
      }),
    );
    return pageOf(result.Items, page.limit, versionCursorKeys) as Page<VersionOf<K>>;
  }

  async listLatest<K extends RecordKind>(
    kind: K,
    page: PageRequest,
    options: ListOptions = {},
  ): Promise<Page<VersionOf<K>>> {
    const { filter, idPrefix } = options;
    const found: Record<string, unknown>[] = [];
    let start = this.headCursor(kind, page.cursor);
    // With a filter, heads are read on until a page (and one more) pass it, or none are left.
    do {
      const result = await this.queryHeads(kind, filter ? 100 : page.limit + 1, start, idPrefix);
      for (const item of result.Items ?? [])
        if (!filter || matchesFilter(toRecord(item), filter)) found.push(item);
      start = result.LastEvaluatedKey as Record<string, string> | undefined;
    } while (start && found.length <= page.limit);
    return pageOf(found, page.limit, headCursorKeys) as Page<VersionOf<K>>;
  }

  private headCursor(kind: RecordKind, cursor: string | undefined) {
    return decodeCursor(cursor, headCursorKeys, { [byKind.partitionKey]: kind, sk: headKey });
  }

  private queryHeads(
    kind: RecordKind,
    limit: number,
    start: Record<string, string> | undefined,
    idPrefix?: string,
  ) {
    return this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: byKind.indexName,
        KeyConditionExpression: idPrefix
          ? '#kindPk = :kind AND begins_with(#kindSk, :prefix)'
          : '#kindPk = :kind',
        ExpressionAttributeNames: {
          '#kindPk': byKind.partitionKey,
          ...(idPrefix && { '#kindSk': byKind.sortKey }),
        },
        ExpressionAttributeValues: { ':kind': kind, ...(idPrefix && { ':prefix': idPrefix }) },
        Limit: limit,
        ExclusiveStartKey: start,
      }),
    );
  }

  async pointSource(sourceKey: string, kind: RecordKind, id: string): Promise<void> {
    // A pointer, not history: the last upload to a key decides which record deleting it withdraws.
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { pk: sourcePartition(sourceKey), sk: sourceSort, kind, id },
      }),
    );
  }

  async sourceRecord(sourceKey: string): Promise<{ kind: RecordKind; id: string } | undefined> {
    const result = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: sourcePartition(sourceKey), sk: sourceSort },
        ConsistentRead: true,
      }),
    );
    return result.Item
      ? { kind: result.Item.kind as RecordKind, id: result.Item.id as string }
      : undefined;
  }

  async noteApplied(
    kind: RecordKind,
    id: string,
    sourceKey: string,
    sequencer: string,
  ): Promise<void> {
    const item = {
      pk: partitionKey(kind, id),
      sk: appliedSort(sourceKey),
      sourceKey,
      sequencer,
      padded: padded(sequencer),
    };
    // A refusal means a later event for the key was noted already: nothing to do.
    await this.conditionalPut(item, 'attribute_not_exists(pk) OR padded < :padded', {
      ':padded': item.padded,
    });
  }

  async notedApplied(kind: RecordKind, id: string, sourceKey: string): Promise<string | undefined> {
    const result = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: partitionKey(kind, id), sk: appliedSort(sourceKey) },
        ConsistentRead: true,
      }),
    );
    return result.Item?.sequencer as string | undefined;
  }
}
