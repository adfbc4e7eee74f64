/**
 * The cache in front of the public API (a CDN), which keeps answers as long as their
 * Cache-Control allows: a year for a version's routes. Asked to forget some paths when what the
 * origin answers for them changes in a way that cannot wait (a takedown).
 */
export interface PublicCache {
  /** What is asked, for messages: `CloudFront distribution E2ABC…`, `no CDN (local stack)`. */
  readonly description: string;
  /**
   * Asks the cache to drop every copy it holds of these paths, whatever header or query they were
   * asked with. A path is as requested (percent-encoded), starting with `/`; one ending in `*`
   * covers every path and query that starts so. Resolves once the request is accepted (the cache
   * may take a few minutes to carry it out), with the cache's id for it.
   */
  invalidate(paths: readonly string[]): Promise<{ readonly id: string }>;
}
