import { type RecordKind, recordPath } from '../../config/areas.ts';
import type { ChangeFeed, FeedReservation } from '../../ports/change-feed.ts';
import type { StoredVersion, VersionStore } from '../../ports/version-store.ts';

export interface ChangesDeps {
  readonly versions: VersionStore;
  readonly feed: ChangeFeed;
  readonly now: () => Date;
}

/**
 * How long a reservation may wait for its version: Lambda stops any writer after 15 minutes, so
 * a reservation older than that with no version naming it will never get one.
 */
export const reservationLifetimeMs = 16 * 60_000;

/** One committed version, as the feed serves it. */
export interface Change {
  readonly seq: number;
  readonly kind: RecordKind;
  readonly id: string;
  readonly version: number;
  readonly reason: StoredVersion['reason'];
  readonly publishedAt: string;
  /** What the public sees once this version is committed: usually this version. */
  readonly current: { readonly version: number; readonly status: StoredVersion['status'] };
  readonly href: string;
  readonly record: string;
}

export interface ChangesPage {
  readonly items: readonly Change[];
  /** Where to continue: always given, since a feed has no end; poll it for later changes. */
  readonly next: string;
}

type Verdict = { readonly change: Change } | 'skip' | 'wait';

const judge = async (deps: ChangesDeps, entry: FeedReservation, now: number): Promise<Verdict> => {
  const version = await deps.versions.get(entry.kind, entry.id, entry.version);
  if (!version) {
    // Its writer may still be about to commit it: the feed must not run past it until it cannot.
    return now - Date.parse(entry.reservedAt) > reservationLifetimeMs ? 'skip' : 'wait';
  }
  // Another writer's version took that number: this reservation lost its race.
  if (version.feedSeq !== entry.seq) return 'skip';
  const current =
    version.current === version.version
      ? version
      : await deps.versions.get(entry.kind, entry.id, version.current);
  const base = recordPath(entry.kind, entry.id);
  return {
    change: {
      seq: entry.seq,
      kind: entry.kind,
      id: entry.id,
      version: entry.version,
      reason: version.reason,
      publishedAt: version.publishedAt,
      current: { version: version.current, status: current?.status ?? version.status },
      href: `${base}/versions/${entry.version}`,
      record: base,
    },
  };
};

/**
 * Every committed version, correction and withdrawal after a cursor, in commit order. The cursor
 * is a position in the feed, not a time: a harvester that follows `next` sees each change once,
 * and a change still being committed holds the page back rather than being passed over.
 */
export const readChanges = async (
  deps: ChangesDeps,
  after: number,
  limit: number,
): Promise<ChangesPage> => {
  const now = deps.now().getTime();
  const items: Change[] = [];
  let position = after;
  // Reservations that lost their race are skipped; a few batches bound the work per request.
  for (let batch = 0; batch < 5 && items.length < limit; batch++) {
    const entries = await deps.feed.read(position, limit - items.length);
    if (entries.length === 0) break;
    const verdicts = await Promise.all(entries.map((entry) => judge(deps, entry, now)));
    const waiting = verdicts.indexOf('wait');
    const settled = waiting === -1 ? verdicts : verdicts.slice(0, waiting);
    for (const [index, verdict] of settled.entries()) {
      if (verdict !== 'skip' && verdict !== 'wait') items.push(verdict.change);
      position = (entries[index] as FeedReservation).seq;
    }
    if (waiting !== -1) break;
  }
  return { items, next: String(position) };
};
