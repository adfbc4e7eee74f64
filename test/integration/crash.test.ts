import { beforeAll, describe, expect, it } from 'vitest';
import { findChainBreak } from '../../functions/domain/history/chain.ts';
import { readChanges } from '../../functions/usecases/history/changes.ts';
import type { IngestDeps } from '../../functions/usecases/ingest/outcome.ts';
import { historyDriver, paperText } from '../support/history-stack.ts';
import { type TestStack, testStack } from '../support/test-stack.ts';

let stack: TestStack;

beforeAll(async () => {
  stack = await testStack();
});

class Crash extends Error {}

/** Every call that writes, by store: the points a process could die between. */
const writes: Record<string, readonly string[]> = {
  archive: ['put', 'putSource'],
  rows: ['write'],
  feed: ['reserve'],
  versions: ['putIfAbsent', 'advanceHead', 'pointSource'],
  meetings: ['putProjection', 'retire'],
  log: ['record'],
};

/** The deps, dying at the `at`-th write of any store (counted from 1); `done` says whether it got that far. */
const crashingAt = (deps: IngestDeps, at: number) => {
  let count = 0;
  const wrapped = Object.fromEntries(
    Object.entries(writes).map(([store, methods]) => {
      const target = deps[store as keyof IngestDeps] as object;
      const proxy = new Proxy(target, {
        get(object, property, receiver) {
          const value = Reflect.get(object, property, receiver);
          if (typeof value !== 'function') return value;
          return (...args: unknown[]) => {
            if (methods.includes(String(property)) && ++count === at)
              throw new Crash(`crash before ${store}.${String(property)}`);
            return value.apply(object, args);
          };
        },
      });
      return [store, proxy];
    }),
  );
  return { deps: { ...deps, ...wrapped } as IngestDeps, crashed: () => count >= at };
};

/** Every change the feed serves for one record (the feed is shared by the whole test stack). */
const feedFor = async (kind: 'paper' | 'dataset', id: string) => {
  const found = [];
  let after = 0;
  for (;;) {
    // Reservations left by crashes count as long dead once the clock has moved on.
    const page = await readChanges(
      { ...stack.root.api, now: () => new Date(Date.now() + 3_600_000) },
      after,
      100,
    );
    found.push(...page.items.filter((change) => change.kind === kind && change.id === id));
    if (Number(page.next) === after) return found;
    after = Number(page.next);
  }
};

const versionsOf = async (kind: 'paper' | 'dataset', id: string) =>
  (await stack.root.ingest.versions.listVersions(kind, id, { limit: 100 })).items;

/** Everything a visible version points at exists: nothing is half-published. */
const assertWhole = async (kind: 'paper' | 'dataset', id: string) => {
  const versions = await versionsOf(kind, id);
  expect(findChainBreak(versions)).toBeNull();
  for (const version of versions) {
    const keys =
      version.kind === 'paper'
        ? [version.originalKey, version.textKey, version.extractionKey]
        : [version.originalKey, version.schemaKey, version.reportKey];
    for (const key of keys) expect(await stack.root.ingest.archive.exists(key)).toBe(true);
    if (version.kind === 'dataset') {
      const rows = await stack.root.api.rows.read(version.rowset, { limit: 100, filters: [] });
      expect(rows.items).toHaveLength(version.rowCount);
    }
  }
  return versions;
};

const crashEverywhere = async (
  kind: 'paper' | 'dataset',
  upload: (run: ReturnType<typeof historyDriver>, id: string) => Promise<string>,
) => {
  let points = 0;
  let completed = false;
  for (let at = 1; at < 40 && !completed; at++) {
    const run = historyDriver(stack);
    const id = `crash-${kind}-${at}`;
    const key = await upload(run, id);
    const event = run.event(key);
    const crashing = crashingAt(run.deps, at);
    const before = (await versionsOf(kind, id)).length;
    const first = await run.ingest(event, crashing.deps).catch((error: unknown) => error);
    if (!crashing.crashed()) {
      expect(first).toMatchObject({ outcome: 'accepted' });
      completed = true;
      continue;
    }
    expect(first).toBeInstanceOf(Crash);
    points++;
    // Whatever the crash left is whole: at most the one new version, pointing at stored objects.
    expect((await assertWhole(kind, id)).length - before).toBeLessThanOrEqual(1);

    const retry = await run.ingest(event);
    expect(retry).toMatchObject({ outcome: expect.stringMatching(/accepted|duplicate/) });
    const versions = await assertWhole(kind, id);
    expect(versions).toHaveLength(before + 1);
    const head = await stack.root.api.versions.listLatest(kind, { limit: 100 });
    expect(head.items.find((item) => item.id === id)?.version).toBe(before + 1);
    expect(await stack.root.ingest.versions.sourceRecord(key)).toEqual({ kind, id });
    // The feed serves each committed version once, whatever reservation the crash left behind.
    const changes = await feedFor(kind, id);
    expect(changes.map((change) => change.version)).toEqual(versions.map((v) => v.version));
  }
  // The loop ended because an ingest got past its last write: every write point was tried.
  expect(completed).toBe(true);
  return points;
};

describe('a crash between any two writes, on the local engines', () => {
  it('leaves no partial paper version, and the retry completes it (new and corrected)', async () => {
    const points = await crashEverywhere('paper', async (run, id) => {
      const key = `uploads/papers/${id}.txt`;
      await run.put(key, paperText('first'));
      await run.ingest(run.event(key));
      await run.put(key, paperText('corrected'));
      return key;
    });
    // Original, text, version, head, source pointer, meetings and log at least.
    expect(points).toBeGreaterThanOrEqual(5);
  });

  it('leaves no partial dataset version (rows before the version), and the retry completes it', async () => {
    const points = await crashEverywhere('dataset', async (run, id) => {
      const key = `uploads/datasets/${id}.csv`;
      await run.put(key, `ward,count\nAylesbury,3\n${id},4\n`);
      return key;
    });
    // Original, rows, version, head, source pointer and log (report and schema are shared, so kept once).
    expect(points).toBeGreaterThanOrEqual(6);
  });
});
