import { describe, expect, it } from 'vitest';
import {
  councilMetrics,
  emfLine,
  InvalidMetricError,
  ingestMetrics,
  metricsNamespace,
} from '../../../functions/observability/metrics.ts';

const at = Date.UTC(2026, 0, 15, 9, 30);

describe('emfLine', () => {
  it('writes one EMF document: metadata, dimensions and values at the top level', () => {
    const line = emfLine({
      timestamp: at,
      dimensions: { Stage: 'prod' },
      metrics: [
        { name: 'Ingested', value: 1, unit: 'Count' },
        { name: 'IngestLatency', value: 812.5, unit: 'Milliseconds' },
      ],
      properties: { key: 'uploads/papers/a.pdf' },
    });
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({
      _aws: {
        Timestamp: at,
        CloudWatchMetrics: [
          {
            Namespace: 'CouncilPapers',
            Dimensions: [['Stage']],
            Metrics: [
              { Name: 'Ingested', Unit: 'Count' },
              { Name: 'IngestLatency', Unit: 'Milliseconds' },
            ],
          },
        ],
      },
      Stage: 'prod',
      Ingested: 1,
      IngestLatency: 812.5,
      key: 'uploads/papers/a.pdf',
    });
  });

  it('takes another namespace, value arrays, high resolution, and no dimensions', () => {
    const document = JSON.parse(
      emfLine({
        namespace: 'Other',
        timestamp: at,
        dimensions: {},
        metrics: [{ name: 'Rows', value: [1, 2, 3], storageResolution: 1 }],
      }),
    );
    expect(document._aws.CloudWatchMetrics).toEqual([
      {
        Namespace: 'Other',
        Dimensions: [[]],
        Metrics: [{ Name: 'Rows', Unit: 'None', StorageResolution: 1 }],
      },
    ]);
    expect(document.Rows).toEqual([1, 2, 3]);
  });

  it.each([
    ['no metrics', { metrics: [] }, /1 to 100 metrics/],
    [
      '101 metrics',
      { metrics: Array.from({ length: 101 }, (_, i) => ({ name: `m${i}`, value: 1 })) },
      /1 to 100 metrics/,
    ],
    ['an empty metric name', { metrics: [{ name: '', value: 1 }] }, /Metric name/],
    ['NaN', { metrics: [{ name: 'm', value: Number.NaN }] }, /not a finite number/],
    [
      'Infinity in an array',
      { metrics: [{ name: 'm', value: [1, Number.POSITIVE_INFINITY] }] },
      /finite/,
    ],
    ['an empty array', { metrics: [{ name: 'm', value: [] }] }, /1 to 100 values/],
    ['an empty dimension value', { dimensions: { Stage: '' } }, /dimension Stage/],
    [
      '31 dimensions',
      { dimensions: Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`d${i}`, 'x'])) },
      /at most 30 dimensions/,
    ],
    ['a metric named like a dimension', { metrics: [{ name: 'Stage', value: 1 }] }, /named twice/],
    ['a property named like a metric', { properties: { m: 'x' } }, /named twice/],
    ['a property named _aws', { properties: { _aws: 'x' } }, /named twice/],
    ['a fractional timestamp', { timestamp: 1.5 }, /timestamp/],
    ['an empty namespace', { namespace: '' }, /Namespace name/],
  ])('refuses %s', (_what, change, message) => {
    const input = {
      timestamp: at,
      dimensions: { Stage: 'prod' },
      metrics: [{ name: 'm', value: 1 }],
      ...change,
    };
    expect(() => emfLine(input)).toThrow(InvalidMetricError);
    expect(() => emfLine(input)).toThrow(message);
  });
});

describe('ingestMetrics', () => {
  const counts = (outcome: Parameters<typeof ingestMetrics>[0]['outcome']) =>
    Object.fromEntries(
      ingestMetrics({ outcome, durationMs: 40 }).map((metric) => [metric.name, metric.value]),
    );

  it('counts an accepted upload as ingested and as a new version', () => {
    expect(counts('accepted')).toEqual({
      Ingested: 1,
      Rejected: 0,
      Versions: 1,
      IngestLatency: 40,
    });
  });

  it('counts a duplicate as ingested without a new version', () => {
    expect(counts('duplicate')).toEqual({
      Ingested: 1,
      Rejected: 0,
      Versions: 0,
      IngestLatency: 40,
    });
  });

  it('counts a rejection', () => {
    expect(counts('rejected')).toEqual({
      Ingested: 0,
      Rejected: 1,
      Versions: 0,
      IngestLatency: 40,
    });
  });

  it('counts nothing for a skipped key, but still its latency', () => {
    expect(counts('skipped')).toEqual({ Ingested: 0, Rejected: 0, Versions: 0, IngestLatency: 40 });
  });

  it('uses the names and units the dashboard graphs, and builds a valid line', () => {
    const metrics = ingestMetrics({ outcome: 'accepted', durationMs: 5 });
    expect(metrics.map(({ name, unit }) => ({ name, unit }))).toEqual(
      Object.values(councilMetrics),
    );
    const document = JSON.parse(emfLine({ timestamp: at, dimensions: { Stage: 'dev' }, metrics }));
    expect(document._aws.CloudWatchMetrics[0].Namespace).toBe(metricsNamespace);
  });
});
