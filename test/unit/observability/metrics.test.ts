import { describe, expect, it } from 'vitest';
import { councilMetrics, ingestMetrics } from '../../../functions/observability/metrics.ts';

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

  it('uses the names and units the dashboard graphs', () => {
    // Act
    const metrics = ingestMetrics({ outcome: 'accepted', durationMs: 5 });
    // Assess
    expect(metrics.map(({ name, unit }) => ({ name, unit }))).toEqual(
      Object.values(councilMetrics),
    );
  });
});
