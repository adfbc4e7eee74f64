import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryMetricsSink } from '../../../functions/adapters/memory/memory-metrics-sink.ts';
import { silentLogger } from '../../../functions/adapters/observability/silent.ts';
import { lambdaTelemetry, localTelemetry } from '../../../functions/composition/telemetry.ts';
import { createIngestHandler } from '../../../functions/handlers/ingest.ts';
import { lambdaContext } from '../../../infra/local/lambda-context.ts';
import { type CapturedOutput, captureOutput } from '../../support/captured-output.ts';
import { s3Record, sqsEvent } from '../../support/events.ts';
import { memoryDeps } from '../../support/memory-deps.ts';

const minutes = 'Minutes of the Planning Committee\n\nMeeting held on 3 March 2024';

const depsWithUpload = async () => {
  const ingest = memoryDeps();
  await ingest.uploads.put('uploads/papers/minutes.txt', new TextEncoder().encode(minutes), {
    contentType: 'text/plain',
  });
  return ingest;
};

const twoUploads = () =>
  sqsEvent(
    s3Record({ bucket: 'uploads', key: 'uploads/papers/minutes.txt', sequencer: '0A' }),
    s3Record({ bucket: 'uploads', key: 'elsewhere/x.txt', sequencer: '0B' }),
  );

describe('ingest handler telemetry', () => {
  let output: CapturedOutput | undefined;
  afterEach(() => output?.restore());

  it('reports each attempt’s outcome and duration to the metrics sink', async () => {
    // Prepare
    const ingest = await depsWithUpload();
    const metrics = new MemoryMetricsSink();
    const handler = createIngestHandler(() => ({
      ...localTelemetry(silentLogger, metrics),
      ingest,
    }));
    // Act
    await handler(twoUploads(), lambdaContext('ingest'));
    // Assess
    expect(metrics.attempts.map(({ outcome }) => outcome).sort()).toEqual(['accepted', 'skipped']);
    expect(metrics.attempts.every(({ durationMs }) => durationMs >= 0)).toBe(true);
  });

  it('writes one EMF line per ingest attempt, with the stage as its only dimension', async () => {
    // Prepare
    const telemetry = lambdaTelemetry('prod', Date.now);
    const ingest = { ...(await depsWithUpload()), logger: telemetry.logger };
    const handler = createIngestHandler(() => ({ ...telemetry, ingest }));
    output = captureOutput();
    // Act
    await handler(twoUploads(), lambdaContext('ingest'));
    // Assess
    const emf = output.stdout().filter((line) => '_aws' in line);
    expect(emf).toHaveLength(2);
    for (const line of emf) {
      expect(line).toMatchObject({
        _aws: { CloudWatchMetrics: [{ Namespace: 'CouncilPapers', Dimensions: [['Stage']] }] },
        Stage: 'prod',
      });
    }
    expect(emf.map((line) => line.Ingested).sort()).toEqual([0, 1]);
  });

  it('writes one log line per upload outcome, with the invocation’s request id', async () => {
    // Prepare
    const telemetry = lambdaTelemetry('prod', Date.now);
    const ingest = { ...(await depsWithUpload()), logger: telemetry.logger };
    const handler = createIngestHandler(() => ({ ...telemetry, ingest }));
    const context = lambdaContext('ingest');
    output = captureOutput();
    // Act
    await handler(twoUploads(), context);
    // Assess
    const outcomes = output.stdout().filter((line) => line.message === 'ingested');
    expect(outcomes.map((line) => [line.key, line.outcome]).sort()).toEqual([
      ['elsewhere/x.txt', 'skipped'],
      ['uploads/papers/minutes.txt', 'accepted'],
    ]);
    for (const line of outcomes)
      expect(line).toMatchObject({
        level: 'INFO',
        service: 'council-papers',
        function_request_id: context.awsRequestId,
      });
  });
});

describe('ingest handler ordering', () => {
  it('ingests the events of one key in S3 order, each reading the version it names', async () => {
    // Prepare: three uploads to one key, delivered in one batch newest first.
    const ingest = memoryDeps();
    const key = 'uploads/papers/minutes.txt';
    const made: { sequencer: string; versionId: string; text: string }[] = [];
    for (const [index, sequencer] of ['0A', '0B', '0C'].entries()) {
      const text = `${minutes}\n\nRevision ${index + 1}.`;
      await ingest.uploads.put(key, new TextEncoder().encode(text), { contentType: 'text/plain' });
      made.push({ sequencer, versionId: ingest.uploads.versionIdOf(key) ?? '', text });
    }
    const handler = createIngestHandler(() => ({
      ...localTelemetry(silentLogger, new MemoryMetricsSink()),
      ingest,
    }));
    const event = sqsEvent(
      ...made
        .toReversed()
        .map(({ sequencer, versionId }) =>
          s3Record({ bucket: 'uploads', key, sequencer, versionId }),
        ),
    );

    // Act
    await handler(event, lambdaContext('ingest'));

    // Assess
    const versions = (await ingest.versions.listVersions('paper', 'minutes', { limit: 10 })).items;
    expect(versions.map((version) => version.sequencer)).toEqual(['0A', '0B', '0C']);
    expect(versions.map((version) => version.sha256)).toEqual(
      made.map(({ text }) => createHash('sha256').update(text).digest('hex')),
    );
  });
});
