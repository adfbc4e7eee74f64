/**
 * CloudWatch Embedded Metric Format (EMF): one JSON log line that CloudWatch Logs turns into metrics,
 * with no API call and no extra latency. Building the line is pure; writing it is the caller's job
 * (one `process.stdout.write(line + '\n')`, as the JSON logger does).
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html
 */

/** The namespace of every metric this project publishes; the dashboard and alarms read it. */
export const metricsNamespace = 'CouncilPapers';

/** The one dimension: the deployment stage, so stages sharing an account stay apart. */
export const stageDimension = 'Stage';

export const metricUnits = [
  'Seconds',
  'Microseconds',
  'Milliseconds',
  'Bytes',
  'Kilobytes',
  'Megabytes',
  'Gigabytes',
  'Terabytes',
  'Bits',
  'Kilobits',
  'Megabits',
  'Gigabits',
  'Terabits',
  'Percent',
  'Count',
  'Bytes/Second',
  'Kilobytes/Second',
  'Megabytes/Second',
  'Gigabytes/Second',
  'Terabytes/Second',
  'Bits/Second',
  'Kilobits/Second',
  'Megabits/Second',
  'Gigabits/Second',
  'Terabits/Second',
  'Count/Second',
  'None',
] as const;
export type MetricUnit = (typeof metricUnits)[number];

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
  /** One value, or up to 100 values that CloudWatch aggregates as a distribution. */
  readonly value: number | readonly number[];
  readonly unit?: MetricUnit;
  /** 1 for high resolution (per second); 60, the default, for standard. */
  readonly storageResolution?: 1 | 60;
}

export interface EmfInput {
  readonly namespace?: string;
  /** Milliseconds since the epoch: the caller's clock, so the builder stays pure. */
  readonly timestamp: number;
  /** Dimension name to value; all of them form one dimension set. */
  readonly dimensions: Readonly<Record<string, string>>;
  readonly metrics: readonly MetricDatum[];
  /** Extra fields on the line: searchable in Logs Insights, not metrics (a request id, a key). */
  readonly properties?: Readonly<Record<string, unknown>>;
}

export class InvalidMetricError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidMetricError';
  }
}

const maxMetrics = 100;
const maxDimensions = 30;
const maxValues = 100;
const maxNameLength = 255;
const maxDimensionValueLength = 1024;

const checkName = (what: string, name: string) => {
  if (name.length === 0 || name.length > maxNameLength || name.startsWith(':'))
    throw new InvalidMetricError(`${what} name must be 1-${maxNameLength} characters: "${name}"`);
};

const checkValues = (metric: MetricDatum) => {
  const values = typeof metric.value === 'number' ? [metric.value] : metric.value;
  if (values.length === 0 || values.length > maxValues)
    throw new InvalidMetricError(`${metric.name} needs 1 to ${maxValues} values`);
  if (!values.every(Number.isFinite))
    throw new InvalidMetricError(`${metric.name} has a value that is not a finite number`);
};

/**
 * One EMF log line (without the trailing newline). Throws {@link InvalidMetricError} for input
 * CloudWatch would silently drop: no metrics, too many, bad names, non-finite values, a dimension
 * without a value, or a field named twice.
 *
 * @example
 * emfLine({
 *   timestamp: Date.now(),
 *   dimensions: { Stage: 'prod' },
 *   metrics: [{ name: 'Ingested', value: 1, unit: 'Count' }],
 * });
 * // {"_aws":{"Timestamp":…,"CloudWatchMetrics":[{"Namespace":"CouncilPapers",
 * //   "Dimensions":[["Stage"]],"Metrics":[{"Name":"Ingested","Unit":"Count"}]}]},
 * //   "Stage":"prod","Ingested":1}
 */
export const emfLine = (input: EmfInput): string => {
  const namespace = input.namespace ?? metricsNamespace;
  checkName('Namespace', namespace);
  if (!Number.isInteger(input.timestamp) || input.timestamp < 0)
    throw new InvalidMetricError('timestamp must be whole milliseconds since the epoch');
  const { metrics } = input;
  if (metrics.length === 0 || metrics.length > maxMetrics)
    throw new InvalidMetricError(
      `a line carries 1 to ${maxMetrics} metrics, not ${metrics.length}`,
    );
  const dimensions = Object.entries(input.dimensions);
  if (dimensions.length > maxDimensions)
    throw new InvalidMetricError(`at most ${maxDimensions} dimensions, not ${dimensions.length}`);

  const seen = new Set<string>(['_aws']);
  const claim = (name: string) => {
    if (seen.has(name)) throw new InvalidMetricError(`"${name}" is named twice on one line`);
    seen.add(name);
  };
  for (const [name, value] of dimensions) {
    checkName('Dimension', name);
    claim(name);
    if (value.length === 0 || value.length > maxDimensionValueLength)
      throw new InvalidMetricError(`dimension ${name} needs a value of 1-1024 characters`);
  }
  for (const metric of metrics) {
    checkName('Metric', metric.name);
    claim(metric.name);
    checkValues(metric);
  }
  for (const name of Object.keys(input.properties ?? {})) claim(name);

  const definitions = metrics.map((metric) => ({
    Name: metric.name,
    Unit: metric.unit ?? 'None',
    ...(metric.storageResolution === 1 ? { StorageResolution: 1 } : {}),
  }));
  return JSON.stringify({
    _aws: {
      Timestamp: input.timestamp,
      CloudWatchMetrics: [
        {
          Namespace: namespace,
          Dimensions: [dimensions.map(([name]) => name)],
          Metrics: definitions,
        },
      ],
    },
    ...input.properties,
    ...Object.fromEntries(dimensions),
    ...Object.fromEntries(metrics.map((metric) => [metric.name, metric.value])),
  });
};

/**
 * The metrics of one ingest attempt: every count is published, as 0 when it did not happen, so the
 * dashboard's sums are right even in quiet periods; `skipped` (not ours to ingest) counts nothing.
 *
 * @example
 * emfLine({ timestamp: Date.now(), dimensions: { [stageDimension]: stage },
 *   metrics: ingestMetrics({ outcome: 'accepted', durationMs: 812 }) });
 */
export const ingestMetrics = (attempt: {
  readonly outcome: 'accepted' | 'duplicate' | 'rejected' | 'skipped' | 'withdrawn';
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

/** Where a function's metrics go: in Lambda, EMF lines on stdout, which CloudWatch turns into metrics. */
export interface MetricsSink {
  ingest(outcome: Parameters<typeof ingestMetrics>[0]['outcome'], durationMs: number): void;
}

export const emfSink = (stage: string, now: () => number = Date.now): MetricsSink => ({
  ingest: (outcome, durationMs) => {
    const line = emfLine({
      timestamp: now(),
      dimensions: { [stageDimension]: stage },
      metrics: ingestMetrics({ outcome, durationMs }),
    });
    process.stdout.write(`${line}\n`);
  },
});
