import { Metrics } from '@aws-lambda-powertools/metrics';
import { ingestMetrics, metricsNamespace, stageDimension } from '../../observability/metrics.ts';
import type { MetricsSink } from '../../ports/metrics-sink.ts';

/**
 * Our {@link MetricsSink} on Powertools' Metrics: one CloudWatch EMF line on stdout per ingest
 * attempt, in the `CouncilPapers` namespace with `Stage` as the only dimension, as the dashboard
 * reads them. Each attempt is flushed at once, so the attempts finished before a timeout are
 * counted, and each line carries its own time.
 *
 * @example
 * const metrics = new PowertoolsMetricsSink('prod', Date.now);
 * metrics.ingest('accepted', 812);
 */
export class PowertoolsMetricsSink implements MetricsSink {
  readonly #metrics: Metrics;
  readonly #now: () => number;

  constructor(stage: string, now: () => number) {
    this.#now = now;
    this.#metrics = new Metrics({ namespace: metricsNamespace });
    // Powertools adds a `service` dimension by default; the dashboard and alarms read metrics by
    // `Stage` alone, and CloudWatch matches the whole dimension set.
    this.#metrics.clearDefaultDimensions();
    this.#metrics.setDefaultDimensions({ [stageDimension]: stage });
  }

  ingest(outcome: Parameters<MetricsSink['ingest']>[0], durationMs: number): void {
    for (const metric of ingestMetrics({ outcome, durationMs }))
      this.#metrics.addMetric(metric.name, metric.unit, metric.value);
    this.#metrics.setTimestamp(this.#now());
    this.#metrics.publishStoredMetrics();
  }
}
