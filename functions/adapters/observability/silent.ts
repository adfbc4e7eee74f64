import type { Logger } from '../../ports/logger.ts';
import type { MetricsSink } from '../../ports/metrics-sink.ts';

/** For quiet tools and tests: drops every log line. */
export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

/** Outside Lambda (the local stack, the CLI): no CloudWatch to send metrics to, so they are dropped. */
export const droppedMetrics: MetricsSink = { ingest: () => {} };
