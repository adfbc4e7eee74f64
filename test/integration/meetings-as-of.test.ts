import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AnnouncedStack, announcedStack } from '../support/announced-stack.ts';

let harness: AnnouncedStack;
/** When the first minutes and their correction were published. */
let first: string;
let corrected: string;
let meetingId: string;
/** A meeting's body: its id without the date (`<council>--<body>--<date>`). */
const bodyIdOf = (meeting: string) => meeting.replace(/--\d{4}-\d{2}-\d{2}$/, '');

const minutes = (decision: string) =>
  `Licensing Committee\nMinutes\n\nMeeting held on 14 March 2024\n\n1. Taxi fares\nRESOLVED that ${decision}.\n`;

// biome-ignore lint/suspicious/noExplicitAny: assertions read response JSON of many shapes.
type Body = any;

const get = async (path: string): Promise<{ status: number; body: Body }> => {
  const response = await fetch(`${harness.stack.apiUrl}${path}`, {
    headers: { accept: 'application/json' },
  });
  return { status: response.status, body: await response.json() };
};

const asOf = (at: string) => `asOf=${encodeURIComponent(at)}`;
const dayBefore = (iso: string) =>
  new Date(Date.parse(iso) - 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  harness = await announcedStack();
  await harness.upload(
    'uploads/papers/licensing-minutes.txt',
    minutes('the fares be raised by 5%'),
  );
  const v1 = (await get('/v1/papers/licensing-minutes/versions/1')).body;
  await new Promise((resolve) => setTimeout(resolve, 5));
  await harness.upload(
    'uploads/papers/licensing-minutes.txt',
    minutes('the fares be held at this year’s level'),
  );
  const v2 = (await get('/v1/papers/licensing-minutes/versions/2')).body;
  first = v1.publishedAt;
  corrected = v2.publishedAt;
  meetingId = v2.meetingIds[0];
}, 120_000);

afterAll(() => harness.stop());

describe('meetings, bodies and decisions asOf, on the local stack', () => {
  it('answer a meeting as the first minutes recorded it, before their correction', async () => {
    // Prepare
    const justBefore = new Date(Date.parse(corrected) - 1).toISOString();

    // Act
    const then = await get(`/v1/meetings/${meetingId}?${asOf(justBefore)}`);
    const now = await get(`/v1/meetings/${meetingId}`);

    // Assess
    expect(then.status).toBe(200);
    expect(then.body.papers).toMatchObject([{ paperId: 'licensing-minutes', version: 1 }]);
    expect(then.body.decisions.map((decision: Body) => decision.text)).toEqual([
      expect.stringContaining('raised by 5%'),
    ]);
    expect(now.body.decisions.map((decision: Body) => decision.text)).toEqual([
      expect.stringContaining('held at this year’s level'),
    ]);
  });

  it('list the decisions and the decision as they read at the first minutes’ publication', async () => {
    // Prepare
    const query = asOf(first);

    // Act
    const list = await get(`/v1/decisions?body=licensing-committee&${query}`);
    const one = await get(`/v1/decisions/${list.body.items[0]?.id}?${query}`);

    // Assess
    expect(list.body.items.map((decision: Body) => decision.text)).toEqual([
      expect.stringContaining('raised by 5%'),
    ]);
    expect(one.body.text).toContain('raised by 5%');
  });

  it('serve the meeting’s body as it was once its first minutes were published', async () => {
    // Prepare
    const bodyId = bodyIdOf(meetingId);

    // Act
    const body = await get(`/v1/bodies/${bodyId}?${asOf(first)}`);

    // Assess
    expect(body.status).toBe(200);
    expect(body.body.bodyId).toBe(bodyId);
  });

  it('take a plain date as the end of that day, when the meeting was not yet published', async () => {
    // Prepare
    const query = asOf(dayBefore(first));

    // Act
    const [meetings, meeting, bodies, body, decisions] = await Promise.all([
      get(`/v1/meetings?${query}`),
      get(`/v1/meetings/${meetingId}?${query}`),
      get(`/v1/bodies?${query}`),
      get(`/v1/bodies/${bodyIdOf(meetingId)}?${query}`),
      get(`/v1/decisions?${query}`),
    ]);

    // Assess
    expect(meetings.body.items).toEqual([]);
    expect(meeting.status).toBe(404);
    expect(bodies.body.items).toEqual([]);
    expect(body.status).toBe(404);
    expect(decisions.body.items).toEqual([]);
  });

  it('list the meeting and its body once published, on the day of publication', async () => {
    // Prepare
    const query = asOf(first.slice(0, 10));

    // Act
    const meetings = await get(`/v1/meetings?${query}`);
    const bodies = await get(`/v1/bodies?${query}`);

    // Assess
    expect(meetings.body.items.map((meeting: Body) => meeting.meetingId)).toEqual([meetingId]);
    expect(bodies.body.items.map((body: Body) => body.bodySlug)).toEqual(['licensing-committee']);
  });

  it('refuse an asOf that is not a date or an instant, saying what it expects', async () => {
    // Act
    const { status, body } = await get(`/v1/meetings/${meetingId}?asOf=last-tuesday`);

    // Assess
    expect(status).toBe(400);
    expect(JSON.stringify(body.errors)).toContain('2026-12-06T00:00:00Z');
  });
});
