import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { localClientConfig } from '../../infra/local/client-config.ts';
import { liveStacks } from '../../infra/local/registry.ts';
import { DynamoIngestLog } from '../adapters/dynamo/ingest-log.ts';
import { S3BlobStore } from '../adapters/s3/s3-blob-store.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import type { IngestLog } from '../ports/ingest-log.ts';
import { CliError } from './cli-error.ts';

/** Where the CLI sends uploads and reads ingest outcomes from. */
export interface Target {
  readonly description: string;
  /** A bucket in AWS (named by flag or environment), not the local stack's. */
  readonly inAws: boolean;
  readonly s3: S3Client;
  readonly bucket: string;
  /** Absent when the ingest table is unknown (a remote bucket given without one). */
  readonly log: IngestLog | undefined;
  /** The archive, where a dataset's full validation report is; absent when it is unknown. */
  readonly archive: BlobStore | undefined;
  close(): void;
}

export interface TargetOptions {
  readonly bucket?: string | undefined;
  readonly ingestsTable?: string | undefined;
  readonly port?: string | undefined;
}

/**
 * A bucket named by flag or environment (`UPLOAD_BUCKET`, `INGESTS_TABLE`, `ARCHIVE_BUCKET`; AWS credentials and
 * region from the usual chain) wins; otherwise the running local stack, found through the file
 * `npm start` writes, whatever port it serves on.
 */
export const resolveTarget = async (options: TargetOptions): Promise<Target> => {
  const bucket = options.bucket ?? process.env.UPLOAD_BUCKET;
  if (bucket) {
    const s3 = new S3Client({});
    const table = options.ingestsTable ?? process.env.INGESTS_TABLE;
    const dynamo = table ? DynamoDBDocumentClient.from(new DynamoDBClient({})) : undefined;
    return {
      description: `s3://${bucket}`,
      inAws: true,
      s3,
      bucket,
      log: dynamo && table ? new DynamoIngestLog(dynamo, table) : undefined,
      archive: process.env.ARCHIVE_BUCKET
        ? new S3BlobStore(s3, process.env.ARCHIVE_BUCKET)
        : undefined,
      close: () => {
        s3.destroy();
        dynamo?.destroy();
      },
    };
  }
  const stacks = await liveStacks();
  const stack = options.port
    ? stacks.find((candidate) => String(candidate.port) === options.port)
    : stacks[0];
  if (!stack) {
    throw new CliError(
      options.port
        ? `No local stack is running on port ${options.port}.`
        : 'No local stack is running: start one with `npm start`, or name a bucket with --bucket (or UPLOAD_BUCKET).',
    );
  }
  // The two clients upload and status use, without the composition root and every engine it loads.
  const config = localClientConfig(stack);
  const s3 = new S3Client(config.s3);
  const dynamo = DynamoDBDocumentClient.from(new DynamoDBClient(config.dynamo));
  return {
    description: `local stack ${stack.apiUrl} (bucket ${stack.names.uploadBucket})`,
    inAws: false,
    s3,
    bucket: stack.names.uploadBucket,
    log: new DynamoIngestLog(dynamo, stack.names.ingestsTable),
    archive: new S3BlobStore(s3, stack.names.archiveBucket),
    close: () => {
      s3.destroy();
      dynamo.destroy();
    },
  };
};
