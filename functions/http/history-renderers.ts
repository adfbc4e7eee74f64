import type { RecordKind } from '../config/areas.ts';
import type { Page } from '../ports/page.ts';
import type { StoredVersion } from '../ports/version-store.ts';
import type { VersionDiff } from '../usecases/history/diff-versions.ts';
import type { HistoryQueryDeps } from '../usecases/history/history-queries.ts';
import type { Verification } from '../usecases/history/verify.ts';
import { diffPage } from '../web/pages/diff.ts';
import { verificationPage } from '../web/pages/verification.ts';
import { versionsPage } from '../web/pages/versions.ts';
import type { PageRenderer } from './representation.ts';

/*
 * The history pages' renderers: each reads what its page shows besides the route's data through
 * the same use cases and ports the API's routes use, never over HTTP.
 */

/** How many versions a verification page lists before pointing to the rest. */
const listed = 100;

/** A record's version list as a timeline. */
export const versionsPageOf =
  (kind: RecordKind, id: string): PageRenderer<Page<StoredVersion>> =>
  (versions, context) =>
    versionsPage(kind, id, versions, context);

/** A diff with the two versions it compares and, for a paper, how its public text changed. */
export const diffPageOf =
  (deps: HistoryQueryDeps): PageRenderer<VersionDiff> =>
  async (diff, context) => {
    const [from, to] = await Promise.all([
      deps.versions.get(diff.kind, diff.id, diff.from),
      deps.versions.get(diff.kind, diff.id, diff.to),
    ]);
    if (!from || !to) throw new Error(`Versions of ${diff.kind} ${diff.id} vanished after diffing`);
    return diffPage(diff, { from, to, ...(diff.text && { text: diff.text }) }, context);
  };

/** A verification with the record's versions and their originals' hashes. */
export const verificationPageOf =
  (deps: HistoryQueryDeps): PageRenderer<Verification> =>
  async (verification, context) => {
    const versions = await deps.versions.listVersions(verification.kind, verification.id, {
      limit: listed,
    });
    const title = versions.items.at(-1)?.title ?? verification.id;
    return verificationPage(verification, { title, versions }, context);
  };
