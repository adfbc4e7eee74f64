import type { IngestOutcome } from '../ports/ingest-log.ts';
/**
 * The metrics this project publishes: names, units, namespace and dimension are a contract with
 * the dashboard and alarms in infra/monitoring.ts. Pure: the adapters in
 * functions/adapters/observability write them.
 */

/** The namespace of every metric this project publishes; the dashboard and alarms read it. */
export const metricsNamespace = 'CouncilPapers';

/** The one dimension: the deployment stage, so stages sharing an account stay apart. */
export const stageDimension = 'Stage';

/** The CloudWatch units our metrics use (a subset of CloudWatch's). */
export type MetricUnit = 'Count' | 'Milliseconds';

/** The project's metrics, by role. Names are a contract with the dashboard in infra/monitoring.ts. */
export const councilMetrics = {
  /** An upload accepted (a new version, or bytes already published). */
  ingested: { name: 'Ingested', unit: 'Count' },
  /** An upload refused, with a report in the ingest log. */
  rejected: { name: 'Rejected', unit: 'Count' },
  /** A new version written. */
  versions: { name: 'Versions', unit: 'Count' },
  /** Time to ingest one upload, from the event to the ingest log entry. */
  ingestLatency: { name: 'IngestLatency', unit: 'Milliseconds' },
} as const satisfies Record<string, { name: string; unit: MetricUnit }>;

export interface MetricDatum {
  readonly name: string;
  readonly unit: MetricUnit;
  readonly value: number;
}

/** Every outcome the ingest log knows (the ingest function itself never takes a record down). */
export type IngestAttemptOutcome = IngestOutcome;

/**
 * The metrics of one ingest attempt: every count is published, as 0 when it did not happen, so the
 * dashboard's sums are right even in quiet periods; `skipped` (not ours to ingest) counts nothing.
 *
 * @example
 * ingestMetrics({ outcome: 'accepted', durationMs: 812 });
 * // [{ name: 'Ingested', unit: 'Count', value: 1 }, …, { name: 'IngestLatency', unit: 'Milliseconds', value: 812 }]
 */
export const ingestMetrics = (attempt: {
  readonly outcome: IngestAttemptOutcome;
  readonly durationMs: number;
}): MetricDatum[] => {
  const counted = attempt.outcome !== 'skipped';
  const count = (metric: { name: string; unit: MetricUnit }, happened: boolean): MetricDatum => ({
    name: metric.name,
    unit: metric.unit,
    value: counted && happened ? 1 : 0,
  });
  return [
    count(
      councilMetrics.ingested,
      attempt.outcome === 'accepted' || attempt.outcome === 'duplicate',
    ),
    count(councilMetrics.rejected, attempt.outcome === 'rejected'),
    // A withdrawal is a version too: a tombstone in the record's history.
    count(
      councilMetrics.versions,
      attempt.outcome === 'accepted' || attempt.outcome === 'withdrawn',
    ),
    {
      name: councilMetrics.ingestLatency.name,
      unit: councilMetrics.ingestLatency.unit,
      value: attempt.durationMs,
    },
  ];
};
