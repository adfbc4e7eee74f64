import type { VersionRecord } from '../../domain/paper-record.ts';
import type { MeetingProjection } from '../../domain/papers/meetings.ts';
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
  /** Today's meetings: a paper version still current then and now is read from here. */
  readonly meetings: MeetingStore;
  /** A new, empty meeting store to hold one instant's meetings while a request is answered. */
  readonly meetingSnapshot: () => MeetingStore;
  /** The deployment's council, which a paper naming none is filed under (as ingest does). */
  readonly council: string;
}

/** Every paper's latest version, a page of the version store at a time. */
async function* paperHeadPages(versions: VersionStore): AsyncGenerator<readonly VersionRecord[]> {
  let cursor: string | undefined;
  do {
    const page = await versions.listLatest('paper', { limit: 100, cursor });
    yield page.items;
    cursor = page.next ?? undefined;
  } while (cursor);
}

/** What a paper version said of meetings, read from its archived extraction and text. */
const archivedProjections = async (archive: BlobStore, version: VersionRecord, council: string) => {
  const [extraction, text] = await Promise.all([
    readArchived(archive, version, version.extractionKey),
    readArchived(archive, version, version.textKey),
  ]);
  return projectionsOfVersion(version, JSON.parse(extraction) as PaperExtraction, text, council);
};

/**
 * What a paper version said of meetings: a version still current is what today's meetings hold
 * (each meeting read once however many papers speak of it); an older one is projected again
 * from the archive, as are those today's store does not hold whole.
 */
const projectionsOf =
  (deps: MeetingHistoryDeps, live: (meetingId: string) => Promise<MeetingProjection[]>) =>
  async (version: VersionRecord, head: VersionRecord): Promise<MeetingProjection[]> => {
    if (version.version === head.version) {
      const held = (await Promise.all(version.meetingIds.map(live)))
        .flat()
        .filter(
          (source) => source.paperId === version.id && source.paperVersion === version.version,
        );
      if (held.length === version.meetingIds.length) return held;
    }
    return archivedProjections(deps.archive, version, deps.council);
  };

/** The version of a paper the public saw at an instant, if it then spoke of meetings. */
const speakingVersion = async (
  deps: MeetingHistoryDeps,
  head: VersionRecord,
  at: string,
  meetingId: string | undefined,
): Promise<VersionRecord | undefined> => {
  // A paper unchanged since the instant needs no walk through its history.
  const version =
    head.publishedAt <= at && head.current === head.version
      ? head
      : await versionAsOf(deps.versions, 'paper', head.id, at);
  // A withdrawn paper retired its meetings; a version taken down gives the public no facts.
  if (version?.status !== 'published') return undefined;
  if (meetingId ? !version.meetingIds.includes(meetingId) : version.meetingIds.length === 0)
    return undefined;
  if (await takedownOf(deps.archive, 'paper', head.id, version.version)) return undefined;
  return version;
};

/**
 * Meetings, bodies and decisions as the public saw them at an instant: rebuilt from the paper
 * versions current then (each projected as ingest projected it), into a store of their own, so
 * the same queries that answer for today answer for then. With `meetingId`, only the papers that
 * then spoke of that meeting are read.
 *
 * Every paper is visited: one that has not changed since costs nothing more than its listing and
 * today's projections; one changed since costs a walk through its versions and, when it then
 * spoke of meetings, two archive reads. Dearer than today's answer, so not a thing to poll.
 */
export const meetingsAsOf = async (
  deps: MeetingHistoryDeps,
  at: string,
  meetingId?: string,
): Promise<MeetingQueryDeps> => {
  const meetings = deps.meetingSnapshot();
  const today = new Map<string, Promise<MeetingProjection[]>>();
  const live = (id: string) => {
    const known = today.get(id) ?? deps.meetings.sources(id);
    today.set(id, known);
    return known;
  };
  const projectionsAt = projectionsOf(deps, live);
  for await (const heads of paperHeadPages(deps.versions)) {
    // A page of papers at a time, read side by side.
    const projections = await Promise.all(
      heads.map(async (head) => {
        const version = await speakingVersion(deps, head, at, meetingId);
        return version ? projectionsAt(version, head) : [];
      }),
    );
    for (const projection of projections.flat())
      if (!meetingId || projection.meetingId === meetingId)
        await meetings.putProjection(projection);
  }
  return { meetings };
};
