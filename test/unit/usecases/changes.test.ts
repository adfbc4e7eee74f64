import { describe, expect, it } from 'vitest';
import { MemoryChangeFeed } from '../../../functions/adapters/memory/memory-change-feed.ts';
import { MemoryVersionStore } from '../../../functions/adapters/memory/memory-version-store.ts';
import { readChanges, reservationLifetimeMs } from '../../../functions/usecases/history/changes.ts';
import { paperVersion } from '../../support/records.ts';

const at = Date.parse('2024-06-01T12:00:00.000Z');

const setup = () => {
  const versions = new MemoryVersionStore();
  const feed = new MemoryChangeFeed();
  const reserve = (id: string, version: number, ageMs = 0) =>
    feed.reserve({ kind: 'paper', id, version, reservedAt: new Date(at - ageMs).toISOString() });
  const commit = async (id: string, version: number, feedSeq: number) => {
    await versions.putIfAbsent(paperVersion({ id, version, feedSeq, current: version }));
  };
  return { deps: { versions, feed, now: () => new Date(at) }, reserve, commit };
};

describe('readChanges', () => {
  it('serves committed versions in feed order, skipping reservations that lost their race', async () => {
    const { deps, reserve, commit } = setup();
    await commit('a', 1, await reserve('a', 1));
    const lost = await reserve('b', 1);
    await commit('b', 1, await reserve('b', 1));
    expect(lost).toBe(2);
    const page = await readChanges(deps, 0, 10);
    expect(page.items.map((change) => [change.seq, change.id, change.version])).toEqual([
      [1, 'a', 1],
      [3, 'b', 1],
    ]);
    expect(page.items[0]).toMatchObject({
      href: '/v1/papers/a/versions/1',
      record: '/v1/papers/a',
      current: { version: 1, status: 'published' },
    });
    expect(page.next).toBe('3');
    expect(await readChanges(deps, 3, 10)).toEqual({ items: [], next: '3' });
  });

  it('holds back at a reservation still being committed, and passes it once it cannot be', async () => {
    const { deps, reserve, commit } = setup();
    await commit('a', 1, await reserve('a', 1));
    await reserve('slow', 1);
    await commit('c', 1, await reserve('c', 1));
    const held = await readChanges(deps, 0, 10);
    expect(held.items.map((change) => change.id)).toEqual(['a']);
    expect(held.next).toBe('1');
    // The slow writer commits: the next poll gets both, in order.
    await commit('slow', 1, 2);
    const resumed = await readChanges(deps, Number(held.next), 10);
    expect(resumed.items.map((change) => change.id)).toEqual(['slow', 'c']);
  });

  it('skips a reservation whose writer died, once no writer could still be running', async () => {
    const { deps, reserve, commit } = setup();
    await reserve('dead', 1, reservationLifetimeMs + 1);
    await commit('a', 1, await reserve('a', 1));
    expect((await readChanges(deps, 0, 10)).items.map((change) => change.id)).toEqual(['a']);
  });

  it('pages by limit without losing or repeating a change', async () => {
    const { deps, reserve, commit } = setup();
    for (const id of ['a', 'b', 'c', 'd', 'e']) await commit(id, 1, await reserve(id, 1));
    const seen: string[] = [];
    let after = 0;
    for (let page = 0; page < 5; page++) {
      const result = await readChanges(deps, after, 2);
      seen.push(...result.items.map((change) => change.id));
      after = Number(result.next);
    }
    expect(seen).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
