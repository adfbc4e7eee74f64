import type { PublicCache } from '../../ports/public-cache.ts';

/**
 * Where no CDN stands in front of the API: the local stack serves every request from its
 * handlers, so there is no cached copy to drop. Records each request, in order, so tests and the
 * CLI can see which paths a change asked to drop.
 */
export class NoCdnPublicCache implements PublicCache {
  readonly description = 'no CDN (local stack)';
  readonly requests: (readonly string[])[] = [];

  async invalidate(paths: readonly string[]): Promise<{ readonly id: string }> {
    this.requests.push([...paths]);
    return { id: `local-${this.requests.length}` };
  }
}
