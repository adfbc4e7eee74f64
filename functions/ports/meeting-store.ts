import type { MeetingProjection } from '../domain/papers/meetings.ts';
import type { Page, PageRequest } from './page.ts';

/** A meeting's listing entry: who and when, without the content its papers give. */
export interface MeetingSummary {
  readonly meetingId: string;
  readonly body: string;
  /** The body's council and its own slug: `buckinghamshire-council--cabinet`. */
  readonly bodyId: string;
  readonly bodySlug: string;
  readonly meetingDate: string;
  readonly meetingTime: string | null;
  readonly venue: string | null;
  readonly council: string;
}

export interface MeetingQuery extends PageRequest {
  /** One council's body, by its id (`council--body`). */
  readonly bodyId?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

/**
 * Meetings as projected from papers. A projection is replaced only by a later version of the same
 * paper; a retired one (the paper no longer speaks of the meeting) is kept as an empty marker.
 */
export interface MeetingStore {
  putProjection(projection: MeetingProjection): Promise<void>;
  retire(meetingId: string, paperId: string, paperVersion: number): Promise<void>;
  /** The live projections of one meeting, one per paper. */
  sources(meetingId: string): Promise<MeetingProjection[]>;
  list(query: MeetingQuery): Promise<Page<MeetingSummary>>;
  /** Every body that has met, by id. */
  listBodies(page: PageRequest): Promise<Page<BodySummary>>;
  getBody(bodyId: string): Promise<BodySummary | undefined>;
}

/** A committee, board or council of one council: named as its latest paper names it. */
export interface BodySummary {
  /** `<council slug>--<body slug>`. */
  readonly bodyId: string;
  readonly bodySlug: string;
  readonly body: string;
  readonly council: string;
}
