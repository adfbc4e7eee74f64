import { describe, expect, it, vi } from 'vitest';
import { createIngestHandler } from '../../../functions/handlers/ingest.ts';
import { silentLogger } from '../../../functions/observability/log.ts';
import { emfSink, type MetricsSink } from '../../../functions/observability/metrics.ts';
import { lambdaContext } from '../../../infra/local/lambda-context.ts';
import { s3Record, sqsEvent } from '../../support/events.ts';
import { memoryDeps } from '../../support/memory-deps.ts';

describe('ingest handler metrics', () => {
  it('reports each attempt’s outcome and duration to the metrics sink', async () => {
    const ingest = memoryDeps();
    await ingest.uploads.put(
      'uploads/papers/minutes.txt',
      new TextEncoder().encode('Minutes of the Planning Committee\n\nMeeting held on 3 March 2024'),
      { contentType: 'text/plain' },
    );
    const seen: [string, number][] = [];
    const metrics: MetricsSink = { ingest: (outcome, ms) => seen.push([outcome, ms]) };
    const handler = createIngestHandler(() => ({ ingest, logger: silentLogger, metrics }));
    const event = sqsEvent(
      s3Record({ bucket: 'uploads', key: 'uploads/papers/minutes.txt', sequencer: '0A' }),
      s3Record({ bucket: 'uploads', key: 'elsewhere/x.txt', sequencer: '0B' }),
    );
    await handler(event, lambdaContext('ingest'));
    expect(seen.map(([outcome]) => outcome).sort()).toEqual(['accepted', 'skipped']);
    expect(seen.every(([, ms]) => ms >= 0)).toBe(true);
  });

  it('writes one EMF line per attempt, with the stage as its dimension', () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      emfSink('prod', () => 1_700_000_000_000).ingest('withdrawn', 12);
      const line = JSON.parse(String(write.mock.calls[0]?.[0]));
      expect(line).toMatchObject({
        Stage: 'prod',
        Versions: 1,
        Ingested: 0,
        IngestLatency: 12,
        _aws: { Timestamp: 1_700_000_000_000 },
      });
    } finally {
      write.mockRestore();
    }
  });
});
