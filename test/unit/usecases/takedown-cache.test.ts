import { describe, expect, it } from 'vitest';
import { CacheInvalidationError } from '../../../functions/domain/errors.ts';
import type { Logger } from '../../../functions/ports/logger.ts';
import type { PublicCache } from '../../../functions/ports/public-cache.ts';
import { ingestUpload } from '../../../functions/usecases/ingest/ingest-upload.ts';
import { takeDown } from '../../../functions/usecases/withdrawal/takedown.ts';
import { takedownOf } from '../../../functions/usecases/withdrawal/takedown-notice.ts';
import { memoryDeps, uploadEvent } from '../../support/memory-deps.ts';

const key = 'uploads/papers/licensing.md';
const request = { reason: 'Home address published in error', by: 'dpo' };
const recordPaths = ['/v1/papers/licensing*'];

const published = async () => {
  const deps = memoryDeps();
  await deps.uploads.put(
    key,
    new TextEncoder().encode('# Licensing\n\nMeeting held on 9 May 2024\n\n1 Example Street\n'),
    { contentType: 'text/markdown' },
  );
  await ingestUpload(deps, uploadEvent(key));
  return deps;
};

/** A CDN that refuses every invalidation, as CloudFront does a role without the permission. */
const refusingCache: PublicCache = {
  description: 'CloudFront distribution E2QWRUHAPOMQZL',
  invalidate: async () => {
    throw new CacheInvalidationError('AccessDenied: not authorized to CreateInvalidation');
  },
};

const recordingLogger = () => {
  const errors: { message: string; fields?: Record<string, unknown> }[] = [];
  const logger: Logger = {
    info: () => {},
    warn: () => {},
    error: (message, fields) => errors.push({ message, fields }),
  };
  return { logger, errors };
};

describe('a takedown and the CDN', () => {
  it('asks the CDN once to drop every cached path of the record', async () => {
    // Prepare
    const deps = await published();

    // Act
    const result = await takeDown(deps, 'paper', 'licensing', 1, request);

    // Assess
    expect(deps.cache.requests).toEqual([recordPaths]);
    expect(result.cache).toEqual({ outcome: 'requested', id: 'local-1', paths: recordPaths });
  });

  it('asks only once the notice is stored, so a copy fetched again is already the 410', async () => {
    // Prepare
    const deps = await published();
    let noticeStored: boolean | undefined;
    const cache: PublicCache = {
      description: 'a CDN that looks first',
      invalidate: async () => {
        noticeStored = (await takedownOf(deps.archive, 'paper', 'licensing', 1)) !== undefined;
        return { id: 'I1' };
      },
    };

    // Act
    await takeDown({ ...deps, cache }, 'paper', 'licensing', 1, request);

    // Assess
    expect(noticeStored).toBe(true);
  });

  it('stands when the CDN refuses, reporting and logging the failure', async () => {
    // Prepare
    const deps = await published();
    const { logger, errors } = recordingLogger();

    // Act
    const result = await takeDown(
      { ...deps, cache: refusingCache, logger },
      'paper',
      'licensing',
      1,
      request,
    );

    // Assess
    expect(result).toMatchObject({
      outcome: 'taken-down',
      cache: {
        outcome: 'failed',
        error: 'AccessDenied: not authorized to CreateInvalidation',
        paths: recordPaths,
      },
    });
    expect(await takedownOf(deps.archive, 'paper', 'licensing', 1)).toMatchObject({
      reason: request.reason,
    });
    expect(errors).toEqual([
      {
        message: 'takedown: the CDN did not drop its cached copies',
        fields: expect.objectContaining({
          id: 'licensing',
          version: 1,
          cache: 'CloudFront distribution E2QWRUHAPOMQZL',
        }),
      },
    ]);
  });

  it('asks the CDN again when the same takedown is repeated, so a failed invalidation can be retried', async () => {
    // Prepare
    const deps = await published();
    await takeDown({ ...deps, cache: refusingCache }, 'paper', 'licensing', 1, request);

    // Act
    const again = await takeDown(deps, 'paper', 'licensing', 1, request);

    // Assess
    expect(again.outcome).toBe('already-taken-down');
    expect(again.cache).toMatchObject({ outcome: 'requested' });
    expect(deps.cache.requests).toEqual([recordPaths]);
  });
});
