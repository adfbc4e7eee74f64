import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  EventType,
  ObjectLockRetention,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { uploadAreas } from '../functions/config/areas.ts';
import {
  ingestsTable,
  meetingsTable,
  recordsTable,
  rowsTable,
} from '../functions/config/tables.ts';
import type { DeploymentConfig } from './config.ts';
import { tableFromDefinition } from './table.ts';

/** The ingest function's timeout; the queue's visibility timeout is six times it, as AWS advises. */
export const ingestTimeout = Duration.minutes(2);

export interface StatefulStackProps extends StackProps {
  readonly config: DeploymentConfig;
}

/**
 * Everything that holds data: buckets, tables, and the queue of upload notifications (here, not in
 * the stateless stack, because the bucket's notification configuration must reference it).
 */
export class StatefulStack extends Stack {
  readonly uploads: Bucket;
  readonly archive: Bucket;
  readonly records: Table;
  readonly meetings: Table;
  readonly rows: Table;
  readonly ingests: Table;
  readonly ingestQueue: Queue;
  readonly deadLetters: Queue;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);
    const secureBucket = {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: RemovalPolicy.RETAIN,
    } as const;

    const accessLogs = new Bucket(this, 'AccessLogs', {
      ...secureBucket,
      // Server access logs cannot be delivered to a bucket with Object Ownership enforced and KMS.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(400) }],
    });

    this.uploads = new Bucket(this, 'Uploads', {
      ...secureBucket,
      versioned: true,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'uploads/',
      lifecycleRules: [
        {
          id: 'superseded-uploads',
          prefix: 'uploads/',
          noncurrentVersionExpiration: Duration.days(props.config.uploadNoncurrentDays),
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
      ],
    });

    this.archive = new Bucket(this, 'Archive', {
      ...secureBucket,
      versioned: true,
      objectLockEnabled: true,
      objectLockDefaultRetention: ObjectLockRetention.compliance(
        Duration.days(props.config.archiveRetentionDays),
      ),
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'archive/',
    });

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
      visibilityTimeout: Duration.seconds(ingestTimeout.toSeconds() * 6),
      retentionPeriod: Duration.days(14),
      deadLetterQueue: { queue: this.deadLetters, maxReceiveCount: 5 },
    });

    const destination = new SqsDestination(this.ingestQueue);
    for (const prefix of Object.values(uploadAreas)) {
      this.uploads.addEventNotification(EventType.OBJECT_CREATED, destination, { prefix });
      this.uploads.addEventNotification(EventType.OBJECT_REMOVED, destination, { prefix });
    }
  }
}
