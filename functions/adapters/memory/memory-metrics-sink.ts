import type { IngestAttemptOutcome } from '../../observability/metrics.ts';
import type { MetricsSink } from '../../ports/metrics-sink.ts';

/** Keeps every ingest attempt reported, in order, for tests to read. */
export class MemoryMetricsSink implements MetricsSink {
  readonly attempts: { readonly outcome: IngestAttemptOutcome; readonly durationMs: number }[] = [];

  ingest(outcome: IngestAttemptOutcome, durationMs: number): void {
    this.attempts.push({ outcome, durationMs });
  }
}
