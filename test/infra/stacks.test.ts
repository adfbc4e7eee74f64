import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { uploadAreas } from '../../functions/config/areas.ts';
import {
  byKindIndex,
  meetingsByBodyIndex,
  meetingsByDateIndex,
  tableDefinitions,
} from '../../functions/config/tables.ts';
import { buildStacks } from '../../infra/stacks.ts';

let data: Template;
let service: Template;

beforeAll(() => {
  const app = new App({ context: { stage: 'test', archiveRetentionDays: '30' } });
  const stacks = buildStacks(app);
  data = Template.fromStack(stacks.data);
  service = Template.fromStack(stacks.service);
});

const resourcesOf = (template: Template, type: string) =>
  Object.values(template.findResources(type));

describe('stateful stack', () => {
  it('blocks public access, encrypts and logs every bucket, and denies non-TLS access', () => {
    const buckets = resourcesOf(data, 'AWS::S3::Bucket');
    expect(buckets).toHaveLength(3);
    for (const bucket of buckets) {
      expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(bucket.Properties.BucketEncryption).toBeDefined();
      expect(bucket.DeletionPolicy).toBe('Retain');
    }
    const policies = resourcesOf(data, 'AWS::S3::BucketPolicy');
    expect(
      policies.filter((policy) => JSON.stringify(policy).includes('"aws:SecureTransport":"false"')),
    ).toHaveLength(3);
  });

  it('versions the upload bucket and archives originals under Object Lock in compliance mode', () => {
    data.hasResourceProperties('AWS::S3::Bucket', {
      VersioningConfiguration: { Status: 'Enabled' },
      ObjectLockEnabled: true,
      ObjectLockConfiguration: {
        ObjectLockEnabled: 'Enabled',
        Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: 30 } },
      },
    });
    data.hasResourceProperties('AWS::S3::Bucket', {
      VersioningConfiguration: { Status: 'Enabled' },
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({
            Prefix: 'uploads/',
            NoncurrentVersionExpiration: { NoncurrentDays: 90 },
          }),
        ]),
      },
      LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'uploads/' }),
    });
  });

  it('builds the tables from the shared definitions: on demand, PITR, deletion protection, retained', () => {
    const tables = resourcesOf(data, 'AWS::DynamoDB::Table');
    expect(tables).toHaveLength(tableDefinitions.length);
    for (const table of tables) {
      expect(table.Properties).toMatchObject({
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
      });
      expect(table.DeletionPolicy).toBe('Retain');
    }
    data.hasResourceProperties('AWS::DynamoDB::Table', {
      GlobalSecondaryIndexes: [
        Match.objectLike({
          IndexName: byKindIndex.indexName,
          KeySchema: [
            { AttributeName: byKindIndex.partitionKey, KeyType: 'HASH' },
            { AttributeName: byKindIndex.sortKey, KeyType: 'RANGE' },
          ],
        }),
      ],
    });
  });

  it('indexes meetings by body and by date', () => {
    data.hasResourceProperties('AWS::DynamoDB::Table', {
      GlobalSecondaryIndexes: [meetingsByBodyIndex, meetingsByDateIndex].map((index) =>
        Match.objectLike({
          IndexName: index.indexName,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: 'HASH' },
            { AttributeName: index.sortKey, KeyType: 'RANGE' },
          ],
        }),
      ),
    });
  });

  it('sends create and remove events of the two upload areas, and only those, to the queue', () => {
    const [notifications] = resourcesOf(data, 'Custom::S3BucketNotifications');
    const queueConfigs = notifications?.Properties.NotificationConfiguration
      .QueueConfigurations as {
      Events: string[];
      Filter: { Key: { FilterRules: { Name: string; Value: string }[] } };
    }[];
    const pairs = queueConfigs
      .map((config) => `${config.Events.join()} ${config.Filter.Key.FilterRules[0]?.Value}`)
      .sort();
    expect(pairs).toEqual(
      Object.values(uploadAreas)
        .flatMap((prefix) => [`s3:ObjectCreated:* ${prefix}`, `s3:ObjectRemoved:* ${prefix}`])
        .sort(),
    );
  });

  it('dead-letters a message after 5 receives, with a visibility timeout of 6 × the function timeout', () => {
    data.hasResourceProperties('AWS::SQS::Queue', {
      VisibilityTimeout: 720,
      RedrivePolicy: { maxReceiveCount: 5, deadLetterTargetArn: Match.anyValue() },
      SqsManagedSseEnabled: true,
    });
  });
});

describe('stateless stack', () => {
  it('runs both functions on Node 24 arm64 with the table and bucket names in the environment', () => {
    const functions = resourcesOf(service, 'AWS::Lambda::Function');
    expect(functions).toHaveLength(2);
    for (const fn of functions) {
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
      });
      expect(Object.keys(fn.Properties.Environment.Variables)).toEqual(
        expect.arrayContaining([
          'UPLOAD_BUCKET',
          'ARCHIVE_BUCKET',
          'RECORDS_TABLE',
          'INGESTS_TABLE',
        ]),
      );
    }
    service.hasResourceProperties('AWS::Lambda::Function', { Timeout: 120 });
  });

  it('feeds the ingest function from the queue with partial batch failures and bounded concurrency', () => {
    service.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      BatchSize: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 5 },
    });
  });

  it('lets the API read the meetings table and its indexes, and nothing write to them but ingest', () => {
    const policies = JSON.stringify(resourcesOf(service, 'AWS::IAM::Policy'));
    expect(policies).toContain('/index/byBody');
    expect(policies).toContain('/index/byDate');
  });

  it('lets ingest write every archive prefix it uses and batch-write rows, and the API read what it serves', () => {
    const policies = JSON.stringify(resourcesOf(service, 'AWS::IAM::Policy'));
    for (const prefix of [
      'originals/sha256/*',
      'texts/sha256/*',
      'extractions/sha256/*',
      'schemas/sha256/*',
      'reports/sha256/*',
    ]) {
      expect(policies).toContain(prefix);
    }
    expect(policies).toContain('dynamodb:BatchWriteItem');
  });

  it('gives no function a delete permission on data', () => {
    const policies = JSON.stringify(resourcesOf(service, 'AWS::IAM::Policy'));
    expect(policies).not.toMatch(
      /s3:DeleteObject|dynamodb:DeleteItem|s3:\*|dynamodb:\*|s3:PutObject\*/,
    );
  });

  it('serves the API through an HTTP API with a throttled, logged default stage', () => {
    service.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
    service.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 200, ThrottlingBurstLimit: 400 },
      AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }),
    });
  });
});
