import middy from '@middy/core';
import sqsPartialBatchFailure from '@middy/sqs-partial-batch-failure';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { productionRoot } from '../composition/root.ts';
import type { Telemetry } from '../composition/telemetry.ts';
import { ingestUpload } from '../usecases/ingest/ingest-upload.ts';
import type { IngestDeps } from '../usecases/ingest/outcome.ts';
import { aroundInvocation } from './around-invocation.ts';
import { uploadEventsFromMessage } from './s3-event.ts';

export interface IngestHandlerDeps extends Telemetry {
  readonly ingest: IngestDeps;
}

/**
 * The ingest function: an SQS batch of S3 notifications, one log line and one metrics line per
 * upload. Each message succeeds or fails on its own,
 * so one failing upload is retried (and finally dead-lettered) without replaying the others.
 */
export const createIngestHandler = (deps: () => IngestHandlerDeps) =>
  middy<SQSEvent, SQSBatchResponse>()
    .use(aroundInvocation(() => deps().invocation))
    .use(
      sqsPartialBatchFailure({
        logger: (reason, record) =>
          deps().logger.error('ingest message failed', {
            messageId: (record as { messageId?: string }).messageId,
            error: reason,
          }),
      }),
    )
    .handler(async (event) => {
      const { ingest, logger, metrics } = deps();
      const settled = await Promise.allSettled(
        event.Records.map(async (message) => {
          for (const upload of uploadEventsFromMessage(message.body)) {
            const started = performance.now();
            const entry = await ingestUpload(ingest, upload);
            metrics.ingest(entry.outcome, performance.now() - started);
            logger.info('ingested', { ...entry, messageId: message.messageId });
          }
        }),
      );
      // The middleware turns the settled results into `batchItemFailures`.
      return settled as unknown as SQSBatchResponse;
    });

export const handler = createIngestHandler(productionRoot);
