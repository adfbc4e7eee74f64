import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoMeetingStore } from '../../functions/adapters/dynamo/meeting-store.ts';
import type { MeetingProjection } from '../../functions/domain/papers/meetings.ts';
import { testStack } from '../support/test-stack.ts';

let store: DynamoMeetingStore;

beforeAll(async () => {
  const stack = await testStack();
  store = new DynamoMeetingStore(stack.clients.dynamo, stack.names.meetingsTable);
});

const projection = (overrides: Partial<MeetingProjection>): MeetingProjection => ({
  meetingId: 'westhaven-district-council--cabinet--2023-05-09',
  bodyId: 'westhaven-district-council--cabinet',
  bodySlug: 'cabinet',
  body: 'Cabinet',
  meetingDate: '2023-05-09',
  meetingTime: '19:00',
  venue: null,
  council: 'Westhaven District Council',
  paperId: 'agenda',
  paperVersion: 1,
  roles: ['agenda'],
  documents: [],
  agendaItems: [],
  attendance: { present: [], apologies: [], inAttendance: [], substitutes: [] },
  declarations: [],
  decisions: [],
  actions: [],
  votes: [],
  ...overrides,
});

/** Paper "p"'s projection of the planning meeting of 1 June 2023, at a version. */
const planning = (paperVersion: number) =>
  projection({
    meetingId: 'westhaven-district-council--planning--2023-06-01',
    bodyId: 'westhaven-district-council--planning',
    bodySlug: 'planning',
    body: 'Planning',
    meetingDate: '2023-06-01',
    paperId: 'p',
    paperVersion,
  });

describe('DynamoMeetingStore on dynalite', () => {
  it('keeps one projection per paper, replaced only by a later version of it', async () => {
    await store.putProjection(projection({ paperVersion: 2, roles: ['agenda', 'report'] }));
    await store.putProjection(projection({ paperVersion: 1, roles: ['agenda'] }));
    await store.putProjection(projection({ paperId: 'minutes', roles: ['minutes'] }));
    const sources = await store.sources('westhaven-district-council--cabinet--2023-05-09');
    expect(sources.map((source) => [source.paperId, source.paperVersion, source.roles])).toEqual([
      ['agenda', 2, ['agenda', 'report']],
      ['minutes', 1, ['minutes']],
    ]);
  });

  it('retires a paper from a meeting it no longer speaks of, unless a later version speaks again', async () => {
    await store.putProjection(planning(1));
    await store.retire('westhaven-district-council--planning--2023-06-01', 'p', 2);
    expect(await store.sources('westhaven-district-council--planning--2023-06-01')).toEqual([]);
    await store.retire('westhaven-district-council--planning--2023-06-01', 'p', 1);
    await store.putProjection(planning(3));
    expect(
      (await store.sources('westhaven-district-council--planning--2023-06-01')).map(
        (source) => source.paperVersion,
      ),
    ).toEqual([3]);
  });

  it('lists meetings by date, by body and within a date range, paging with cursors', async () => {
    const local = await testStack();
    const paged = new DynamoMeetingStore(local.clients.dynamo, local.names.meetingsTable);
    const dates = ['2024-01-10', '2024-02-14', '2024-03-13', '2024-04-10'];
    for (const [index, date] of dates.entries()) {
      const body = index % 2 === 0 ? 'Cabinet' : 'Planning Committee';
      const slug = index % 2 === 0 ? 'cabinet' : 'planning-committee';
      await paged.putProjection(
        projection({
          meetingId: `westhaven-district-council--${slug}--${date}`,
          bodyId: `westhaven-district-council--${slug}`,
          bodySlug: slug,
          body,
          meetingDate: date,
          paperId: `p${index}`,
        }),
      );
    }
    const first = await paged.list({ limit: 3 });
    const second = await paged.list({ limit: 3, cursor: first.next ?? undefined });
    expect([...first.items, ...second.items].map((meeting) => meeting.meetingDate)).toEqual(dates);
    expect(second.next).toBeNull();
    expect(
      (await paged.list({ limit: 10, bodyId: 'westhaven-district-council--cabinet' })).items.map(
        (meeting) => meeting.meetingId,
      ),
    ).toEqual([
      'westhaven-district-council--cabinet--2024-01-10',
      'westhaven-district-council--cabinet--2024-03-13',
    ]);
    expect(
      (await paged.list({ limit: 10, from: '2024-02-14', to: '2024-03-13' })).items.map(
        (meeting) => meeting.meetingDate,
      ),
    ).toEqual(['2024-02-14', '2024-03-13']);
  });
});
