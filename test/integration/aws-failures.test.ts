import { Readable } from 'node:stream';
import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  ProvisionedThroughputExceededException,
} from '@aws-sdk/client-dynamodb';
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { buildRoot } from '../../functions/composition/root.ts';
import { silentTelemetry } from '../../functions/composition/telemetry.ts';
import { searchIndexPrefix } from '../../functions/config/search.ts';
import { analysePaper } from '../../functions/domain/papers/read-paper.ts';
import { createIngestHandler } from '../../functions/handlers/ingest.ts';
import { lambdaContext } from '../../infra/local/lambda-context.ts';
import { localNames } from '../../infra/local/provision.ts';
import { s3Record, sqsEvent } from '../support/events.ts';
import { noScans } from '../support/page-ocr.ts';
import { paperVersion } from '../support/records.ts';

// Failures the local engines cannot produce, injected at the SDK boundary.
const s3 = mockClient(S3Client);
const dynamo = mockClient(DynamoDBDocumentClient);
const names = localNames('mocked');

afterEach(() => {
  s3.reset();
  dynamo.reset();
});

const handler = () =>
  createIngestHandler(() => ({
    ...buildRoot(
      names,
      {
        s3: new S3Client({ region: 'eu-west-2' }),
        dynamo: DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-west-2' })),
        ocr: noScans,
      },
      silentTelemetry,
    ),
  }));

// The adapter reads the body as a Node stream, which is what the SDK gives it in Node.
const body = (text: string) => Readable.from([Buffer.from(text)]) as never;

const event = () => sqsEvent(s3Record({ bucket: names.uploadBucket, key: 'uploads/papers/a.txt' }));

const throttled = () =>
  new S3ServiceException({
    name: 'SlowDown',
    $fault: 'server',
    $metadata: { httpStatusCode: 503 },
    message: 'Please reduce your request rate.',
  });

describe('ingest handler under AWS failures', () => {
  it('reports the message as failed when S3 throttles, so SQS redelivers it', async () => {
    s3.on(GetObjectCommand).rejects(throttled());
    const response = await handler()(event(), lambdaContext('ingest'));
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: 'message-0' }] });
  });

  it('reports the message as failed when DynamoDB throttles the version write', async () => {
    s3.on(GetObjectCommand).resolves({
      Body: body('Cabinet Agenda\nDate: 1 May 2024'),
      ContentLength: 31,
      Metadata: {},
    });
    s3.on(HeadObjectCommand).rejects(Object.assign(new Error('not found'), { name: 'NotFound' }));
    s3.on(PutObjectCommand).resolves({});
    dynamo.on(QueryCommand).resolves({ Items: [] });
    dynamo.on(PutCommand).rejects(
      new ProvisionedThroughputExceededException({
        message: 'Throughput exceeded',
        $metadata: {},
      }),
    );
    const response = await handler()(event(), lambdaContext('ingest'));
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: 'message-0' }] });
  });

  it('treats a lost conditional write as contention and takes the next version number', async () => {
    const text = 'Cabinet Agenda\nDate: 1 May 2024';
    const extraction = JSON.stringify(
      (await analysePaper(Buffer.from(text), { ocr: noScans })).extraction,
    );
    // The upload, the archived text and extraction the search index reads.
    s3.on(GetObjectCommand).callsFake((input: { Key: string }) => {
      // No index yet, and no takedown notice: S3 answers NoSuchKey for both.
      if (input.Key.startsWith(searchIndexPrefix) || input.Key.startsWith('takedowns/'))
        throw new S3ServiceException({ name: 'NoSuchKey', $fault: 'client', $metadata: {} });
      const content = input.Key.startsWith('extractions/') ? extraction : text;
      return { Body: body(content), ContentLength: Buffer.byteLength(content), Metadata: {} };
    });
    s3.on(HeadObjectCommand).resolves({});
    // The search index lists its shard's parts before and after writing the paper's segment.
    s3.on(ListObjectsV2Command).resolves({ Contents: [] });
    // The winner is an upload of the same key that got there first (another key's would own the id).
    const winner = paperVersion({
      id: 'a',
      sha256: 'f'.repeat(64),
      applied: {},
      sourceKey: 'uploads/papers/a.txt',
    });
    // No record yet when the id's owner is checked and the first version is numbered; the winner's
    // version when the ingest reads again after losing the write.
    dynamo
      .on(QueryCommand)
      .resolvesOnce({ Items: [] })
      .resolvesOnce({ Items: [] })
      .resolves({ Items: [winner] });
    const versionWrites: number[] = [];
    dynamo.on(PutCommand).callsFake((input: { Item: { sk: string; version: number } }) => {
      if (input.Item.sk.startsWith('v#')) {
        versionWrites.push(input.Item.version);
        if (versionWrites.length === 1)
          throw new ConditionalCheckFailedException({ message: 'taken', $metadata: {} });
      }
      return {};
    });
    // Only the version item exists: no applied-sequencer note, no source pointer.
    dynamo
      .on(GetCommand)
      .callsFake((input: { Key: { sk: string } }) =>
        input.Key.sk.startsWith('v#') ? { Item: winner } : {},
      );
    const response = await handler()(event(), lambdaContext('ingest'));
    expect(response).toEqual({ batchItemFailures: [] });
    expect(versionWrites).toEqual([1, 2]);
  });
});
