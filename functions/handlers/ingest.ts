import middy from '@middy/core';
import sqsPartialBatchFailure from '@middy/sqs-partial-batch-failure';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { productionRoot } from '../composition/root.ts';
import type { Telemetry } from '../composition/telemetry.ts';
import { compareSequencers } from '../domain/history/sequencer.ts';
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
        inKeyOrder(event.Records, async (message) => {
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

/** The key and sequencer of a message's first event, for ordering; none when it cannot be read. */
const orderOf = (message: SQSRecord): { key: string; sequencer: string } | undefined => {
  try {
    const [first] = uploadEventsFromMessage(message.body);
    return first && { key: first.key, sequencer: first.sequencer };
  } catch {
    return undefined;
  }
};

/**
 * Runs the messages of a batch, those of different keys at once and those of one key one after
 * another in S3's order (their sequencers), so rapid rewrites of a key become versions in the
 * order they were made. Returns one promise per message, in the batch's order.
 */
const inKeyOrder = (
  messages: readonly SQSRecord[],
  run: (message: SQSRecord) => Promise<void>,
): Promise<void>[] => {
  const order = messages.map(orderOf);
  const turns = messages.map((_, index) => index);
  turns.sort((a, b) => compareSequencers(order[a]?.sequencer ?? '', order[b]?.sequencer ?? ''));
  const tails = new Map<string, Promise<unknown>>();
  const runs: Promise<void>[] = [];
  for (const index of turns) {
    const message = messages[index] as SQSRecord;
    const key = order[index]?.key;
    const previous = key === undefined ? undefined : tails.get(key);
    const running = previous ? previous.then(() => run(message)) : run(message);
    if (key !== undefined)
      tails.set(
        key,
        running.catch(() => {}),
      );
    runs[index] = running;
  }
  return runs;
};

export const handler = createIngestHandler(productionRoot);
