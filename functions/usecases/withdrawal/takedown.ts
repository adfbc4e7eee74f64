import type { RecordKind } from '../../config/areas.ts';
import { canonicalJson } from '../../domain/canonical-json.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { type Takedown, takedownKey } from '../../domain/history/takedown.ts';
import type { BlobStore } from '../../ports/blob-store.ts';
import type { IngestLog } from '../../ports/ingest-log.ts';
import type { Page } from '../../ports/page.ts';
import type { VersionStore } from '../../ports/version-store.ts';
import { indexRecord, type SearchIndexingDeps } from '../search/search-indexing.ts';
import { changeEntry } from './change-entry.ts';
import { takedownOf } from './takedown-notice.ts';

export interface TakedownDeps extends SearchIndexingDeps {
  readonly versions: VersionStore;
  readonly archive: BlobStore;
  readonly now: () => Date;
  /** The audit log, where each takedown is one entry saying who, when and why. */
  readonly log: IngestLog;
  /** The bucket the audit log's entries name (the upload bucket the record came from). */
  readonly uploadBucket: string;
}

export type TakedownResult =
  | { readonly outcome: 'taken-down'; readonly takedown: Takedown }
  | { readonly outcome: 'already-taken-down'; readonly takedown: Takedown };

/**
 * Takes a version's content down from the public: a notice written once to the archive, which the
 * public routes read before serving the version's original, text, extraction or rows. Nothing of
 * the history is rewritten, so the hash chain still verifies, and auditors still read it whole.
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
  if (existing) return { outcome: 'already-taken-down', takedown: existing };
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
  // Search serves a paper's text and decisions: they leave the index with the notice.
  await indexRecord(deps, kind, id);
  return { outcome: 'taken-down', takedown };
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
