import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { S3rverEventRecord } from '@20minutes/s3rver';
import type { ScheduledEvent } from 'aws-lambda';
import { droppedMetrics } from '../../functions/adapters/observability/silent.ts';
import { buildRoot, type Clients, type Root } from '../../functions/composition/root.ts';
import { localTelemetry } from '../../functions/composition/telemetry.ts';
import { areaOfKey } from '../../functions/config/areas.ts';
import { warnOfPlaceholderCatalog } from '../../functions/config/catalog.ts';
import type { RuntimeConfig } from '../../functions/config/runtime-config.ts';
import { createApiHandler } from '../../functions/handlers/api.ts';
import { createDigestHandler } from '../../functions/handlers/digest.ts';
import { createIngestHandler } from '../../functions/handlers/ingest.ts';
import type { Logger } from '../../functions/ports/logger.ts';
import { type Engines, startEngines } from './engines.ts';
import { serveHttpApi } from './http-gateway.ts';
import { lambdaContext } from './lambda-context.ts';
import { localClients, localRegion, localSecret } from './local-clients.ts';
import { LocalQueue } from './local-queue.ts';
import { localNames, provision } from './provision.ts';
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
  stop(): Promise<void>;
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
  });
  const sequencer = createSequencer();
  // Like the production notification configuration: object events of the two upload areas only.
  engines.s3.on('event', (event: { Records: S3rverEventRecord[] }) => {
    for (const record of event.Records) {
      if (record.s3.bucket.name !== names.uploadBucket || !areaOfKey(record.s3.object.key))
        continue;
      const awsRecord = toAwsEventRecord(record, {
        region: localRegion,
        sequencer: sequencer(),
        principal: 'local-officer',
      });
      queue.send(JSON.stringify({ Records: [awsRecord] }));
    }
  });

  const api = createApiHandler(() => root);
  const server: Server = serveHttpApi(api, () => lambdaContext('api', 30_000));
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
