import { CloudFrontClient, CreateInvalidationCommand } from '@aws-sdk/client-cloudfront';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { CloudFrontPublicCache } from '../../../functions/adapters/cloudfront/cloudfront-public-cache.ts';
import { CacheInvalidationError } from '../../../functions/domain/errors.ts';

const cloudfront = mockClient(CloudFrontClient);

afterEach(() => cloudfront.reset());

const paths = ['/v1/papers/licensing*', '/v1/papers/minutes*', '/v1/datasets/spend*'];

/** CloudFront's answer to an accepted CreateInvalidation. */
const accepted = (id: string) => ({
  Invalidation: {
    Id: id,
    Status: 'InProgress',
    CreateTime: new Date('2026-12-07T09:00:00Z'),
    InvalidationBatch: { CallerReference: 'ref', Paths: { Quantity: paths.length, Items: paths } },
  },
});

describe('the CloudFront public cache', () => {
  it('asks the distribution for one invalidation of exactly the paths given', async () => {
    // Prepare
    cloudfront.on(CreateInvalidationCommand).resolves(accepted('I2J0I21PCUYOIK'));
    const cache = new CloudFrontPublicCache(new CloudFrontClient({}), 'E2QWRUHAPOMQZL');

    // Act
    const request = await cache.invalidate(paths);

    // Assess
    expect(request).toEqual({ id: 'I2J0I21PCUYOIK' });
    const calls = cloudfront.commandCalls(CreateInvalidationCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args[0].input).toMatchObject({
      DistributionId: 'E2QWRUHAPOMQZL',
      InvalidationBatch: { Paths: { Quantity: 3, Items: paths } },
    });
  });

  it('gives every request a CallerReference of its own, so asking again is a new invalidation', async () => {
    // Prepare
    cloudfront.on(CreateInvalidationCommand).resolves(accepted('I1'));
    const cache = new CloudFrontPublicCache(new CloudFrontClient({}), 'E2QWRUHAPOMQZL');

    // Act
    await cache.invalidate(paths);
    await cache.invalidate(paths);

    // Assess
    const references = cloudfront
      .commandCalls(CreateInvalidationCommand)
      .map((call) => call.args[0].input.InvalidationBatch?.CallerReference);
    expect(references).toHaveLength(2);
    expect(references[0]).toMatch(/^council-papers-[0-9a-f-]{36}$/);
    expect(references[1]).not.toBe(references[0]);
  });

  it('says which distribution refused and why, keeping the SDK error as the cause', async () => {
    // Prepare
    const denied = Object.assign(
      new Error('User is not authorized to perform: cloudfront:CreateInvalidation'),
      { name: 'AccessDenied' },
    );
    cloudfront.on(CreateInvalidationCommand).rejects(denied);
    const cache = new CloudFrontPublicCache(new CloudFrontClient({}), 'E2QWRUHAPOMQZL');

    // Act
    const failure = await cache.invalidate(paths).catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(CacheInvalidationError);
    expect((failure as Error).message).toBe(
      'CloudFront distribution E2QWRUHAPOMQZL did not accept the invalidation of 3 paths: AccessDenied: User is not authorized to perform: cloudfront:CreateInvalidation',
    );
    expect((failure as Error).cause).toBe(denied);
  });
});
