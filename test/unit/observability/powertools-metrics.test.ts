import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PowertoolsMetricsSink } from '../../../functions/adapters/observability/powertools-metrics.ts';
import { type CapturedOutput, captureOutput } from '../../support/captured-output.ts';

// CloudWatch drops (and Powertools warns about) lines timestamped over 14 days ago: a recent time.
const at = Date.now() - 60_000;

describe('PowertoolsMetricsSink', () => {
  let output: CapturedOutput;
  beforeEach(() => {
    output = captureOutput();
  });
  afterEach(() => output.restore());

  it('writes one EMF line per attempt in the CouncilPapers namespace, by Stage alone', () => {
    // Prepare
    const sink = new PowertoolsMetricsSink('prod', () => at);
    // Act
    sink.ingest('withdrawn', 12);
    // Assess
    const lines = output.stdout();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toEqual({
      _aws: {
        Timestamp: at,
        CloudWatchMetrics: [
          {
            Namespace: 'CouncilPapers',
            Dimensions: [['Stage']],
            Metrics: [
              { Name: 'Ingested', Unit: 'Count' },
              { Name: 'Rejected', Unit: 'Count' },
              { Name: 'Versions', Unit: 'Count' },
              { Name: 'IngestLatency', Unit: 'Milliseconds' },
            ],
          },
        ],
      },
      Stage: 'prod',
      Ingested: 0,
      Rejected: 0,
      Versions: 1,
      IngestLatency: 12,
    });
    expect(output.stderr()).toEqual([]);
  });

  it('writes a separate line for each attempt, each with its own values and time', () => {
    // Prepare
    const times = [at, at + 1000];
    const sink = new PowertoolsMetricsSink('dev', () => times.shift() ?? 0);
    // Act
    sink.ingest('accepted', 30);
    sink.ingest('rejected', 7);
    // Assess
    expect(
      output.stdout().map((line) => ({
        time: (line._aws as { Timestamp: number }).Timestamp,
        ingested: line.Ingested,
        rejected: line.Rejected,
        latency: line.IngestLatency,
      })),
    ).toEqual([
      { time: at, ingested: 1, rejected: 0, latency: 30 },
      { time: at + 1000, ingested: 0, rejected: 1, latency: 7 },
    ]);
    expect(output.stderr()).toEqual([]);
  });
});
