import { createHash, randomUUID } from 'node:crypto';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';

export interface QueueMessage {
  readonly messageId: string;
  readonly body: string;
  readonly sentAt: number;
  receiveCount: number;
}

export interface LocalQueueOptions {
  readonly name: string;
  readonly region: string;
  /** The SQS event source mapping's target: the ingest handler. */
  readonly consume: (event: SQSEvent) => Promise<SQSBatchResponse | undefined>;
  readonly batchSize?: number;
  readonly batchWindowMs?: number;
  /** Receives before a message moves to the dead-letter list, as the DLQ redrive policy does in AWS. */
  readonly maxReceiveCount?: number;
  /** Delay before a failed message is visible again; AWS uses the visibility timeout. */
  readonly retryDelayMs?: (receiveCount: number) => number;
  readonly onDeadLetter?: (message: QueueMessage, reason: string) => void;
}

/**
 * An in-process stand-in for SQS and its Lambda event source mapping: batches, partial batch
 * failures, retries with backoff and a dead-letter list, with the SQS event shape Lambda delivers.
 */
export class LocalQueue {
  readonly deadLetters: QueueMessage[] = [];
  private readonly visible: QueueMessage[] = [];
  private delayed = 0;
  private running = false;
  private scheduled: NodeJS.Timeout | undefined;
  private idleWaiters: (() => void)[] = [];
  private stopped = false;
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private readonly options: LocalQueueOptions) {}

  send(body: string): string {
    const message = { messageId: randomUUID(), body, sentAt: Date.now(), receiveCount: 0 };
    this.visible.push(message);
    this.schedule();
    return message.messageId;
  }

  /** Resolves once every message sent so far is consumed or dead-lettered. */
  whenIdle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.scheduled);
    for (const timer of this.timers) clearTimeout(timer);
  }

  private isIdle() {
    return this.visible.length === 0 && this.delayed === 0 && !this.running;
  }

  private schedule() {
    if (this.scheduled || this.running || this.stopped) return;
    this.scheduled = setTimeout(() => {
      this.scheduled = undefined;
      void this.poll();
    }, this.options.batchWindowMs ?? 50);
  }

  private async poll() {
    const batch = this.visible.splice(0, this.options.batchSize ?? 10);
    if (batch.length === 0) return this.settle();
    this.running = true;
    for (const message of batch) message.receiveCount++;
    const failed = await this.deliver(batch);
    this.running = false;
    for (const message of batch) {
      const reason = failed.get(message.messageId);
      if (reason !== undefined) this.retry(message, reason);
    }
    if (this.visible.length > 0) this.schedule();
    this.settle();
  }

  /** Invokes the consumer; returns the ids that failed, with why. A thrown error fails the whole batch. */
  private async deliver(batch: QueueMessage[]): Promise<Map<string, string>> {
    try {
      const response = await this.options.consume({
        Records: batch.map((message) => this.toRecord(message)),
      });
      return new Map(
        (response?.batchItemFailures ?? []).map((failure) => [
          failure.itemIdentifier,
          'reported as failed',
        ]),
      );
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return new Map(batch.map((message) => [message.messageId, reason]));
    }
  }

  private retry(message: QueueMessage, reason: string) {
    if (message.receiveCount >= (this.options.maxReceiveCount ?? 5)) {
      this.deadLetters.push(message);
      this.options.onDeadLetter?.(message, reason);
      return;
    }
    this.delayed++;
    const delay =
      this.options.retryDelayMs?.(message.receiveCount) ?? 500 * 2 ** (message.receiveCount - 1);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.delayed--;
      this.visible.push(message);
      this.schedule();
    }, delay);
    this.timers.add(timer);
  }

  private settle() {
    if (!this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private toRecord(message: QueueMessage): SQSRecord {
    const now = String(Date.now());
    return {
      messageId: message.messageId,
      receiptHandle: `${message.messageId}#${message.receiveCount}`,
      body: message.body,
      attributes: {
        ApproximateReceiveCount: String(message.receiveCount),
        SentTimestamp: String(message.sentAt),
        SenderId: 'AIDAS3NOTIFICATIONS',
        ApproximateFirstReceiveTimestamp: now,
      },
      messageAttributes: {},
      md5OfBody: createHash('md5').update(message.body).digest('hex'),
      eventSource: 'aws:sqs',
      eventSourceARN: `arn:aws:sqs:${this.options.region}:000000000000:${this.options.name}`,
      awsRegion: this.options.region,
    };
  }
}
