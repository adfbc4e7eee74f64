import { describe, expect, it } from 'vitest';
import { MeetingMemoryStore } from '../../../functions/adapters/memory/memory-meeting-store.ts';
import { ingestUpload } from '../../../functions/usecases/ingest/ingest-upload.ts';
import { listBodies } from '../../../functions/usecases/meetings/body-queries.ts';
import { listDecisions } from '../../../functions/usecases/meetings/decision-queries.ts';
import { getMeeting, knownEnd } from '../../../functions/usecases/meetings/meeting-queries.ts';
import { meetingsAsOf } from '../../../functions/usecases/meetings/meetings-as-of.ts';
import { memoryDeps, uploadEvent } from '../../support/memory-deps.ts';

const minutes = (decision: string) =>
  `Cabinet\nMinutes\n\nMeeting held on 9 May 2024\n\n1. Budget\nRESOLVED that ${decision}.\n`;

/** Ingests versions of one paper at the times given (no text: its upload deleted), on a clock the test holds. */
const history = async (versions: readonly { at: string; text?: string }[]) => {
  let now = new Date(0);
  const deps = { ...memoryDeps(), now: () => now };
  const key = 'uploads/papers/cabinet-minutes.txt';
  for (const { at, text } of versions) {
    now = new Date(at);
    if (text === undefined) {
      deps.uploads.objects.delete(key);
      await ingestUpload(deps, uploadEvent(key, { eventName: 'ObjectRemoved:Delete' }));
      continue;
    }
    await deps.uploads.put(key, new TextEncoder().encode(text), {
      contentType: 'text/plain',
      metadata: {},
    });
    await ingestUpload(deps, uploadEvent(key));
  }
  const snapshot = { ...deps, meetingSnapshot: () => new MeetingMemoryStore() };
  const [meetingId = ''] =
    (await deps.versions.latest('paper', 'cabinet-minutes'))?.meetingIds ?? [];
  return { deps: snapshot, meetingId };
};

const decisionTexts = async (meetings: Parameters<typeof getMeeting>[0], id: string) =>
  (await getMeeting(meetings, id)).decisions.map((decision) => decision.text);

describe('meetings as the public saw them at an instant', () => {
  it('show the decision the minutes recorded then, not the correction made later', async () => {
    // Prepare
    const { deps, meetingId } = await history([
      { at: '2024-05-10T09:00:00.000Z', text: minutes('the budget be approved') },
      { at: '2024-05-20T09:00:00.000Z', text: minutes('the budget be deferred to June') },
    ]);

    // Act
    const before = await meetingsAsOf(deps, '2024-05-15T23:59:59.999Z', meetingId);
    const after = await meetingsAsOf(deps, '2024-05-20T09:00:00.000Z', meetingId);

    // Assess
    expect(await decisionTexts(before, meetingId)).toEqual([expect.stringContaining('approved')]);
    expect((await getMeeting(before, meetingId)).papers[0]?.version).toBe(1);
    expect(await decisionTexts(after, meetingId)).toEqual([
      expect.stringContaining('deferred to June'),
    ]);
    expect(await decisionTexts(deps, meetingId)).toEqual(await decisionTexts(after, meetingId));
  });

  it('know no meeting, body or decision before the first paper was published', async () => {
    // Prepare
    const { deps, meetingId } = await history([
      { at: '2024-05-10T09:00:00.000Z', text: minutes('the budget be approved') },
    ]);

    // Act
    const then = await meetingsAsOf(deps, '2024-05-09T23:59:59.999Z');

    // Assess
    await expect(getMeeting(then, meetingId)).rejects.toThrow(/No meeting has the id/);
    expect((await listBodies(then, { limit: 10 })).items).toEqual([]);
    expect((await listDecisions(then, { limit: 10 })).items).toEqual([]);
  });

  it('list the bodies and decisions of then across every paper', async () => {
    // Prepare
    const { deps } = await history([
      { at: '2024-05-10T09:00:00.000Z', text: minutes('the budget be approved') },
      { at: '2024-05-20T09:00:00.000Z', text: minutes('the budget be deferred to June') },
    ]);

    // Act
    const then = await meetingsAsOf(deps, '2024-05-10T09:00:00.000Z');
    const decisions = await listDecisions(then, { limit: 10 });
    const bodies = await listBodies(then, { limit: 10 });

    // Assess
    expect(decisions.items.map((decision) => decision.text)).toEqual([
      expect.stringContaining('approved'),
    ]);
    expect(bodies.items.map((body) => body.bodySlug)).toEqual(['cabinet']);
  });

  it('show a meeting while its minutes were published, and not once they were withdrawn', async () => {
    // Prepare
    const { deps, meetingId } = await history([
      { at: '2024-05-10T09:00:00.000Z', text: minutes('the budget be approved') },
      { at: '2024-05-20T09:00:00.000Z' },
    ]);

    // Act
    const published = await meetingsAsOf(deps, '2024-05-19T00:00:00.000Z', meetingId);
    const withdrawn = await meetingsAsOf(deps, '2024-05-21T00:00:00.000Z', meetingId);

    // Assess
    expect(await decisionTexts(published, meetingId)).toHaveLength(1);
    await expect(getMeeting(withdrawn, meetingId)).rejects.toThrow(/No meeting has the id/);
  });

  it('never show the placeholder end line a meeting stored by an earlier version may hold', () => {
    // Prepare
    const stored = { documentType: 'minutes' as const, title: null, startLine: 1 };

    // Act
    const ends = [
      knownEnd({ ...stored, endLine: Number.MAX_SAFE_INTEGER }).endLine,
      knownEnd({ ...stored, endLine: 18 }).endLine,
    ];

    // Assess
    expect(ends).toEqual([null, 18]);
  });
});
