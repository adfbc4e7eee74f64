import { posix } from 'node:path';
import type { RecordKind } from '../../config/areas.ts';
import { NotFoundError, TakenDownError, WithheldError } from '../../domain/errors.ts';
import { takedownNotice } from '../../domain/history/takedown.ts';
import { hasWithheldParts } from '../../domain/paper-record.ts';
import { matchesFilter, type RecordFilter } from '../../domain/record-filter.ts';
import type { BlobStore } from '../../ports/blob-store.ts';
import type { Page, PageRequest } from '../../ports/page.ts';
import type { StoredVersion, VersionOf, VersionStore } from '../../ports/version-store.ts';
import { takedownOf } from '../withdrawal/takedown-notice.ts';

export interface HistoryQueryDeps {
  readonly versions: VersionStore;
  readonly archive: BlobStore;
}

/** Originals up to this size come back in the response; larger ones by a signed link (Lambda answers at most 6 MB). */
export const inlineOriginalBytes = 4 * 1024 * 1024;
const linkLifetimeSeconds = 300;

/** Every version of a record, in order, a page at a time. */
export async function* everyVersion<K extends RecordKind>(
  versions: VersionStore,
  kind: K,
  id: string,
): AsyncGenerator<VersionOf<K>> {
  let cursor: string | undefined;
  do {
    const page = await versions.listVersions(kind, id, { limit: 100, cursor });
    yield* page.items;
    cursor = page.next ?? undefined;
  } while (cursor);
}

const noun = (kind: RecordKind) => (kind === 'paper' ? 'paper' : 'dataset');

/**
 * The version the public saw at an instant: the last commit at or before it names which version
 * was current then (a withdrawal is current too: the record showed as withdrawn). Commit times
 * never go backwards, so the walk stops at the first later commit.
 */
export const versionAsOf = async <K extends RecordKind>(
  versions: VersionStore,
  kind: K,
  id: string,
  at: string,
): Promise<VersionOf<K> | undefined> => {
  const seen: VersionOf<K>[] = [];
  for await (const version of everyVersion(versions, kind, id)) {
    if (version.publishedAt > at) break;
    seen.push(version);
  }
  const last = seen.at(-1);
  return last && seen[last.current - 1];
};

export const requireAsOf = async <K extends RecordKind>(
  versions: VersionStore,
  kind: K,
  id: string,
  at: string,
): Promise<VersionOf<K>> => {
  const found = await versionAsOf(versions, kind, id, at);
  if (found) return found;
  const exists = await versions.latest(kind, id);
  throw new NotFoundError(
    exists
      ? `${noun(kind)} "${id}" was first published after ${at}.`
      : `No ${noun(kind)} has the id "${id}".`,
  );
};

/**
 * A page of a kind's records as the public saw them at an instant. Paged over today's records,
 * leaving out those that did not exist yet, so a page may hold fewer than `limit`.
 */
export const listAsOf = async <K extends RecordKind>(
  versions: VersionStore,
  kind: K,
  page: PageRequest,
  at: string,
  filter: RecordFilter = {},
): Promise<Page<VersionOf<K>>> => {
  const heads = await versions.listLatest(kind, page);
  const then = await Promise.all(
    heads.items.map((head) => versionAsOf(versions, kind, head.id, at)),
  );
  // Filters apply to the records as they were then, not as they are now.
  const items = then.filter(
    (item): item is Awaited<VersionOf<K>> => item !== undefined && matchesFilter(item, filter),
  );
  return { items, next: heads.next };
};

export type Original =
  | { readonly record: StoredVersion; readonly bytes: Uint8Array }
  | { readonly record: StoredVersion; readonly url: string };

/**
 * The exact bytes uploaded for a version. A withdrawal uploaded nothing; an exempt paper's
 * original is withheld from the public routes (`audit` lifts that).
 */
export const originalOf = async (
  deps: HistoryQueryDeps,
  kind: RecordKind,
  id: string,
  version: number,
  options: { readonly audit?: boolean } = {},
): Promise<Original> => {
  const record = await deps.versions.get(kind, id, version);
  if (!record) throw new NotFoundError(`${noun(kind)} "${id}" has no version ${version}.`);
  if (record.reason === 'withdrawal')
    throw new NotFoundError(
      `Version ${version} of ${noun(kind)} "${id}" withdraws it and has no upload of its own; earlier versions keep theirs.`,
    );
  const takedown = options.audit ? undefined : await takedownOf(deps.archive, kind, id, version);
  if (takedown)
    throw new TakenDownError(
      `The original of version ${version} of ${noun(kind)} "${id}": ${takedownNotice(takedown)}`,
    );
  if (record.kind === 'paper' && record.exempt && !options.audit)
    throw new WithheldError(
      `The original of exempt paper "${id}" is withheld: ${record.exemptReason ?? 'marked exempt'}.`,
    );
  if (record.kind === 'paper' && hasWithheldParts(record) && !options.audit)
    throw new WithheldError(
      `The original of paper "${id}" is withheld: it holds ${record.withheldParts} exempt part(s); its public text is served without them.`,
    );
  if (record.size > inlineOriginalBytes) {
    const url = await deps.archive.downloadUrl(record.originalKey, {
      filename: posix.basename(record.sourceKey),
      contentType: record.mediaType,
      expiresInSeconds: linkLifetimeSeconds,
    });
    return { record, url };
  }
  const stored = await deps.archive.get(record.originalKey, inlineOriginalBytes);
  if (!stored)
    throw new Error(
      `Archived original ${record.originalKey} of ${kind} ${id} v${version} is missing`,
    );
  return { record, bytes: stored.bytes };
};
