import type { AddressInfo } from 'node:net';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localClients } from '../../infra/local/local-clients.ts';
import { localNames, provision } from '../../infra/local/provision.ts';

// A stand-in that, like DynamoDB, keeps a new table CREATING for a while: a stack that went on at
// once met a missing table (its first scan failed), and one stopped then left the table CREATING
// for its next start, for good.
const slow = dynalite({ createTableMs: 300 });
let dynamoEndpoint: string;

beforeAll(async () => {
  await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', () => resolve()));
  dynamoEndpoint = `http://127.0.0.1:${(slow.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => slow.close(() => resolve())));

describe('provisioning the local stack', () => {
  it('returns only when every table it created is ACTIVE', async () => {
    // Prepare
    const clients = localClients({ dynamoEndpoint, s3Endpoint: inject('engines').s3Endpoint });
    const names = localNames('provision-slow');

    // Act
    await provision(clients, names);

    // Assess
    const tables = [names.recordsTable, names.meetingsTable, names.rowsTable, names.ingestsTable];
    const statuses = await Promise.all(
      tables.map(async (TableName) => {
        const { Table } = await clients.dynamo.send(new DescribeTableCommand({ TableName }));
        return Table?.TableStatus;
      }),
    );
    expect(statuses).toEqual(['ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE']);
  });
});
