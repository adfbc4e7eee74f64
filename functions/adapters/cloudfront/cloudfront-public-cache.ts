import { randomUUID } from 'node:crypto';
import { type CloudFrontClient, CreateInvalidationCommand } from '@aws-sdk/client-cloudfront';
import { CacheInvalidationError } from '../../domain/errors.ts';
import type { PublicCache } from '../../ports/public-cache.ts';

/**
 * The CloudFront distribution in front of the API: one CreateInvalidation per request, each with
 * a CallerReference of its own (CloudFront takes a repeated reference for the same request, so a
 * retry must not reuse one). Needs `cloudfront:CreateInvalidation` on the distribution.
 */
export class CloudFrontPublicCache implements PublicCache {
  readonly description: string;

  constructor(
    private readonly client: CloudFrontClient,
    private readonly distributionId: string,
    private readonly reference: () => string = () => `council-papers-${randomUUID()}`,
  ) {
    this.description = `CloudFront distribution ${distributionId}`;
  }

  async invalidate(paths: readonly string[]): Promise<{ readonly id: string }> {
    let id: string | undefined;
    try {
      const answer = await this.client.send(
        new CreateInvalidationCommand({
          DistributionId: this.distributionId,
          InvalidationBatch: {
            CallerReference: this.reference(),
            Paths: { Quantity: paths.length, Items: [...paths] },
          },
        }),
      );
      id = answer.Invalidation?.Id;
    } catch (error) {
      throw new CacheInvalidationError(
        `${this.description} did not accept the invalidation of ${paths.length} paths: ${(error as Error).name}: ${(error as Error).message}`,
        { cause: error },
      );
    }
    if (!id)
      throw new CacheInvalidationError(
        `${this.description} answered the invalidation of ${paths.length} paths without an id`,
      );
    return { id };
  }
}
