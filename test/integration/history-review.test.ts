import { beforeAll, describe, expect, it } from 'vitest';
import type { VersionRecord } from '../../functions/domain/paper-record.ts';
import { readHistory } from '../../functions/usecases/ingest/commit-version.ts';
import { listDecisions } from '../../functions/usecases/meetings/decision-queries.ts';
import { withdrawRecord } from '../../functions/usecases/withdrawal/withdraw.ts';
import { historyDriver } from '../support/history-stack.ts';
import { type TestStack, testStack } from '../support/test-stack.ts';

let stack: TestStack;

beforeAll(async () => {
  stack = await testStack();
});

const minutes = (date: string, decision: string) =>
  `Minutes of the Licensing Committee\n\nMeeting held on ${date}\n\nPresent: Cllr A Smith\n\n1. Premises licence\n\nRESOLVED: That ${decision}.\n`;

const statusOf = async (id: string) =>
  (await readHistory(stack.root.ingest.versions, 'paper', id)).current as VersionRecord | undefined;

describe('events that add no version still order later ones, on the local engines', () => {
  it('ignores a removal older than a re-upload of the same bytes', async () => {
    const run = historyDriver(stack);
    const key = 'uploads/papers/same-bytes.txt';
    await run.put(key, minutes('1 May 2024', 'the licence be granted'));
    await run.ingest(run.event(key, { sequencer: '0B01' }));
    // Delete (0B02), then re-upload the same bytes (0B03); S3 delivers the re-upload first.
    expect(await run.ingest(run.event(key, { sequencer: '0B03' }))).toMatchObject({
      outcome: 'duplicate',
    });
    const removal = await run.ingest(
      run.event(key, { sequencer: '0B02', eventName: 'ObjectRemoved:Delete' }),
    );
    expect(removal).toMatchObject({ outcome: 'skipped', reason: { code: 'stale-removal' } });
    expect(await statusOf('same-bytes')).toMatchObject({ version: 1, status: 'published' });
  });

  it('keeps an older upload late when a newer one of the current bytes came first', async () => {
    const run = historyDriver(stack);
    const key = 'uploads/papers/back-and-forth.txt';
    await run.put(key, minutes('2 May 2024', 'x'));
    await run.ingest(run.event(key, { sequencer: '0C01' }));
    await run.ingest(run.event(key, { sequencer: '0C03' }));
    await run.put(key, minutes('2 May 2024', 'y'));
    expect(await run.ingest(run.event(key, { sequencer: '0C02' }))).toMatchObject({ version: 2 });
    expect(await statusOf('back-and-forth')).toMatchObject({ version: 1 });
  });
});

describe('withdrawn papers stay out of meetings and decisions, on the local engines', () => {
  it('does not bring a withdrawn paper back when its upload event is redelivered', async () => {
    const run = historyDriver(stack);
    const key = 'uploads/papers/licence.txt';
    await run.put(key, minutes('3 May 2024', 'the secret plan'));
    const event = run.event(key);
    await run.ingest(event);
    const meetingId = (await statusOf('licence'))?.meetingIds[0] ?? '';
    expect((await stack.root.api.meetings.sources(meetingId)).length).toBe(1);
    await withdrawRecord(run.deps, 'paper', 'licence', null, {
      reason: 'Published in error',
      by: 'officer',
      at: '2024-06-01T10:00:00.000Z',
    });
    await run.ingest(event);
    expect(await stack.root.api.meetings.sources(meetingId)).toEqual([]);
    // The meeting has left the lists, and decisions still list without it.
    const listed = await stack.root.api.meetings.list({ limit: 100 });
    expect(listed.items.map((meeting) => meeting.meetingId)).not.toContain(meetingId);
    const decisions = await listDecisions(stack.root.api, { limit: 100 });
    expect(decisions.items.map((decision) => decision.meetingId)).not.toContain(meetingId);
  });

  it('finishes a withdrawal on retry after a crash before the meetings were retired', async () => {
    const run = historyDriver(stack);
    const key = 'uploads/papers/licence-two.txt';
    await run.put(key, minutes('4 May 2024', 'the plan'));
    await run.ingest(run.event(key));
    const meetingId = (await statusOf('licence-two'))?.meetingIds[0] ?? '';
    const crashing = {
      ...run.deps,
      meetings: Object.assign(Object.create(run.deps.meetings), {
        retire: async () => {
          throw new Error('crash before retiring');
        },
      }),
    };
    const withdrawal = { reason: 'Wrong meeting', by: 'officer', at: '2024-06-01T10:00:00.000Z' };
    await expect(
      withdrawRecord(crashing, 'paper', 'licence-two', null, withdrawal),
    ).rejects.toThrow('crash');
    expect((await stack.root.api.meetings.sources(meetingId)).length).toBe(1);
    const retry = await withdrawRecord(run.deps, 'paper', 'licence-two', null, withdrawal);
    expect(retry).toMatchObject({ outcome: 'skipped', code: 'already-withdrawn' });
    expect(await stack.root.api.meetings.sources(meetingId)).toEqual([]);
  });

  it('dates a late removal by its commit, so harvesters polling by time still see it', async () => {
    const run = historyDriver(stack);
    const key = 'uploads/papers/late-removal.txt';
    await run.put(key, minutes('5 May 2024', 'y'));
    await run.ingest(run.event(key));
    const deletedAt = run.tick();
    const removal = run.event(key, { eventName: 'ObjectRemoved:Delete' });
    const committedAt = run.tick(5 * 60_000);
    await run.ingest(removal);
    const tombstone = await statusOf('late-removal');
    expect(tombstone).toMatchObject({ status: 'withdrawn', publishedAt: committedAt });
    expect(tombstone?.withdrawal?.at).toBe(removal.eventTime);
    expect(deletedAt < committedAt).toBe(true);
  });
});
