import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { S3rverEventRecord } from '@20minutes/s3rver';
import type { S3Client } from '@aws-sdk/client-s3';
import type { S3EventRecord, ScheduledEvent } from 'aws-lambda';
import { droppedMetrics } from '../../functions/adapters/observability/silent.ts';
import { buildRoot, type Clients, type Root } from '../../functions/composition/root.ts';
import { localTelemetry } from '../../functions/composition/telemetry.ts';
import { areaOfKey } from '../../functions/config/areas.ts';
import { warnOfPlaceholderCatalog } from '../../functions/config/catalog.ts';
import type { RuntimeConfig } from '../../functions/config/runtime-config.ts';
import { createApiHandler } from '../../functions/handlers/api.ts';
import { createDigestHandler } from '../../functions/handlers/digest.ts';
import { createIngestHandler } from '../../functions/handlers/ingest.ts';
import { decodeEventKey } from '../../functions/handlers/s3-event.ts';
import type { Logger } from '../../functions/ports/logger.ts';
import { sweepOrphanRows } from '../../functions/usecases/ingest/sweep-orphan-rows.ts';
import { captureVersion, readCapturedVersions } from './captured-versions.ts';
import { localRegion, localSecret } from './client-config.ts';
import type { ThrottleOptions } from './edge.ts';
import { type Engines, startEngines } from './engines.ts';
import { serveHttpApi } from './http-gateway.ts';
import { lambdaContext } from './lambda-context.ts';
import { localClients } from './local-clients.ts';
import { LocalQueue } from './local-queue.ts';
import { localNames, provision } from './provision.ts';
import { findUnlogged } from './reconcile.ts';
import { createSequencer, toAwsEventRecord } from './s3-events.ts';
import { startUploadGateway } from './upload-gateway.ts';

export interface LocalStackOptions {
  /** Keep data here across restarts; omit for throw-away in-memory engines (tests). */
  readonly dataDir?: string;
  /** API port; 0 takes a free one. */
  readonly port: number;
  readonly namespace?: string;
  readonly logger: Logger;
  readonly retryDelayMs?: (receiveCount: number) => number;
  /** Publish a digest of every chain head this often (none when omitted, as in tests). */
  readonly digestEveryMs?: number;
  /** The bearer token audit routes require; a random one when not given. */
  readonly auditToken?: string;
  /** The token officers sign in to the upload page with; a random one when not given. */
  readonly officerToken?: string;
  /**
   * The API's stage throttling per client address (the AWS stack's 200 requests a second, bursts
   * of 400, when omitted). A load bench from one address raises it, or it measures 429s.
   */
  readonly apiThrottle?: ThrottleOptions;
}

export interface LocalStack {
  readonly apiUrl: string;
  readonly port: number;
  readonly engines: Engines;
  readonly clients: Clients;
  readonly names: RuntimeConfig;
  readonly root: Root;
  readonly queue: LocalQueue;
  readonly auditToken: string;
  readonly officerToken: string;
  /** Where browsers post uploads: the gateway that checks presigned POST policies. */
  readonly uploadEndpoint: string;
  /** What the start found unfinished from the last run (kept data only) and set going again. */
  readonly recovered: Recovered;
  stop(): Promise<void>;
}

export interface Recovered {
  /** Queued messages redelivered: events the last run had not finished ingesting. */
  readonly redelivered: number;
  /** Keys whose last upload had no final ingest-log entry nor a queued event: queued again. */
  readonly reconciled: readonly string[];
  /** Rows of dataset versions never committed, deleted. */
  readonly sweptRowsets: readonly string[];
}

/**
 * The whole system on one machine: stand-in engines, the tables and buckets, S3 notifications for
 * the two upload areas into a queue feeding the ingest handler, and the API handler over HTTP.
 */
export const startLocalStack = async (options: LocalStackOptions): Promise<LocalStack> => {
  const { logger } = options;
  const engines = await startEngines(options.dataDir);
  const clients = localClients(engines);
  const names = localNames(options.namespace);
  // The upload bucket is versioned in AWS; here each upload's bytes are captured when its event is raised.
  readCapturedVersions(clients.s3, names.uploadBucket);
  await provision(clients, names);
  const auditToken = options.auditToken ?? randomBytes(32).toString('base64url');
  const officerToken = options.officerToken ?? randomBytes(32).toString('base64url');
  const gateway = await startUploadGateway({
    s3: clients.s3,
    bucket: names.uploadBucket,
    secret: localSecret,
  });
  const uploadS3 = localClients({ ...engines, s3Endpoint: gateway.endpoint }).s3;
  const root = buildRoot(
    names,
    { ...clients, uploadS3 },
    // No CloudWatch here: metrics are dropped.
    localTelemetry(logger, droppedMetrics),
    { mode: 'token', token: auditToken },
    { mode: 'token', token: officerToken },
  );
  warnOfPlaceholderCatalog(logger);

  const ingest = createIngestHandler(() => root);
  const queue = new LocalQueue({
    name: `${options.namespace ?? 'council-papers'}-ingest`,
    region: localRegion,
    consume: (event) => ingest(event, lambdaContext('ingest')),
    retryDelayMs: options.retryDelayMs,
    onDeadLetter: (message, reason) =>
      logger.error('message dead-lettered', {
        messageId: message.messageId,
        receives: message.receiveCount,
        reason,
        body: message.body,
      }),
    // Kept under the data folder: a message outlives a crash until it is consumed.
    ...(options.dataDir && { directory: join(options.dataDir, 'queue') }),
    paused: true,
  });
  const sequencer = createSequencer();
  const enqueue = (record: S3rverEventRecord, principal: string) => {
    const sequence = sequencer();
    const created = record.eventName.startsWith('ObjectCreated:');
    const awsRecord = toAwsEventRecord(record, {
      region: localRegion,
      sequencer: sequence,
      principal,
      ...(created && { versionId: sequence }),
    });
    // In the tick the stand-in raised the event, before the key can change again. A version not
    // captured (the object already gone) is read as gone: the ingest logs it as skipped.
    if (created) {
      const key = record.s3.object.key;
      if (
        captureVersion(engines.s3.store, names.uploadBucket, { key, versionId: sequence }) ===
        'gone'
      )
        logger.warn('upload not captured: the object is gone', { key, event: sequence });
    }
    // Written to the queue's folder before the stand-in answers the upload.
    queue.send(JSON.stringify({ Records: [awsRecord] }));
  };
  // Like the production notification configuration: object events of the two upload areas only.
  engines.s3.on('event', (event: { Records: S3rverEventRecord[] }) => {
    for (const record of event.Records) {
      if (record.s3.bucket.name !== names.uploadBucket || !areaOfKey(record.s3.object.key))
        continue;
      enqueue(record, 'local-officer');
    }
  });
  const recovered = options.dataDir
    ? await recover(root, clients.s3, queue, (record) => enqueue(record, 'local-reconcile'))
    : { redelivered: 0, reconciled: [], sweptRowsets: [] };
  queue.start();

  const api = createApiHandler(() => root);
  const server: Server = serveHttpApi(api, () => lambdaContext('api', 30_000), options.apiThrottle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  // The local stand-in for the scheduled digest function: the same handler, on a timer.
  const digest = createDigestHandler(() => root);
  const digestTimer =
    options.digestEveryMs === undefined
      ? undefined
      : setInterval(() => {
          digest({} as ScheduledEvent, lambdaContext('digest')).catch((error: unknown) =>
            logger.error('digest failed', { error }),
          );
        }, options.digestEveryMs);
  digestTimer?.unref();

  return {
    apiUrl: `http://localhost:${port}`,
    port,
    engines,
    clients,
    names,
    root,
    queue,
    auditToken,
    officerToken,
    uploadEndpoint: gateway.endpoint,
    recovered,
    stop: async () => {
      clearInterval(digestTimer);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await new Promise<void>((resolve) => gateway.server.close(() => resolve()));
      uploadS3.destroy();
      await queue.whenIdle();
      queue.stop();
      clients.s3.destroy();
      clients.dynamo.destroy();
      await engines.close();
    },
  };
};

/**
 * Before the queue delivers again: rows of dataset versions a crash left uncommitted are swept
 * (a redelivery writes them anew), and uploads whose last event reached neither the log nor the
 * queue are queued again.
 */
const recover = async (
  root: Root,
  s3: S3Client,
  queue: LocalQueue,
  enqueue: (record: S3rverEventRecord) => void,
): Promise<Recovered> => {
  const sweptRowsets = await sweepOrphanRows(root.ingest);
  const queued = new Set(
    queue.pendingBodies().flatMap((body) => {
      const event = JSON.parse(body) as { Records?: S3EventRecord[] };
      return (event.Records ?? []).map((record) => decodeEventKey(record.s3.object.key));
    }),
  );
  const bucket = root.config.uploadBucket;
  const unlogged = await findUnlogged(s3, bucket, root.ingest.log, queued);
  for (const object of unlogged)
    enqueue({
      eventName: 'ObjectCreated:Put',
      eventTime: new Date().toISOString(),
      s3: {
        bucket: { name: bucket },
        object: { key: object.key, size: object.size, eTag: object.eTag, sequencer: '' },
      },
    });
  return {
    redelivered: queue.restored.length,
    reconciled: unlogged.map((object) => object.key),
    sweptRowsets,
  };
};
