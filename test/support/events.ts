import { readFileSync } from 'node:fs';
import type { APIGatewayProxyEventV2, S3Event, S3EventRecord, SQSEvent } from 'aws-lambda';
import { encodeEventKey } from '../../infra/local/s3-events.ts';

const fixture = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../fixtures/events/${name}`, import.meta.url), 'utf8')) as T;

const sample = fixture<SQSEvent>('sqs-s3-object-created.json');
const sampleMessage = sample.Records[0];
if (!sampleMessage) throw new Error('fixture has no record');
const sampleS3 = (JSON.parse(sampleMessage.body) as S3Event).Records[0] as S3EventRecord;

export interface ObjectEventOptions {
  readonly bucket: string;
  readonly key: string;
  readonly sequencer?: string;
  readonly eventName?: string;
  readonly eventTime?: string;
  /** The version the event names; none (an unversioned read of the key) unless given. */
  readonly versionId?: string;
}

/** An S3 event record as AWS sends it (real sample), for the given bucket and raw key. */
export const s3Record = (options: ObjectEventOptions): S3EventRecord => ({
  ...sampleS3,
  eventName: (options.eventName ?? 'ObjectCreated:Put') as S3EventRecord['eventName'],
  eventTime: options.eventTime ?? new Date().toISOString(),
  s3: {
    ...sampleS3.s3,
    bucket: { ...sampleS3.s3.bucket, name: options.bucket, arn: `arn:aws:s3:::${options.bucket}` },
    object: {
      ...sampleS3.s3.object,
      key: encodeEventKey(options.key),
      sequencer: options.sequencer ?? sampleS3.s3.object.sequencer,
      versionId: options.versionId,
    },
  },
});

/** An SQS batch as Lambda delivers it, one S3 notification per message. */
export const sqsEvent = (...records: S3EventRecord[]): SQSEvent => ({
  Records: records.map((record, index) => ({
    ...sampleMessage,
    messageId: `message-${index}`,
    body: JSON.stringify({ Records: [record] }),
  })),
});

export const sampleSqsEvent = (): SQSEvent => sample;

/** An API Gateway HTTP API (payload 2.0) GET request. */
export const httpGet = (
  path: string,
  query?: Record<string, string>,
  method = 'GET',
): APIGatewayProxyEventV2 => ({
  version: '2.0',
  routeKey: '$default',
  rawPath: path,
  rawQueryString: new URLSearchParams(query).toString(),
  headers: { accept: 'application/json' },
  queryStringParameters: query,
  requestContext: {
    accountId: '123456789012',
    apiId: 'api',
    domainName: 'api.example.org',
    domainPrefix: 'api',
    http: { method, path, protocol: 'HTTP/1.1', sourceIp: '198.51.100.7', userAgent: 'vitest' },
    requestId: 'request-1',
    routeKey: '$default',
    stage: '$default',
    time: '09/May/2024:10:15:30 +0000',
    timeEpoch: 1715249730000,
  },
  isBase64Encoded: false,
});
