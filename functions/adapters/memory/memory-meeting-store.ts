import type { MeetingProjection } from '../../domain/papers/meetings.ts';
import type { MeetingQuery, MeetingStore, MeetingSummary } from '../../ports/meeting-store.ts';

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
    const { meetingId, body, bodySlug, meetingDate, meetingTime, venue, council } = projection;
    this.summaries.set(meetingId, {
      meetingId,
      body,
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
  }

  async sources(meetingId: string) {
    return [...this.projections.entries()]
      .filter(([key, value]) => key.startsWith(`${meetingId}|`) && !('retired' in value))
      .map(([, value]) => value as MeetingProjection);
  }

  async list(query: MeetingQuery) {
    const items = [...this.summaries.values()]
      .filter(
        (summary) =>
          (!query.bodySlug || summary.bodySlug === query.bodySlug) &&
          (!query.from || summary.meetingDate >= query.from) &&
          (!query.to || summary.meetingDate <= query.to),
      )
      .sort((a, b) =>
        `${a.meetingDate}${a.meetingId}`.localeCompare(`${b.meetingDate}${b.meetingId}`),
      );
    return { items: items.slice(0, query.limit), next: null };
  }
}
