import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { silentLogger } from '../../functions/adapters/observability/silent.ts';
import type { Logger } from '../../functions/ports/logger.ts';
import { repoRoot } from '../../infra/local/paths.ts';
import { announceStack } from '../../infra/local/registry.ts';
import { type LocalStack, startLocalStack } from '../../infra/local/stack.ts';

const run = promisify(execFile);

export interface AnnouncedStack {
  readonly stack: LocalStack;
  /** The registry folder the stack is announced in (`COUNCIL_PAPERS_STACKS_DIR` for the CLI). */
  readonly registry: string;
  /** The CLI, finding this stack as it finds the one `npm start` runs; failures resolve too. */
  cli(...args: string[]): Promise<{ stdout: string; stderr: string; code?: number }>;
  /** Puts an object in the upload bucket and waits until its notification is ingested. */
  upload(key: string, body: string | Uint8Array, metadata?: Record<string, string>): Promise<void>;
  /** Deletes an upload and waits until its notification is ingested. */
  remove(key: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A local stack as `npm start` runs it (in-memory engines, a free port), announced in a registry
 * of its own so the CLI finds it and no other.
 */
export const announcedStack = async (
  options: { readonly logger?: Logger } = {},
): Promise<AnnouncedStack> => {
  const stack = await startLocalStack({
    port: 0,
    logger: options.logger ?? silentLogger,
    retryDelayMs: () => 10,
  });
  const registry = await mkdtemp(join(tmpdir(), 'stacks-'));
  await announceStack(
    {
      pid: process.pid,
      startedAt: new Date().toISOString(),
      apiUrl: stack.apiUrl,
      port: stack.port,
      dataDir: 'memory',
      s3Endpoint: stack.engines.s3Endpoint,
      dynamoEndpoint: stack.engines.dynamoEndpoint,
      names: stack.names,
      auditToken: stack.auditToken,
    },
    registry,
  );
  return {
    stack,
    registry,
    cli: (...args) =>
      run(process.execPath, [join(repoRoot, 'bin/council-papers.js'), ...args], {
        env: { ...process.env, COUNCIL_PAPERS_STACKS_DIR: registry },
      }).catch((error: { stdout: string; stderr: string; code: number }) => error),
    upload: async (key, body, metadata) => {
      await stack.clients.s3.send(
        new PutObjectCommand({
          Bucket: stack.names.uploadBucket,
          Key: key,
          Body: body,
          Metadata: metadata,
        }),
      );
      await stack.queue.whenIdle();
    },
    remove: async (key) => {
      await stack.clients.s3.send(
        new DeleteObjectCommand({ Bucket: stack.names.uploadBucket, Key: key }),
      );
      await stack.queue.whenIdle();
    },
    stop: async () => {
      await stack.stop();
      await rm(registry, { recursive: true, force: true });
    },
  };
};
