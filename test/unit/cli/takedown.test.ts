import { describe, expect, it } from 'vitest';
import { CliError } from '../../../functions/cli/cli-error.ts';
import {
  cacheNotInvalidatedExit,
  takedownCdn,
  takedownCommand,
} from '../../../functions/cli/takedown.ts';
import { buildRoot, createClients } from '../../../functions/composition/root.ts';
import { takedownDeps } from '../../../functions/composition/takedown.ts';
import { silentTelemetry } from '../../../functions/composition/telemetry.ts';
import { CacheInvalidationError } from '../../../functions/domain/errors.ts';
import type { PublicCache } from '../../../functions/ports/public-cache.ts';
import { ingestUpload } from '../../../functions/usecases/ingest/ingest-upload.ts';
import { memoryDeps, uploadEvent } from '../../support/memory-deps.ts';

const published = async () => {
  const deps = memoryDeps();
  const key = 'uploads/papers/licensing.md';
  await deps.uploads.put(key, new TextEncoder().encode('# Licensing\n\n1 Example Street\n'), {
    contentType: 'text/markdown',
  });
  await ingestUpload(deps, uploadEvent(key));
  return deps;
};

const options = { version: '1', reason: 'Home address published in error', by: 'dpo' };

describe('takedown’s CDN', () => {
  it('is the distribution --distribution-id names, in AWS', () => {
    // Act
    const cdn = takedownCdn('E2QWRUHAPOMQZL', true, {});

    // Assess
    expect(cdn).toEqual({ mode: 'cloudfront', distributionId: 'E2QWRUHAPOMQZL' });
  });

  it('is read from CDN_DISTRIBUTION_ID when no flag names one', () => {
    // Act
    const cdn = takedownCdn(undefined, true, { CDN_DISTRIBUTION_ID: 'E2QWRUHAPOMQZL' });

    // Assess
    expect(cdn).toEqual({ mode: 'cloudfront', distributionId: 'E2QWRUHAPOMQZL' });
  });

  it('must be named in AWS, saying where to find it', () => {
    // Act
    const missing = () => takedownCdn(undefined, true, {});

    // Assess
    expect(missing).toThrow(CliError);
    expect(missing).toThrow(/--distribution-id ID or CDN_DISTRIBUTION_ID.*CdnDistributionId/);
  });

  it('refuses a distribution’s domain name in place of its id', () => {
    // Act
    const wrong = () => takedownCdn('d111111abcdef8.cloudfront.net', true, {});

    // Assess
    expect(wrong).toThrow(/not a CloudFront distribution id: expected the id/);
  });

  it('is none on the local stack, which has no CDN', () => {
    // Act
    const cdn = takedownCdn(undefined, false, { CDN_DISTRIBUTION_ID: 'E2QWRUHAPOMQZL' });

    // Assess
    expect(cdn).toEqual({ mode: 'none' });
  });
});

describe('council-papers takedown', () => {
  it('says which cached paths it asked the CDN to drop', async () => {
    // Prepare
    const deps = await published();

    // Act
    const { message, exitCode } = await takedownCommand(deps, 'paper', 'licensing', options);

    // Assess
    expect(exitCode).toBe(0);
    expect(message).toContain(
      'asked no CDN (local stack) to drop its cached copies of /v1/papers/licensing* (local-1)',
    );
  });

  it('says the takedown stands when the CDN refuses, how to retry, and exits 3', async () => {
    // Prepare
    const cache: PublicCache = {
      description: 'CloudFront distribution E2QWRUHAPOMQZL',
      invalidate: async () => {
        throw new CacheInvalidationError('AccessDenied: not authorized');
      },
    };
    const deps = { ...(await published()), cache };

    // Act
    const { message, exitCode } = await takedownCommand(deps, 'paper', 'licensing', options);

    // Assess
    expect(exitCode).toBe(cacheNotInvalidatedExit);
    expect(message).toMatch(/^took down paper licensing v1 .*: the public now gets 410; but /);
    expect(message).toContain(
      'CloudFront distribution E2QWRUHAPOMQZL may still serve cached copies: it did not take the invalidation (AccessDenied: not authorized)',
    );
    expect(message).toContain(
      'Retry with `council-papers takedown paper licensing --version 1 --reason …` (it asks again)',
    );
  });
});

describe('the takedown’s composition', () => {
  const root = () =>
    buildRoot(
      {
        uploadBucket: 'uploads',
        archiveBucket: 'archive',
        recordsTable: 'records',
        meetingsTable: 'meetings',
        rowsTable: 'rows',
        ingestsTable: 'ingests',
      },
      createClients({ s3: { region: 'eu-west-2' }, dynamo: { region: 'eu-west-2' } }),
      silentTelemetry,
      { mode: 'closed' },
      { mode: 'closed' },
    );

  it('invalidates the CloudFront distribution named in AWS', () => {
    // Act
    const takedown = takedownDeps(root(), { mode: 'cloudfront', distributionId: 'E2QWRUHAPOMQZL' });

    // Assess
    expect(takedown.deps.cache.description).toBe('CloudFront distribution E2QWRUHAPOMQZL');
    takedown.close();
  });

  it('has no CDN on the local stack', () => {
    // Act
    const takedown = takedownDeps(root(), { mode: 'none' });

    // Assess
    expect(takedown.deps.cache.description).toBe('no CDN (local stack)');
  });
});
