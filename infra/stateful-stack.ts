import { Aws, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AccountRecovery, Mfa, UserPool, type UserPoolDomain } from 'aws-cdk-lib/aws-cognito';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { AnyPrincipal, Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type BucketProps,
  EventType,
  HttpMethods,
  ObjectLockRetention,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { uploadAreas } from '../functions/config/areas.ts';
import { searchIndexPrefix } from '../functions/config/search.ts';
import {
  ingestsTable,
  meetingsTable,
  recordsTable,
  rowsTable,
} from '../functions/config/tables.ts';
import type { DeploymentConfig } from './config.ts';
import { ingestMaxReceiveCount, ingestTimeout } from './ingest-settings.ts';
import { bucketName } from './names.ts';
import { tableFromDefinition } from './table.ts';

/**
 * What no one, this stack's functions and administrators included, may do to the archive: delete
 * an object or one of its versions, set a lifecycle that would expire them once their retention
 * ends, or shorten or bypass a retention. Object Lock in compliance mode already refuses deletes
 * while retention lasts; this statement keeps refusing them after it ends.
 */
export const writeOnceDeniedActions = [
  's3:DeleteObject',
  's3:DeleteObjectVersion',
  's3:PutLifecycleConfiguration',
  's3:BypassGovernanceRetention',
  's3:PutObjectRetention',
] as const;

export interface StatefulStackProps extends StackProps {
  readonly config: DeploymentConfig;
}

/**
 * Everything that holds data: buckets, tables, and the queue of upload notifications (here, not in
 * the stateless stack, because the bucket's notification configuration must reference it).
 * Buckets and tables are retained when the stack is deleted.
 */
export class StatefulStack extends Stack {
  readonly uploads: Bucket;
  readonly archive: Bucket;
  readonly logs: Bucket;
  readonly records: Table;
  readonly meetings: Table;
  readonly rows: Table;
  readonly ingests: Table;
  readonly ingestQueue: Queue;
  readonly deadLetters: Queue;
  /** Officers who sign in to the upload page: created by an administrator, never by sign-up. */
  readonly officers: UserPool;
  /**
   * The pool's hosted sign-in (`https://<prefix>.auth.<region>.amazoncognito.com`); its app client,
   * which names the site's callback address, is the service stack's.
   */
  readonly officersSignIn: UserPoolDomain;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);
    const { config } = props;
    const secureBucket = {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: RemovalPolicy.RETAIN,
    } as const satisfies BucketProps;

    this.logs = new Bucket(this, 'AccessLogs', {
      ...secureBucket,
      bucketName: bucketName(config.stage, 'logs'),
      // CloudFront's standard logs are delivered through an ACL grant, so ACLs stay enabled here;
      // S3 server access logs are delivered by bucket policy. Neither works with SSE-KMS.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ id: 'expire-logs', expiration: Duration.days(400) }],
    });

    this.uploads = new Bucket(this, 'Uploads', {
      ...secureBucket,
      bucketName: bucketName(config.stage, 'uploads'),
      versioned: true,
      serverAccessLogsBucket: this.logs,
      serverAccessLogsPrefix: 's3/uploads/',
      // The upload page posts files straight here (presigned POSTs) from the site's pages.
      cors: [
        {
          allowedMethods: [HttpMethods.POST],
          allowedOrigins: [
            ...(config.publicBaseUrl ? [new URL(config.publicBaseUrl).origin] : []),
            ...config.allowedOrigins,
          ],
          allowedHeaders: ['*'],
          exposedHeaders: ['ETag', 'Location'],
          maxAge: 600,
        },
      ],
      lifecycleRules: [
        {
          id: 'superseded-uploads',
          prefix: 'uploads/',
          noncurrentVersionExpiration: Duration.days(config.uploadNoncurrentDays),
          expiredObjectDeleteMarker: true,
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
        {
          // Folds of the search index delete the parts their new base supersedes: the versions
          // left behind are worthless (the index is rebuilt from the records), so they go after
          // a day.
          id: 'superseded-search-shards',
          prefix: searchIndexPrefix,
          noncurrentVersionExpiration: Duration.days(1),
          expiredObjectDeleteMarker: true,
        },
      ],
    });

    this.archive = new Bucket(this, 'Archive', {
      ...secureBucket,
      bucketName: bucketName(config.stage, 'archive'),
      versioned: true,
      objectLockEnabled: true,
      objectLockDefaultRetention: ObjectLockRetention.compliance(
        Duration.days(config.archiveRetentionDays),
      ),
      serverAccessLogsBucket: this.logs,
      serverAccessLogsPrefix: 's3/archive/',
    });
    this.archive.addToResourcePolicy(
      new PolicyStatement({
        sid: 'WriteOnceNoDeletes',
        effect: Effect.DENY,
        principals: [new AnyPrincipal()],
        actions: [...writeOnceDeniedActions],
        resources: [this.archive.bucketArn, this.archive.arnForObjects('*')],
      }),
    );
    // With Object Lock an overwrite would only add a locked version; this refuses it outright:
    // a put must carry If-None-Match, so no one can replace an archived key's bytes.
    this.archive.addToResourcePolicy(
      new PolicyStatement({
        sid: 'PutOnlyIfAbsent',
        effect: Effect.DENY,
        principals: [new AnyPrincipal()],
        actions: ['s3:PutObject'],
        resources: [this.archive.arnForObjects('*')],
        // CreateMultipartUpload and UploadPart take no conditional header: the condition binds the
        // operations that create the object (PutObject, CompleteMultipartUpload), as AWS advises.
        conditions: {
          Null: { 's3:if-none-match': 'true' },
          Bool: { 's3:ObjectCreationOperation': 'true' },
        },
      }),
    );

    this.records = tableFromDefinition(this, recordsTable);
    this.meetings = tableFromDefinition(this, meetingsTable);
    this.rows = tableFromDefinition(this, rowsTable);
    this.ingests = tableFromDefinition(this, ingestsTable);

    this.deadLetters = new Queue(this, 'IngestDeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.ingestQueue = new Queue(this, 'IngestQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // AWS advises at least six times the function timeout, so retries of a batch never overlap.
      visibilityTimeout: Duration.seconds(ingestTimeout.toSeconds() * 6),
      retentionPeriod: Duration.days(14),
      deadLetterQueue: { queue: this.deadLetters, maxReceiveCount: ingestMaxReceiveCount },
    });

    this.officers = new UserPool(this, 'Officers', {
      userPoolName: `council-papers-${config.stage}-officers`,
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      passwordPolicy: {
        minLength: 14,
        requireDigits: true,
        requireLowercase: true,
        requireUppercase: true,
        requireSymbols: true,
      },
      // Officers publish in the council's name: an authenticator app as a second factor, always.
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.officersSignIn = this.officers.addDomain('HostedSignIn', {
      // Prefixes are unique per region across all accounts: the account id keeps this one ours.
      cognitoDomain: { domainPrefix: `council-papers-${config.stage}-${Aws.ACCOUNT_ID}` },
    });

    const destination = new SqsDestination(this.ingestQueue);
    for (const prefix of Object.values(uploadAreas)) {
      this.uploads.addEventNotification(EventType.OBJECT_CREATED, destination, { prefix });
      this.uploads.addEventNotification(EventType.OBJECT_REMOVED, destination, { prefix });
    }
  }
}
