import type { MeetingProjection } from '../../domain/papers/meetings.ts';
import type {
  BodySummary,
  MeetingQuery,
  MeetingStore,
  MeetingSummary,
} from '../../ports/meeting-store.ts';
import type { PageRequest } from '../../ports/page.ts';
import { byCodeUnits } from './code-units.ts';

/** Meetings in memory, with the same forward-only rule per paper as the DynamoDB adapter. */
export class MeetingMemoryStore implements MeetingStore {
  readonly projections = new Map<
    string,
    MeetingProjection | { retired: true; paperVersion: number }
  >();
  readonly summaries = new Map<string, MeetingSummary>();

  async putProjection(projection: MeetingProjection) {
    const key = `${projection.meetingId}|${projection.paperId}`;
    const existing = this.projections.get(key);
    if (existing && existing.paperVersion > projection.paperVersion) return;
    this.projections.set(key, projection);
    const { meetingId, body, bodyId, bodySlug, meetingDate, meetingTime, venue, council } =
      projection;
    this.summaries.set(meetingId, {
      meetingId,
      body,
      bodyId,
      bodySlug,
      meetingDate,
      meetingTime,
      venue,
      council,
    });
  }

  async retire(meetingId: string, paperId: string, paperVersion: number) {
    const key = `${meetingId}|${paperId}`;
    const existing = this.projections.get(key);
    if (!existing || existing.paperVersion <= paperVersion)
      this.projections.set(key, { retired: true, paperVersion });
    if ((await this.sources(meetingId)).length === 0) this.summaries.delete(meetingId);
  }

  async sources(meetingId: string) {
    return [...this.projections.entries()]
      .filter(([key, value]) => key.startsWith(`${meetingId}|`) && !('retired' in value))
      .map(([, value]) => value as MeetingProjection);
  }

  async list(query: MeetingQuery) {
    const after =
      query.cursor === undefined ? '' : Buffer.from(query.cursor, 'base64url').toString();
    const sortKey = (summary: MeetingSummary) => `${summary.meetingDate}#${summary.meetingId}`;
    const items = [...this.summaries.values()]
      .filter(
        (summary) =>
          (!query.bodyId || summary.bodyId === query.bodyId) &&
          (!query.from || summary.meetingDate >= query.from) &&
          (!query.to || summary.meetingDate <= query.to),
      )
      .filter((summary) => sortKey(summary) > after)
      .sort((a, b) => byCodeUnits(sortKey(a), sortKey(b)));
    const page = items.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page,
      next:
        items.length > query.limit && last
          ? Buffer.from(sortKey(last)).toString('base64url')
          : null,
    };
  }

  async listBodies(page: PageRequest) {
    const bodies = new Map<string, BodySummary>();
    for (const { bodyId, bodySlug, body, council } of this.summaries.values())
      bodies.set(bodyId, { bodyId, bodySlug, body, council });
    const after = page.cursor ?? '';
    const sorted = [...bodies.values()]
      .filter((body) => body.bodyId > after)
      .sort((a, b) => byCodeUnits(a.bodyId, b.bodyId));
    const items = sorted.slice(0, page.limit);
    return {
      items,
      next: sorted.length > page.limit ? (items.at(-1)?.bodyId ?? null) : null,
    };
  }

  async getBody(bodyId: string) {
    const summary = [...this.summaries.values()].find((entry) => entry.bodyId === bodyId);
    return (
      summary && {
        bodyId,
        bodySlug: summary.bodySlug,
        body: summary.body,
        council: summary.council,
      }
    );
  }
}
