import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { uploadAreas } from '../../functions/config/areas.ts';
import { tableDefinitions } from '../../functions/config/tables.ts';
import { writeOnceDeniedActions } from '../../infra/stateful-stack.ts';
import { flatten, onlyResource, resourcesOf, synthesize } from './synth.ts';

let data: Template;

beforeAll(() => {
  ({ data } = synthesize({ archiveRetentionDays: '30', uploadNoncurrentDays: '45' }));
});

const bucketNamed = (purpose: string) => {
  const found = resourcesOf(data, 'AWS::S3::Bucket').find(
    ([, bucket]) =>
      flatten(bucket.Properties.BucketName) ===
      `council-papers-test-${purpose}-<AWS::AccountId>-<AWS::Region>`,
  );
  if (!found) throw new Error(`no ${purpose} bucket`);
  return { logicalId: found[0], ...found[1] };
};

describe('buckets', () => {
  it('are named council-papers-<stage>-<purpose>-<account>-<region>', () => {
    const names = resourcesOf(data, 'AWS::S3::Bucket').map(([, b]) =>
      flatten(b.Properties.BucketName),
    );
    expect(names.sort()).toEqual(
      ['archive', 'logs', 'uploads'].map(
        (purpose) => `council-papers-test-${purpose}-<AWS::AccountId>-<AWS::Region>`,
      ),
    );
  });

  it('block public access, are encrypted and are retained when the stack is deleted', () => {
    for (const [, bucket] of resourcesOf(data, 'AWS::S3::Bucket')) {
      expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(bucket.Properties.BucketEncryption).toEqual({
        ServerSideEncryptionConfiguration: [
          { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
        ],
      });
      expect(bucket.DeletionPolicy).toBe('Retain');
    }
  });

  it('deny every request not made over TLS', () => {
    for (const purpose of ['uploads', 'archive', 'logs']) {
      data.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: bucketNamed(purpose).logicalId },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Deny',
              Principal: { AWS: '*' },
              Action: 's3:*',
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
          ]),
        },
      });
    }
  });

  it('log access to the upload and archive buckets in the logs bucket', () => {
    const logs = bucketNamed('logs').logicalId;
    expect(bucketNamed('uploads').Properties.LoggingConfiguration).toEqual({
      DestinationBucketName: { Ref: logs },
      LogFilePrefix: 's3/uploads/',
    });
    expect(bucketNamed('archive').Properties.LoggingConfiguration).toEqual({
      DestinationBucketName: { Ref: logs },
      LogFilePrefix: 's3/archive/',
    });
    expect(bucketNamed('logs').Properties.LifecycleConfiguration).toEqual({
      Rules: [expect.objectContaining({ ExpirationInDays: 400, Status: 'Enabled' })],
    });
  });
});

describe('upload bucket', () => {
  it('is versioned, and expires superseded versions of the upload area after the configured days, and of search shards after one', () => {
    const uploads = bucketNamed('uploads').Properties;
    expect(uploads.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(uploads.LifecycleConfiguration).toEqual({
      Rules: [
        {
          Id: 'superseded-uploads',
          Prefix: 'uploads/',
          Status: 'Enabled',
          NoncurrentVersionExpiration: { NoncurrentDays: 45 },
          ExpiredObjectDeleteMarker: true,
          AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
        },
        {
          Id: 'superseded-search-shards',
          Prefix: 'search/v1/',
          Status: 'Enabled',
          NoncurrentVersionExpiration: { NoncurrentDays: 1 },
          ExpiredObjectDeleteMarker: true,
        },
      ],
    });
  });

  it('notifies the ingest queue of creations and removals in the two upload areas, and nothing else', () => {
    const [, notifications] = onlyResource(data, 'Custom::S3BucketNotifications');
    const config = notifications.Properties.NotificationConfiguration as {
      QueueConfigurations: {
        Events: string[];
        QueueArn: unknown;
        Filter: { Key: { FilterRules: { Name: string; Value: string }[] } };
      }[];
      LambdaFunctionConfigurations?: unknown;
      TopicConfigurations?: unknown;
    };
    expect(config.LambdaFunctionConfigurations).toBeUndefined();
    expect(config.TopicConfigurations).toBeUndefined();
    const rules = config.QueueConfigurations.map((queue) => {
      expect(flatten(queue.QueueArn)).toMatch(/^<IngestQueue[0-9A-F]+\.Arn>$/);
      return `${queue.Events.join()} ${queue.Filter.Key.FilterRules.map((r) => `${r.Name}=${r.Value}`).join()}`;
    });
    expect(rules.sort()).toEqual(
      Object.values(uploadAreas)
        .flatMap((prefix) => [
          `s3:ObjectCreated:* prefix=${prefix}`,
          `s3:ObjectRemoved:* prefix=${prefix}`,
        ])
        .sort(),
    );
    expect(Object.values(uploadAreas).sort()).toEqual(['uploads/datasets/', 'uploads/papers/']);
  });
});

describe('archive bucket', () => {
  it('locks every object in compliance mode for the configured retention', () => {
    expect(bucketNamed('archive').Properties).toMatchObject({
      VersioningConfiguration: { Status: 'Enabled' },
      ObjectLockEnabled: true,
      ObjectLockConfiguration: {
        ObjectLockEnabled: 'Enabled',
        Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: 30 } },
      },
    });
  });

  it('denies deletes, lifecycle changes and retention bypass to everyone (WriteOnceNoDeletes)', () => {
    const archive = bucketNamed('archive').logicalId;
    data.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: archive },
      PolicyDocument: {
        Statement: Match.arrayWith([
          {
            Sid: 'WriteOnceNoDeletes',
            Effect: 'Deny',
            Principal: { AWS: '*' },
            Action: [...writeOnceDeniedActions].sort(),
            Resource: [
              { 'Fn::GetAtt': [archive, 'Arn'] },
              { 'Fn::Join': ['', [{ 'Fn::GetAtt': [archive, 'Arn'] }, '/*']] },
            ],
          },
        ]),
      },
    });
    expect(writeOnceDeniedActions).toEqual(
      expect.arrayContaining([
        's3:DeleteObject',
        's3:DeleteObjectVersion',
        's3:PutLifecycleConfiguration',
        's3:BypassGovernanceRetention',
      ]),
    );
  });

  it('refuses any object-creating put (a PutObject or a multipart completion) without If-None-Match, so no archived key is ever replaced', () => {
    const archive = bucketNamed('archive').logicalId;
    data.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: archive },
      PolicyDocument: {
        Statement: Match.arrayWith([
          {
            Sid: 'PutOnlyIfAbsent',
            Effect: 'Deny',
            Principal: { AWS: '*' },
            Action: 's3:PutObject',
            Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [archive, 'Arn'] }, '/*']] },
            Condition: {
              Null: { 's3:if-none-match': 'true' },
              Bool: { 's3:ObjectCreationOperation': 'true' },
            },
          },
        ]),
      },
    });
  });

  it('has no lifecycle rule that could expire an original', () => {
    expect(bucketNamed('archive').Properties.LifecycleConfiguration).toBeUndefined();
  });
});

describe('tables', () => {
  it('are built from the shared definitions with their keys and indexes', () => {
    const tables = resourcesOf(data, 'AWS::DynamoDB::Table');
    expect(tables.map(([id]) => id.replace(/[0-9A-F]{8}$/, '')).sort()).toEqual(
      tableDefinitions.map((table) => table.logicalName).sort(),
    );
    for (const definition of tableDefinitions) {
      data.hasResourceProperties('AWS::DynamoDB::Table', {
        KeySchema: [
          { AttributeName: definition.partitionKey, KeyType: 'HASH' },
          { AttributeName: definition.sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes:
          definition.indexes.length === 0
            ? Match.absent()
            : definition.indexes.map((index) =>
                Match.objectLike({
                  IndexName: index.indexName,
                  KeySchema: [
                    { AttributeName: index.partitionKey, KeyType: 'HASH' },
                    { AttributeName: index.sortKey, KeyType: 'RANGE' },
                  ],
                  Projection: { ProjectionType: 'ALL' },
                }),
              ),
      });
    }
  });

  it('are on demand, with point-in-time recovery and deletion protection, and retained', () => {
    for (const [, table] of resourcesOf(data, 'AWS::DynamoDB::Table')) {
      expect(table.Properties).toMatchObject({
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
        SSESpecification: { SSEEnabled: true },
      });
      expect(table.DeletionPolicy).toBe('Retain');
      expect(table.UpdateReplacePolicy).toBe('Retain');
    }
  });
});

describe('ingest queue', () => {
  it('hides a message for 6 × the 15-minute ingest timeout and dead-letters it after 5 receives', () => {
    data.hasResourceProperties('AWS::SQS::Queue', {
      VisibilityTimeout: 6 * 15 * 60,
      RedrivePolicy: {
        maxReceiveCount: 5,
        deadLetterTargetArn: {
          'Fn::GetAtt': [Match.stringLikeRegexp('^IngestDeadLetters'), 'Arn'],
        },
      },
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: 14 * 24 * 3600,
    });
  });

  it('encrypts and enforces TLS on both queues', () => {
    expect(resourcesOf(data, 'AWS::SQS::Queue')).toHaveLength(2);
    for (const [, queue] of resourcesOf(data, 'AWS::SQS::Queue'))
      expect(queue.Properties.SqsManagedSseEnabled).toBe(true);
    expect(
      resourcesOf(data, 'AWS::SQS::QueuePolicy').filter(([, policy]) =>
        JSON.stringify(policy).includes('"aws:SecureTransport":"false"'),
      ),
    ).toHaveLength(2);
  });
});

describe('upload page', () => {
  it('lets browsers post files to the upload bucket (presigned POSTs), and nothing else', () => {
    // Act
    const uploads = bucketNamed('uploads');

    // Assess
    expect(uploads.Properties.CorsConfiguration).toEqual({
      CorsRules: [
        {
          AllowedMethods: ['POST'],
          AllowedOrigins: ['*'],
          AllowedHeaders: ['*'],
          ExposedHeaders: ['ETag', 'Location'],
          MaxAge: 600,
        },
      ],
    });
  });

  it('keeps officers in a retained Cognito user pool: no sign-up, MFA by authenticator app', () => {
    // Act
    const [, pool] = onlyResource(data, 'AWS::Cognito::UserPool');

    // Assess
    expect(pool).toMatchObject({
      DeletionPolicy: 'Retain',
      Properties: {
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
        MfaConfiguration: 'ON',
        EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
        Policies: { PasswordPolicy: { MinimumLength: 14 } },
      },
    });
  });

  it('gives the officers a hosted sign-in domain, unique to the account', () => {
    // Act
    const [, domain] = onlyResource(data, 'AWS::Cognito::UserPoolDomain');

    // Assess
    expect(flatten(domain.Properties.Domain)).toBe('council-papers-test-<AWS::AccountId>');
    expect(flatten(domain.Properties.UserPoolId)).toMatch(/^<Officers\w+>$/);
  });

  it('leaves the app client to the service stack, which knows the site’s callback address', () => {
    // Act
    const clients = resourcesOf(data, 'AWS::Cognito::UserPoolClient');

    // Assess
    expect(clients).toEqual([]);
  });
});
