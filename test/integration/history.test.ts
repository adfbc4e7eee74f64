import { beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../functions/domain/hashing.ts';
import { findChainBreak } from '../../functions/domain/history/chain.ts';
import type { StoredVersion } from '../../functions/ports/version-store.ts';
import { readChanges } from '../../functions/usecases/history/changes.ts';
import { readHistory } from '../../functions/usecases/ingest/commit-version.ts';
import { historyDriver, nextSequencer, paperText } from '../support/history-stack.ts';
import { type TestStack, testStack } from '../support/test-stack.ts';

let stack: TestStack;

beforeAll(async () => {
  stack = await testStack();
});

const allVersions = async (id: string, kind: 'paper' | 'dataset' = 'paper') => {
  const versions: StoredVersion[] = [];
  let cursor: string | undefined;
  do {
    const page = await stack.root.ingest.versions.listVersions(kind, id, { limit: 7, cursor });
    versions.push(...page.items);
    cursor = page.next ?? undefined;
  } while (cursor);
  return versions;
};

const headOf = async (id: string) => {
  let cursor: string | undefined;
  do {
    const page = await stack.root.api.versions.listLatest('paper', { limit: 100, cursor });
    const found = page.items.find((item) => item.id === id);
    if (found) return found;
    cursor = page.next ?? undefined;
  } while (cursor);
  return undefined;
};

describe('exactly-once history under at-least-once delivery, on the local engines', () => {
  it('makes one version of the same event twice, and of the same bytes sent again', async () => {
    const run = historyDriver(stack);
    const key = 'uploads/papers/dup.txt';
    await run.put(key, paperText('first'));
    const event = run.event(key);
    expect(await run.ingest(event)).toMatchObject({ outcome: 'accepted', version: 1 });
    // The same event redelivered reports what it did: it made version 1.
    expect(await run.ingest(event)).toMatchObject({ outcome: 'accepted', version: 1 });
    await run.put(key, paperText('first'));
    expect(await run.ingest(run.event(key))).toMatchObject({ outcome: 'duplicate', version: 1 });
    // Another key takes the record over only by saying so; the same bytes still add nothing.
    await run.put('uploads/papers/dup-copy.txt', paperText('first'), { replaces: 'dup' });
    expect(await run.ingest(run.event('uploads/papers/dup-copy.txt'))).toMatchObject({
      outcome: 'duplicate',
      version: 1,
    });
    expect(await allVersions('dup')).toHaveLength(1);
  });

  it('keeps a late older sequencer as history without moving current back, even at another length', async () => {
    const run = historyDriver(stack);
    const key = 'uploads/papers/late.txt';
    await run.put(key, paperText('newer'));
    // '0A2' pads to '0A20…', later than '0A1FFFFFFF' though shorter.
    expect(await run.ingest(run.event(key, { sequencer: '0A2' }))).toMatchObject({ version: 1 });
    run.tick();
    await run.put(key, paperText('older'));
    const late = run.event(key, { sequencer: '0A1FFFFFFF' });
    expect(await run.ingest(late)).toMatchObject({ outcome: 'accepted', version: 2 });

    const { latest, current } = await readHistory(stack.root.ingest.versions, 'paper', 'late');
    expect(latest).toMatchObject({ version: 2, current: 1, reason: 'correction' });
    expect(current).toMatchObject({ version: 1, sha256: sha256Hex(paperText('newer')) });
    expect(await headOf('late')).toMatchObject({ version: 1 });
    // The late event redelivered is the same event, not a third version.
    expect(await run.ingest(late)).toMatchObject({ outcome: 'accepted', version: 2 });
    expect(await allVersions('late')).toHaveLength(2);
  });

  it('makes 20 consecutive versions of 20 concurrent uploads to one record, with no gap or loss', async () => {
    const run = historyDriver(stack);
    const notes = Array.from({ length: 20 }, (_, index) => `edition ${index}`);
    await run.put('uploads/papers/busy.txt', paperText('first edition'));
    await run.ingest(run.event('uploads/papers/busy.txt'));
    // Distinct keys (the local S3 keeps one object per key), each replacing the one record.
    await Promise.all(
      notes.map((note, index) =>
        run.put(`uploads/papers/busy-${index}.txt`, paperText(note), { replaces: 'busy' }),
      ),
    );
    const events = notes.map((_, index) => run.event(`uploads/papers/busy-${index}.txt`));
    const entries = await Promise.all(events.map((event) => run.ingest(event)));

    expect(entries.every((entry) => entry.outcome === 'accepted')).toBe(true);
    expect(entries.map((entry) => entry.version).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
      Array.from({ length: 20 }, (_, index) => index + 2),
    );
    const versions = await allVersions('busy');
    expect(versions.map((version) => version.version)).toEqual(
      Array.from({ length: 21 }, (_, index) => index + 1),
    );
    expect(new Set(versions.slice(1).map((version) => version.sha256))).toEqual(
      new Set(notes.map((note) => sha256Hex(paperText(note)))),
    );
    expect(versions.every((version) => version.current === version.version)).toBe(true);
    expect(findChainBreak(versions)).toBeNull();
    expect(await headOf('busy')).toMatchObject({ version: 21 });
    // The change feed has each version once, in version order, whatever reservations lost.
    const changes = [];
    let after = 0;
    for (;;) {
      const page = await readChanges(stack.root.api, after, 100);
      changes.push(...page.items.filter((change) => change.id === 'busy'));
      if (Number(page.next) === after) break;
      after = Number(page.next);
    }
    expect(changes.map((change) => change.version)).toEqual(
      Array.from({ length: 21 }, (_, index) => index + 1),
    );
  });
});

describe('withdrawal, on the local engines', () => {
  it('publishes a tombstone when the upload is deleted, keeping the history', async () => {
    const run = historyDriver(stack);
    const key = 'uploads/papers/gone.txt';
    await run.put(key, paperText('to be withdrawn'));
    await run.ingest(run.event(key));
    run.tick();
    await run.remove(key);
    const removal = run.event(key, { eventName: 'ObjectRemoved:Delete' });
    expect(await run.ingest(removal)).toMatchObject({ outcome: 'withdrawn', version: 2 });

    const { current } = await readHistory(stack.root.ingest.versions, 'paper', 'gone');
    expect(current).toMatchObject({
      version: 2,
      reason: 'withdrawal',
      status: 'withdrawn',
      withdrawal: { reason: expect.stringContaining(key), by: 'AWS:OFFICER' },
      sha256: sha256Hex(paperText('to be withdrawn')),
    });
    expect(await headOf('gone')).toMatchObject({ version: 2, status: 'withdrawn' });
    expect(await run.ingest(removal)).toMatchObject({
      outcome: 'skipped',
      reason: { code: 'already-withdrawn' },
    });
    expect(findChainBreak(await allVersions('gone'))).toBeNull();

    await run.put(key, paperText('to be withdrawn'));
    expect(await run.ingest(run.event(key))).toMatchObject({ outcome: 'accepted', version: 3 });
    expect(await stack.root.ingest.versions.get('paper', 'gone', 3)).toMatchObject({
      reason: 'new',
      status: 'published',
    });
  });

  it('withdraws a record named by metadata id, and nothing when a later upload came from another key', async () => {
    const run = historyDriver(stack);
    await run.put('uploads/papers/scan-1.txt', paperText('first'), { id: 'renamed' });
    await run.ingest(run.event('uploads/papers/scan-1.txt'));
    await run.put('uploads/papers/scan-2.txt', paperText('second'), { replaces: 'renamed' });
    await run.ingest(run.event('uploads/papers/scan-2.txt'));

    await run.remove('uploads/papers/scan-1.txt');
    const stale = await run.ingest(
      run.event('uploads/papers/scan-1.txt', { eventName: 'ObjectRemoved:Delete' }),
    );
    expect(stale).toMatchObject({ outcome: 'skipped', reason: { code: 'removed-elsewhere' } });
    await run.remove('uploads/papers/scan-2.txt');
    const removed = await run.ingest(
      run.event('uploads/papers/scan-2.txt', { eventName: 'ObjectRemoved:Delete' }),
    );
    expect(removed).toMatchObject({ outcome: 'withdrawn', id: 'renamed', version: 3 });
  });

  it('ignores a removal older than a re-upload already applied to the key', async () => {
    const run = historyDriver(stack);
    const key = 'uploads/papers/again.txt';
    const removalSequencer = nextSequencer();
    await run.put(key, paperText('back again'));
    await run.ingest(run.event(key));
    const removal = run.event(key, {
      eventName: 'ObjectRemoved:Delete',
      sequencer: removalSequencer,
    });
    expect(await run.ingest(removal)).toMatchObject({
      outcome: 'skipped',
      reason: { code: 'stale-removal' },
    });
    expect(await allVersions('again')).toHaveLength(1);
  });
});
