import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { uploadAreas } from '../../functions/config/areas.ts';
import { publishDigest } from '../../functions/usecases/history/publish-digest.ts';
import { rebuildSearchIndex } from '../../functions/usecases/search/search-indexing.ts';
import { consoleLogger } from './console-logger.ts';
import { defaultDataDir, repoRoot } from './paths.ts';
import { announceStack, liveStacks } from './registry.ts';
import { uploadSeeds } from './seeds.ts';
import { startLocalStack } from './stack.ts';

const usage = `Usage: npm start [-- --fresh] [-- --data DIR] [-- --no-seeds]
  --fresh      start from empty: delete the data folder first
  --data DIR   keep data in DIR instead of .local/data (run a second stack side by side)
  --no-seeds   do not upload seeds/ at start
  PORT=3001    serve the API on another port (default 3000)`;

const main = async () => {
  const { values } = parseArgs({
    options: {
      fresh: { type: 'boolean', default: false },
      data: { type: 'string' },
      'no-seeds': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${process.env.PORT}"`);
  const dataDir = resolve(values.data ?? defaultDataDir);
  const sharing = (await liveStacks()).find((stack) => stack.dataDir === dataDir);
  if (sharing) {
    throw new Error(
      `${dataDir} is in use by the stack on port ${sharing.port} (pid ${sharing.pid}); start this one with --data ANOTHER_DIR`,
    );
  }
  if (values.fresh) await rm(dataDir, { recursive: true, force: true });

  const started = Date.now();
  const digestEveryMs = Number(process.env.DIGEST_EVERY_MINUTES ?? 60) * 60_000;
  const stack = await startLocalStack({ dataDir, port, logger: consoleLogger, digestEveryMs });
  const retract = await announceStack({
    pid: process.pid,
    startedAt: new Date().toISOString(),
    apiUrl: stack.apiUrl,
    port: stack.port,
    dataDir,
    s3Endpoint: stack.engines.s3Endpoint,
    dynamoEndpoint: stack.engines.dynamoEndpoint,
    names: stack.names,
    auditToken: stack.auditToken,
  });

  console.log(`council-papers local stack
  API          ${stack.apiUrl}   (try ${stack.apiUrl}/v1/papers)
  S3           ${stack.engines.s3Endpoint}   bucket ${stack.names.uploadBucket}
  upload to    ${uploadAreas.paper} (papers), ${uploadAreas.dataset} (datasets)
  DynamoDB     ${stack.engines.dynamoEndpoint}   tables ${stack.names.recordsTable}, ${stack.names.ingestsTable}
  data         ${dataDir}
  upload with  npx council-papers upload FILE...   (or any S3 client at the endpoint above)
  status       npx council-papers status
  upload page  ${stack.apiUrl}/upload   (sign in with the officer token)
  officer      ${stack.officerToken}
  browser POST ${stack.uploadEndpoint}   (checks presigned POST policies, then stores in S3)
  audit        curl -H 'Authorization: Bearer ${stack.auditToken}' ${stack.apiUrl}/v1/audit/ingests
               (or sign in at ${stack.apiUrl}/officer/sign-in with that token for the audit pages)
  verify       npx council-papers verify --all`);

  const { redelivered, reconciled, sweptRowsets } = stack.recovered;
  if (redelivered + reconciled.length + sweptRowsets.length > 0)
    console.log(
      `recovered from the last run: ${redelivered} queued event(s) redelivered, ${reconciled.length} upload(s) with no final log entry queued again, ${sweptRowsets.length} uncommitted rowset(s) swept`,
    );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping`);
    await retract();
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  if (!values['no-seeds']) {
    const seeds = await uploadSeeds(
      stack.clients.s3,
      stack.names.uploadBucket,
      join(repoRoot, 'seeds'),
    );
    await stack.queue.whenIdle();
    const entries = await stack.root.ingest.log.recent(50);
    const seedOutcomes = seeds.uploaded.map(
      (name) => entries.find((entry) => entry.key.endsWith(`/${name}`))?.outcome ?? 'pending',
    );
    const accepted = seedOutcomes.filter(
      (outcome) => outcome === 'accepted' || outcome === 'duplicate',
    ).length;
    console.log(
      `seeds in: ${seeds.uploaded.length} uploaded (${accepted} ingested), ${seeds.unchanged.length} unchanged, ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s after start`,
    );
  }
  // Data kept from before search existed (or from another index layout) has no index yet.
  if ((await stack.root.ingest.searchIndex.list()).length === 0) {
    const documents = await rebuildSearchIndex(stack.root.ingest);
    console.log(`search index built: ${documents} documents`);
  }
  // A first digest at once, then every DIGEST_EVERY_MINUTES (60 by default).
  const digest = await publishDigest(stack.root.digest);
  if (digest.entry)
    console.log(
      `digest ${digest.entry.number} of ${digest.entry.records} chain heads: ${stack.apiUrl}/v1/digests/${digest.entry.number} (sha256 ${digest.entry.sha256})`,
    );
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
