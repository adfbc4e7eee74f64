import { CloudFrontClient } from '@aws-sdk/client-cloudfront';
import { CloudFrontPublicCache } from '../adapters/cloudfront/cloudfront-public-cache.ts';
import { NoCdnPublicCache } from '../adapters/memory/no-cdn-public-cache.ts';
import type { CdnAccess } from '../config/cdn.ts';
import type { PublicCache } from '../ports/public-cache.ts';
import type { TakedownDeps } from '../usecases/withdrawal/takedown.ts';
import type { Root } from './root.ts';

/**
 * What a takedown needs: the stores ingest writes (from the composition root) and the CDN whose
 * cached copies it drops: CloudFront in AWS, none on the local stack. Only the operator's CLI
 * takes versions down, so this is kept apart from root.ts, which every function bundles: no
 * function carries a CloudFront client. `close` destroys the client.
 */
export const takedownDeps = (
  root: Root,
  cdn: CdnAccess,
): { deps: TakedownDeps; close: () => void } => {
  if (cdn.mode === 'none')
    return { deps: { ...root.ingest, cache: new NoCdnPublicCache() }, close: () => {} };
  // CloudFront is global: its one endpoint answers whatever region the SDK is set to.
  const client = new CloudFrontClient({});
  const cache: PublicCache = new CloudFrontPublicCache(client, cdn.distributionId);
  return { deps: { ...root.ingest, cache }, close: () => client.destroy() };
};
