import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from '@20minutes/s3rver';
import dynalite from 'dynalite';
import { removeUnfinishedWrites } from './repair-store.ts';

export interface Engines {
  readonly dynamoEndpoint: string;
  readonly s3Endpoint: string;
  readonly s3: S3rver;
  close(): Promise<void>;
}

/**
 * Starts the DynamoDB (dynalite) and S3 (s3rver) stand-ins on free loopback ports. With `dataDir`
 * their data is kept on disk across restarts; without it, both live in a temporary folder that is
 * removed on close (the tests' engines).
 */
export const startEngines = async (dataDir?: string): Promise<Engines> => {
  const temporary =
    dataDir === undefined ? await mkdtemp(join(tmpdir(), 'council-papers-')) : undefined;
  const root = dataDir ?? temporary ?? '';
  await mkdir(join(root, 's3'), { recursive: true });
  // Kept data may hold an upload a kill interrupted mid-write: S3 would hold none of it.
  if (dataDir !== undefined) removeUnfinishedWrites(join(root, 's3'));

  const dynamo = dynalite({
    ...(temporary ? {} : { path: join(root, 'dynamodb') }),
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
  await new Promise<void>((resolve, reject) => {
    dynamo.once('error', reject);
    dynamo.listen(0, '127.0.0.1', () => resolve());
  });

  const s3 = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory: join(root, 's3'),
    silent: true,
    // The fork checks signatures but signs path-style `/bucket` differently from the SDK.
    allowMismatchedSignatures: true,
  });
  const s3Address = await s3.run();

  return {
    dynamoEndpoint: `http://127.0.0.1:${(dynamo.address() as AddressInfo).port}`,
    s3Endpoint: `http://127.0.0.1:${s3Address.port}`,
    s3,
    close: async () => {
      await s3.close();
      await new Promise<void>((resolve) => dynamo.close(() => resolve()));
      if (temporary) await rm(temporary, { recursive: true, force: true });
    },
  };
};
