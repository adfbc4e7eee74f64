import type { DatasetVersionRecord } from '../../domain/dataset-record.ts';
import type { VersionRecord } from '../../domain/paper-record.ts';
import type { MeetingSummary } from '../../ports/meeting-store.ts';
import { type DatasetQueryDeps, listDatasets } from '../datasets/dataset-queries.ts';
import { listMeetings, type MeetingQueryDeps } from '../meetings/meeting-queries.ts';
import { listPapers, type PaperQueryDeps } from './paper-queries.ts';

export type HomeDeps = PaperQueryDeps & MeetingQueryDeps & DatasetQueryDeps;

/** What the home page shows: the newest papers and datasets, and meetings either side of today. */
export interface HomeOverview {
  readonly today: string;
  readonly latestPapers: readonly VersionRecord[];
  readonly upcomingMeetings: readonly MeetingSummary[];
  readonly recentMeetings: readonly MeetingSummary[];
  readonly changedDatasets: readonly DatasetVersionRecord[];
}

const shown = 5;
const day = 86_400_000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Newest first: by commit time, then by place in the change feed (commits in the same instant). */
const newestFirst = <T extends { readonly publishedAt: string; readonly feedSeq: number }>(
  items: readonly T[],
) =>
  [...items]
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || b.feedSeq - a.feedSeq)
    .slice(0, shown);

/** The latest meetings before today, latest first, looking back a month, a year, then ten. */
const recentMeetings = async (deps: MeetingQueryDeps, now: number) => {
  const windows = [31, 366, 3653];
  let found: MeetingSummary[] = [];
  for (const days of windows) {
    found = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 5; pages++) {
      const page = await listMeetings(deps, {
        limit: 100,
        cursor,
        from: isoDay(now - days * day),
        to: isoDay(now - day),
      });
      found.push(...page.items);
      cursor = page.next ?? undefined;
      if (!cursor) break;
    }
    // The windows nest: a wider one holds all a narrower one did.
    if (found.length >= shown) break;
  }
  return found.slice(-shown).reverse();
};

/**
 * The home page's overview, from the same list use cases the API serves: papers and datasets
 * changed in the last 90 days (newest first), the next meetings and the latest past ones.
 */
export const homeOverview = async (deps: HomeDeps, now = new Date()): Promise<HomeOverview> => {
  const time = now.getTime();
  const since = new Date(time - 90 * day).toISOString();
  const [papers, upcoming, recent, datasets] = await Promise.all([
    listPapers(deps, { limit: 100 }, { updatedSince: since }),
    listMeetings(deps, { limit: shown, from: isoDay(time) }),
    recentMeetings(deps, time),
    listDatasets(deps, { limit: 100 }, { updatedSince: since }),
  ]);
  return {
    today: isoDay(time),
    latestPapers: newestFirst(papers.items),
    upcomingMeetings: upcoming.items,
    recentMeetings: recent,
    changedDatasets: newestFirst(datasets.items),
  };
};
