import type { IngestAttemptOutcome } from '../observability/metrics.ts';

/** Where a function's metrics go: CloudWatch (EMF lines) in Lambda, nowhere or a list elsewhere. */
export interface MetricsSink {
  /** One ingest attempt: its outcome and how long it took, in milliseconds. */
  ingest(outcome: IngestAttemptOutcome, durationMs: number): void;
}
