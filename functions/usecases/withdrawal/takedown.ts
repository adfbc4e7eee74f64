import type { RecordKind } from '../../config/areas.ts';
import { canonicalJson } from '../../domain/canonical-json.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { cachedPathsOf } from '../../domain/history/cached-paths.ts';
import { type Takedown, takedownKey } from '../../domain/history/takedown.ts';
import type { BlobStore } from '../../ports/blob-store.ts';
import type { IngestLog } from '../../ports/ingest-log.ts';
import type { Logger } from '../../ports/logger.ts';
import type { MeetingStore } from '../../ports/meeting-store.ts';
import type { Page } from '../../ports/page.ts';
import type { PublicCache } from '../../ports/public-cache.ts';
import { indexRecord, type SearchIndexingDeps } from '../search/search-indexing.ts';
import { changeEntry } from './change-entry.ts';
import { takedownOf } from './takedown-notice.ts';

export interface TakedownDeps extends SearchIndexingDeps {
  readonly now: () => Date;
  /** The audit log, where each takedown is one entry saying who, when and why. */
  readonly log: IngestLog;
  /** The bucket the audit log's entries name (the upload bucket the record came from). */
  readonly uploadBucket: string;
  /** The CDN in front of the public API, which may hold the version's routes for a year. */
  readonly cache: PublicCache;
  /** Where a failure to invalidate the CDN's copies is written. */
  readonly logger: Logger;
  /** Meetings hold a paper version's facts (attendance, decisions): they leave with the notice. */
  readonly meetings: MeetingStore;
}

/** What became of the request to drop the CDN's copies of the version's public paths. */
export type CacheInvalidation =
  | { readonly outcome: 'requested'; readonly id: string; readonly paths: readonly string[] }
  | { readonly outcome: 'failed'; readonly error: string; readonly paths: readonly string[] };

export type TakedownResult = {
  readonly outcome: 'taken-down' | 'already-taken-down';
  readonly takedown: Takedown;
  /** The takedown stands whatever became of this: the origin answers 410 either way. */
  readonly cache: CacheInvalidation;
};

/**
 * Asks the CDN to drop what it holds of the record's public paths. A failure is logged and
 * returned, not thrown: the notice is stored, and asking again (the same takedown) retries.
 */
const invalidateCached = async (
  deps: TakedownDeps,
  kind: RecordKind,
  id: string,
  version: number,
): Promise<CacheInvalidation> => {
  const paths = cachedPathsOf(kind, id);
  try {
    const { id: requestId } = await deps.cache.invalidate(paths);
    return { outcome: 'requested', id: requestId, paths };
  } catch (error) {
    deps.logger.error('takedown: the CDN did not drop its cached copies', {
      kind,
      id,
      version,
      cache: deps.cache.description,
      paths,
      error,
    });
    return { outcome: 'failed', error: (error as Error).message, paths };
  }
};

/**
 * Takes a version's content down from the public: a notice written once to the archive, which the
 * public routes read before serving the version's original, text, extraction or rows. Nothing of
 * the history is rewritten, so the hash chain still verifies, and auditors still read it whole.
 * Then the CDN is asked to drop the copies it holds of the record's routes (cached for up to a
 * year); a failure there is reported in the result, and the takedown stands.
 */
export const takeDown = async (
  deps: TakedownDeps,
  kind: RecordKind,
  id: string,
  version: number,
  request: { readonly reason: string; readonly by: string | null },
): Promise<TakedownResult> => {
  const record = await deps.versions.get(kind, id, version);
  if (!record) throw new NotFoundError(`${kind} "${id}" has no version ${version}.`);
  if (record.reason === 'withdrawal')
    throw new NotFoundError(
      `Version ${version} of ${kind} "${id}" is a withdrawal: it published no content to take down.`,
    );
  const existing = await takedownOf(deps.archive, kind, id, version);
  // Asked again, so a takedown whose invalidation failed can be retried by repeating it.
  if (existing)
    return {
      outcome: 'already-taken-down',
      takedown: existing,
      cache: await invalidateCached(deps, kind, id, version),
    };
  const takedown: Takedown = {
    kind,
    id,
    version,
    reason: request.reason,
    by: request.by,
    at: deps.now().toISOString(),
  };
  await deps.archive.put(
    takedownKey(kind, id, version),
    new TextEncoder().encode(canonicalJson(takedown)),
    { contentType: 'application/json' },
  );
  await deps.log.record(
    changeEntry(deps.uploadBucket, {
      kind,
      id,
      version: record,
      action: 'takedown',
      reason: takedown.reason,
      by: takedown.by,
      at: takedown.at,
    }),
  );
  // Meetings serve what a paper version read (names present, decisions): a current version's
  // projections are retired, as a withdrawal's are; a later version replaces them as usual.
  if ('meetingIds' in record)
    for (const meetingId of record.meetingIds) await deps.meetings.retire(meetingId, id, version);
  // Search serves a paper's text and decisions: they leave the index with the notice.
  await indexRecord(deps, kind, id);
  // After the notice: a copy fetched again from the origin is already the 410.
  return {
    outcome: 'taken-down',
    takedown,
    cache: await invalidateCached(deps, kind, id, version),
  };
};

/** A version as the history lists it: with its takedown, when its content was taken down. */
export type ListedVersion<T> = T & {
  readonly takedown?: Pick<Takedown, 'reason' | 'by' | 'at'>;
};

/**
 * A page of versions, each taken down one saying when, by whom and why, so the history shows that
 * it happened (one archive read per version listed).
 */
export const withTakedowns = async <T extends { readonly id: string; readonly version: number }>(
  archive: BlobStore,
  kind: RecordKind,
  page: Page<T>,
): Promise<Page<ListedVersion<T>>> => ({
  ...page,
  items: await Promise.all(
    page.items.map(async (item) => {
      const takedown = await takedownOf(archive, kind, item.id, item.version);
      if (!takedown) return item;
      const { reason, by, at } = takedown;
      return { ...item, takedown: { reason, by, at } };
    }),
  ),
});
