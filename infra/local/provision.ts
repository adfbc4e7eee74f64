import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  ResourceNotFoundException,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, HeadBucketCommand } from '@aws-sdk/client-s3';
import type { Clients } from '../../functions/composition/root.ts';
import type { RuntimeConfig } from '../../functions/config/runtime-config.ts';
import {
  ingestsTable,
  meetingsTable,
  recordsTable,
  rowsTable,
  type TableDefinition,
} from '../../functions/config/tables.ts';

/** Physical names for one local stack; `namespace` keeps test runs apart from each other and from `npm start`. */
export const localNames = (namespace = 'council-papers'): RuntimeConfig => ({
  uploadBucket: `${namespace}-uploads`,
  archiveBucket: `${namespace}-archive`,
  recordsTable: `${namespace}-${recordsTable.logicalName.toLowerCase()}`,
  meetingsTable: `${namespace}-${meetingsTable.logicalName.toLowerCase()}`,
  rowsTable: `${namespace}-${rowsTable.logicalName.toLowerCase()}`,
  ingestsTable: `${namespace}-${ingestsTable.logicalName.toLowerCase()}`,
});

/** The CreateTable request for a definition: the same keys and indexes the CDK stack declares. */
export const createTableInput = (
  definition: TableDefinition,
  tableName: string,
): CreateTableCommandInput => {
  const keyNames = [definition, ...definition.indexes].flatMap((key) => [
    key.partitionKey,
    key.sortKey,
  ]);
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [...new Set(keyNames)].map((name) => ({
      AttributeName: name,
      AttributeType: 'S',
    })),
    KeySchema: [
      { AttributeName: definition.partitionKey, KeyType: 'HASH' },
      { AttributeName: definition.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: definition.indexes.length
      ? definition.indexes.map((index) => ({
          IndexName: index.indexName,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: 'HASH' },
            { AttributeName: index.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        }))
      : undefined,
  };
};

/** How long a new table may take to become ACTIVE (the stand-in flips it a moment after creating). */
const activeWithinSeconds = 10;

const ensureTable = async (clients: Clients, definition: TableDefinition, tableName: string) => {
  try {
    await clients.dynamo.send(new DescribeTableCommand({ TableName: tableName }));
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
    await clients.dynamo.send(new CreateTableCommand(createTableInput(definition, tableName)));
  }
  // A table answers nothing until it is ACTIVE: wait for it, so that nothing the stack does first
  // (recovery's scans, the first upload) meets a missing table, and so that a stop straight after
  // the start cannot leave a table that the next start finds still being created.
  try {
    await waitUntilTableExists(
      { client: clients.dynamo, maxWaitTime: activeWithinSeconds, minDelay: 0.02, maxDelay: 0.5 },
      { TableName: tableName },
    );
  } catch (error) {
    throw new Error(
      `The local DynamoDB table ${tableName} is not ACTIVE after ${activeWithinSeconds} s. A first ` +
        'start stopped while it created the tables leaves one so for good, and nothing was stored ' +
        'yet: remove the data folder (or choose another) and start again.',
      { cause: error },
    );
  }
};

const ensureBucket = async (clients: Clients, bucket: string) => {
  try {
    await clients.s3.send(new HeadBucketCommand({ Bucket: bucket }));
  } catch (error) {
    if (!(error instanceof Error && (error.name === 'NotFound' || error.name === 'NoSuchBucket')))
      throw error;
    await clients.s3.send(new CreateBucketCommand({ Bucket: bucket }));
  }
};

/** Creates whatever of the stack's buckets and tables does not exist yet. */
export const provision = async (clients: Clients, names: RuntimeConfig): Promise<void> => {
  await Promise.all([
    ensureBucket(clients, names.uploadBucket),
    ensureBucket(clients, names.archiveBucket),
    ensureTable(clients, recordsTable, names.recordsTable),
    ensureTable(clients, meetingsTable, names.meetingsTable),
    ensureTable(clients, rowsTable, names.rowsTable),
    ensureTable(clients, ingestsTable, names.ingestsTable),
  ]);
};
