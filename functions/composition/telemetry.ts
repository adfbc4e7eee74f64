import type { MiddlewareObj } from '@middy/core';
import { PowertoolsLogger } from '../adapters/observability/powertools-logger.ts';
import { PowertoolsMetricsSink } from '../adapters/observability/powertools-metrics.ts';
import { droppedMetrics, silentLogger } from '../adapters/observability/silent.ts';
import type { Logger } from '../ports/logger.ts';
import type { MetricsSink } from '../ports/metrics-sink.ts';

/** What every function logs and measures with; each part required, so none is left unwired. */
export interface Telemetry {
  readonly logger: Logger;
  readonly metrics: MetricsSink;
  /** Middy middleware around every invocation: in Lambda, puts the invocation's context on log lines. */
  readonly invocation: MiddlewareObj;
}

/** The `service` field of every log line. */
export const serviceName = 'council-papers';

/**
 * In Lambda: Powertools JSON logs and EMF metrics (dimension `Stage`), read by CloudWatch.
 *
 * @example
 * const telemetry = lambdaTelemetry('prod', Date.now);
 */
export const lambdaTelemetry = (stage: string, now: () => number): Telemetry => {
  const logger = new PowertoolsLogger(serviceName);
  return {
    logger,
    metrics: new PowertoolsMetricsSink(stage, now),
    invocation: logger.invocation(),
  };
};

/**
 * Outside Lambda (local stack, CLI, tests): the given logger and sink ({@link droppedMetrics} where
 * there is no CloudWatch), nothing around invocations.
 */
export const localTelemetry = (logger: Logger, metrics: MetricsSink): Telemetry => ({
  logger,
  metrics,
  invocation: {},
});

/** For quiet tools (the operator CLI, benches): logs and metrics dropped. */
export const silentTelemetry: Telemetry = localTelemetry(silentLogger, droppedMetrics);
