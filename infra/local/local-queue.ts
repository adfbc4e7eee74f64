import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
  /**
   * Keep messages here, one file each, written before `send` returns: a message survives
   * `kill -9` until it is consumed, and the next queue on the folder redelivers it, as SQS does
   * once a visibility timeout lapses. Dead letters move to `dead/`. In memory when omitted.
   */
  readonly directory?: string;
  /** Hold deliveries until `start()` (so the stack can sweep and reconcile first). */
  readonly paused?: boolean;
}

/**
 * An in-process stand-in for SQS and its Lambda event source mapping: batches, partial batch
 * failures, retries with backoff and a dead-letter list, with the SQS event shape Lambda delivers;
 * durable when given a directory.
 */
export class LocalQueue {
  readonly deadLetters: QueueMessage[] = [];
  /** Messages found in the directory at construction, redelivered: a crash's unfinished work. */
  readonly restored: readonly QueueMessage[];
  private readonly visible: QueueMessage[] = [];
  /** Every message not yet consumed or dead-lettered, by id. */
  private readonly pending = new Map<string, QueueMessage>();
  private delayed = 0;
  private running = false;
  private scheduled: NodeJS.Timeout | undefined;
  private idleWaiters: (() => void)[] = [];
  private stopped = false;
  private paused: boolean;
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private readonly options: LocalQueueOptions) {
    this.paused = options.paused ?? false;
    this.restored = this.restore();
    for (const message of this.restored) this.enqueue(message);
  }

  send(body: string): string {
    const message = { messageId: randomUUID(), body, sentAt: Date.now(), receiveCount: 0 };
    this.persist(message);
    this.enqueue(message);
    return message.messageId;
  }

  /** Starts deliveries held by `paused`. */
  start(): void {
    this.paused = false;
    this.schedule();
  }

  /** Bodies of the messages not yet consumed (restored, waiting, delayed or being delivered). */
  pendingBodies(): string[] {
    return [...this.pending.values()].map((message) => message.body);
  }

  private enqueue(message: QueueMessage) {
    this.pending.set(message.messageId, message);
    this.visible.push(message);
    this.schedule();
  }

  private file(message: QueueMessage, folder = 'pending') {
    return this.options.directory
      ? join(this.options.directory, folder, `${message.messageId}.json`)
      : undefined;
  }

  /** Written whole then renamed, so a kill mid-write leaves the old file or none, never half. */
  private persist(message: QueueMessage, folder = 'pending') {
    const file = this.file(message, folder);
    if (!file) return;
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify(message));
    renameSync(`${file}.tmp`, file);
  }

  private forget(message: QueueMessage) {
    this.pending.delete(message.messageId);
    const file = this.file(message);
    if (file) rmSync(file, { force: true });
  }

  private restore(): QueueMessage[] {
    if (!this.options.directory) return [];
    const folder = join(this.options.directory, 'pending');
    mkdirSync(folder, { recursive: true });
    return readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')) as QueueMessage)
      .sort((a, b) => a.sentAt - b.sentAt);
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
    if (this.scheduled || this.running || this.stopped || this.paused) return;
    this.scheduled = setTimeout(() => {
      this.scheduled = undefined;
      void this.poll();
    }, this.options.batchWindowMs ?? 50);
  }

  private async poll() {
    const batch = this.visible.splice(0, this.options.batchSize ?? 10);
    if (batch.length === 0) return this.settle();
    this.running = true;
    for (const message of batch) {
      message.receiveCount++;
      this.persist(message);
    }
    const failed = await this.deliver(batch);
    this.running = false;
    for (const message of batch) {
      const reason = failed.get(message.messageId);
      if (reason !== undefined) this.retry(message, reason);
      else this.forget(message);
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
      this.persist(message, 'dead');
      this.forget(message);
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
