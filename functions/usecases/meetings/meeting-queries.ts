import { NotFoundError } from '../../domain/errors.ts';
import type { MeetingProjection } from '../../domain/papers/meetings.ts';
import type { MeetingQuery, MeetingStore, MeetingSummary } from '../../ports/meeting-store.ts';
import type { Page } from '../../ports/page.ts';
import { resolveBody } from './body-queries.ts';

export interface MeetingQueryDeps {
  readonly meetings: MeetingStore;
}

/** Where a paper's document ends: null when the meeting was stored without knowing (see `knownEnd`). */
export type MeetingDocument = Omit<MeetingProjection['documents'][number], 'endLine'> & {
  readonly endLine: number | null;
};

/** One meeting as every paper that speaks of it describes it, each value tagged with its paper. */
export interface MeetingView extends MeetingSummary {
  readonly papers: {
    readonly paperId: string;
    readonly version: number;
    readonly roles: string[];
    readonly documents: MeetingDocument[];
  }[];
  readonly agendaItems: (MeetingProjection['agendaItems'][number] & { paperId: string })[];
  readonly attendance: MeetingProjection['attendance'] & { paperId: string | null };
  readonly declarations: (MeetingProjection['declarations'][number] & { paperId: string })[];
  readonly decisions: (MeetingProjection['decisions'][number] & { paperId: string })[];
  readonly actions: (MeetingProjection['actions'][number] & { paperId: string })[];
  readonly votes: (MeetingProjection['votes'][number] & { paperId: string })[];
  readonly links: Record<string, string | string[]>;
}

const tagged = <T>(
  sources: readonly MeetingProjection[],
  pick: (source: MeetingProjection) => readonly T[],
) =>
  sources.flatMap((source) => pick(source).map((value) => ({ ...value, paperId: source.paperId })));

/**
 * Meetings stored by earlier versions may end a one-document paper at a placeholder (the largest
 * safe integer) rather than its last line: the public answer says null, never the placeholder.
 *
 * @example knownEnd({ documentType: 'minutes', title: null, startLine: 1, endLine: 9007199254740991 }).endLine // null
 */
export const knownEnd = (document: MeetingProjection['documents'][number]): MeetingDocument => ({
  ...document,
  endLine: document.endLine >= Number.MAX_SAFE_INTEGER ? null : document.endLine,
});

/** A meeting list's parameters as a caller gives them: `body` by id, name or slug. */
export interface MeetingListRequest extends Omit<MeetingQuery, 'bodyId'> {
  readonly body?: string | undefined;
}

/** The store's query for a caller's request; `null` when the body asked for has never met. */
export const storeQuery = async (
  deps: MeetingQueryDeps,
  { body, ...query }: MeetingListRequest,
): Promise<MeetingQuery | null> => {
  if (body === undefined) return query;
  const bodyId = await resolveBody(deps, body);
  return bodyId === null ? null : { ...query, bodyId };
};

/** Meetings in date order, of one body when `body` is given (a body of no meeting lists none). */
export const listMeetings = async (
  deps: MeetingQueryDeps,
  request: MeetingListRequest,
): Promise<Page<MeetingSummary>> => {
  const query = await storeQuery(deps, request);
  return query ? deps.meetings.list(query) : { items: [], next: null };
};

/**
 * A meeting merged from its papers: the agenda's items, and the minutes' attendance and decisions
 * (minutes are the record of what happened, so their attendance wins over any other paper's).
 */
export const getMeeting = async (
  deps: MeetingQueryDeps,
  meetingId: string,
): Promise<MeetingView> => {
  const sources = (await deps.meetings.sources(meetingId)).sort((a, b) =>
    a.paperId.localeCompare(b.paperId),
  );
  const [first] = sources;
  if (!first) throw new NotFoundError(`No meeting has the id "${meetingId}".`);
  const minutes = sources.find((source) => source.roles.includes('minutes'));
  const attendanceSource =
    minutes ?? sources.find((source) => source.attendance.present.length > 0);
  return {
    meetingId,
    body: first.body,
    bodyId: first.bodyId,
    bodySlug: first.bodySlug,
    meetingDate: first.meetingDate,
    meetingTime: sources.find((source) => source.meetingTime)?.meetingTime ?? null,
    venue: sources.find((source) => source.venue)?.venue ?? null,
    council: first.council,
    papers: sources.map((source) => ({
      paperId: source.paperId,
      version: source.paperVersion,
      roles: source.roles,
      documents: source.documents.map(knownEnd),
    })),
    agendaItems: tagged(sources, (source) => source.agendaItems),
    attendance: attendanceSource
      ? { ...attendanceSource.attendance, paperId: attendanceSource.paperId }
      : { present: [], apologies: [], inAttendance: [], substitutes: [], paperId: null },
    declarations: tagged(sources, (source) => source.declarations),
    decisions: tagged(sources, (source) => source.decisions),
    actions: tagged(sources, (source) => source.actions),
    votes: tagged(sources, (source) => source.votes),
    links: {
      self: `/v1/meetings/${meetingId}`,
      body: `/v1/bodies/${first.bodyId}`,
      decisions: `/v1/decisions?body=${first.bodyId}&from=${first.meetingDate}&to=${first.meetingDate}`,
      papers: sources.map(
        (source) => `/v1/papers/${source.paperId}/versions/${source.paperVersion}`,
      ),
    },
  };
};
