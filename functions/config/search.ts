/**
 * Where the search index lives and how it is cut. The format's version is part of the prefix: an
 * index written in another layout is never read, and a rebuild writes the new one beside it.
 */
export const searchIndexPrefix = 'search/v1/';

/**
 * Shards the index is cut into, by a hash of each record's id. Each ingest writes a small segment
 * of one shard (domain/search/parts.ts), and one ingest in `foldAt` folds its shard's segments into
 * the shard's base, so the cost of a fold and the chance two ingests contend fall as shards are
 * added; a query reads them all. Changing it needs a rebuild (a new prefix).
 */
export const searchShardCount = 16;

/** How long a warm API function trusts the index it loaded before it asks S3 for the ETags again. */
export const searchRefreshMs = 10_000;
