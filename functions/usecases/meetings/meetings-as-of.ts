import type { VersionRecord } from '../../domain/paper-record.ts';
import type { PaperExtraction } from '../../domain/papers/model.ts';
import type { BlobStore } from '../../ports/blob-store.ts';
import type { MeetingStore } from '../../ports/meeting-store.ts';
import type { VersionStore } from '../../ports/version-store.ts';
import { versionAsOf } from '../history/history-queries.ts';
import { readArchived } from '../history/read-archived.ts';
import { takedownOf } from '../withdrawal/takedown-notice.ts';
import type { MeetingQueryDeps } from './meeting-queries.ts';
import { projectionsOfVersion } from './paper-projections.ts';

export interface MeetingHistoryDeps {
  readonly versions: VersionStore;
  readonly archive: BlobStore;
  /** A new, empty meeting store to hold one instant's meetings while a request is answered. */
  readonly meetingSnapshot: () => MeetingStore;
}

/** Every paper's id, a page of the version store at a time. */
async function* paperIdPages(versions: VersionStore): AsyncGenerator<string[]> {
  let cursor: string | undefined;
  do {
    const page = await versions.listLatest('paper', { limit: 100, cursor });
    yield page.items.map((head) => head.id);
    cursor = page.next ?? undefined;
  } while (cursor);
}

/** What a paper version said of meetings, read from its archived extraction and text. */
const projectionsOf = async (archive: BlobStore, version: VersionRecord) => {
  const [extraction, text] = await Promise.all([
    readArchived(archive, version, version.extractionKey),
    readArchived(archive, version, version.textKey),
  ]);
  return projectionsOfVersion(version, JSON.parse(extraction) as PaperExtraction, text);
};

/** The version of a paper the public saw at an instant, if it then spoke of meetings. */
const speakingVersion = async (
  deps: MeetingHistoryDeps,
  id: string,
  at: string,
  meetingId: string | undefined,
): Promise<VersionRecord | undefined> => {
  const version = await versionAsOf(deps.versions, 'paper', id, at);
  // A withdrawn paper retired its meetings; a version taken down gives the public no facts.
  if (!version || version.status !== 'published') return undefined;
  if (meetingId ? !version.meetingIds.includes(meetingId) : version.meetingIds.length === 0)
    return undefined;
  if (await takedownOf(deps.archive, 'paper', id, version.version)) return undefined;
  return version;
};

/**
 * Meetings, bodies and decisions as the public saw them at an instant: rebuilt from the paper
 * versions current then (each projected as ingest projected it), into a store of their own, so
 * the same queries that answer for today answer for then. With `meetingId`, only the papers that
 * then spoke of that meeting are read.
 *
 * Every paper's history is read, so an answer costs a read per paper, and two archive reads per
 * paper that spoke of a meeting: fine for a council's papers, not a thing to poll.
 */
export const meetingsAsOf = async (
  deps: MeetingHistoryDeps,
  at: string,
  meetingId?: string,
): Promise<MeetingQueryDeps> => {
  const meetings = deps.meetingSnapshot();
  for await (const ids of paperIdPages(deps.versions)) {
    // A page of papers at a time, read side by side.
    const projections = await Promise.all(
      ids.map(async (id) => {
        const version = await speakingVersion(deps, id, at, meetingId);
        return version ? projectionsOf(deps.archive, version) : [];
      }),
    );
    for (const projection of projections.flat())
      if (!meetingId || projection.meetingId === meetingId)
        await meetings.putProjection(projection);
  }
  return { meetings };
};
