import { decisionKeys } from '../../domain/decision-ids.ts';
import { InvalidRequestError, NotFoundError } from '../../domain/errors.ts';
import { fold } from '../../domain/record-filter.ts';
import type { Page } from '../../ports/page.ts';
import {
  getMeeting,
  type MeetingListRequest,
  type MeetingQueryDeps,
  type MeetingView,
  storeQuery,
} from './meeting-queries.ts';

/** One decision of a meeting, with everything it relates to, by id and URL. */
export interface DecisionView {
  /**
   * The meeting's id and a key from the decision's content, not its place (see `decisionKeys`):
   * `<meeting id>.item-<item>-<hash>`, so a corrected minutes version keeps the ids it shares.
   */
  readonly id: string;
  readonly meetingId: string;
  readonly meetingDate: string;
  readonly body: string;
  readonly bodyId: string;
  readonly bodySlug: string;
  /** The agenda item it settles, as the paper numbers it. */
  readonly item: string | null;
  readonly text: string;
  readonly paperId: string;
  readonly line: number;
  readonly links: {
    readonly self: string;
    readonly meeting: string;
    readonly paper: string;
    readonly body: string;
  };
}

const decisionsOf = (meeting: MeetingView): DecisionView[] => {
  const keys = decisionKeys(meeting.decisions);
  return meeting.decisions.map((decision, index) => {
    const id = `${meeting.meetingId}.${keys[index]}`;
    return {
      id,
      meetingId: meeting.meetingId,
      meetingDate: meeting.meetingDate,
      body: meeting.body,
      bodyId: meeting.bodyId,
      bodySlug: meeting.bodySlug,
      item: decision.item,
      text: decision.text,
      paperId: decision.paperId,
      line: decision.line,
      links: {
        self: `/v1/decisions/${id}`,
        meeting: `/v1/meetings/${meeting.meetingId}`,
        paper: `/v1/papers/${decision.paperId}`,
        body: `/v1/bodies/${meeting.bodyId}`,
      },
    };
  });
};

/** The cursor: which meeting page to read next, and how many of its decisions were served. */
interface Position {
  readonly meetings?: string;
  readonly served: number;
}

const encode = (position: Position) => Buffer.from(JSON.stringify(position)).toString('base64url');

const decode = (cursor: string | undefined): Position => {
  if (cursor === undefined) return { served: 0 };
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Position;
    if (Number.isInteger(parsed.served) && parsed.served >= 0) return parsed;
  } catch {
    // Falls through to the error below.
  }
  throw new InvalidRequestError('The cursor is not one this list issued.', [
    { where: 'query.cursor', message: 'use the `next` value of the previous page unchanged' },
  ]);
};

/**
 * Decisions across meetings, in meeting date order, filtered like meetings (body, date range).
 * Meetings are read one at a time, so a page can end in the middle of a meeting's decisions and
 * the next resume there.
 */
export const listDecisions = async (
  deps: MeetingQueryDeps,
  request: MeetingListRequest & { readonly q?: string },
): Promise<Page<DecisionView>> => {
  const query = await storeQuery(deps, request);
  if (!query) return { items: [], next: null };
  const needle = request.q && fold(request.q);
  const wantedOf = (decisions: DecisionView[]) =>
    needle
      ? decisions.filter((decision) =>
          [decision.text, decision.item].some((text) => text && fold(text).includes(needle)),
        )
      : decisions;
  let position = decode(query.cursor);
  const items: DecisionView[] = [];
  for (let read = 0; read < 200 && items.length < query.limit; read++) {
    const page = await deps.meetings.list({ ...query, limit: 1, cursor: position.meetings });
    const meeting = page.items[0];
    if (!meeting) return { items, next: null };
    const decisions = wantedOf(
      decisionsOf(
        // A meeting whose papers went while this page was read has no decisions to give.
        await getMeeting(deps, meeting.meetingId).catch((error: unknown) => {
          if (error instanceof NotFoundError) return { decisions: [] } as unknown as MeetingView;
          throw error;
        }),
      ),
    );
    const wanted = decisions.slice(position.served, position.served + query.limit - items.length);
    items.push(...wanted);
    const served = position.served + wanted.length;
    if (served < decisions.length) return { items, next: encode({ ...position, served }) };
    if (!page.next) return { items, next: null };
    position = { meetings: page.next, served: 0 };
  }
  return { items, next: encode(position) };
};

/** The meeting a decision id belongs to: what comes before its first dot. */
export const meetingOfDecision = (id: string): string => id.slice(0, Math.max(0, id.indexOf('.')));

/** A decision by its id: `<meeting id>.<key>`. */
export const getDecision = async (deps: MeetingQueryDeps, id: string): Promise<DecisionView> => {
  const meetingId = meetingOfDecision(id);
  if (!meetingId) throw new NotFoundError(`No decision has the id "${id}".`);
  const decision = decisionsOf(await getMeeting(deps, meetingId)).find(
    (candidate) => candidate.id === id,
  );
  if (!decision)
    throw new NotFoundError(
      `Meeting "${meetingId}" has no decision "${id}"; see /v1/meetings/${meetingId} for its decisions.`,
    );
  return decision;
};
