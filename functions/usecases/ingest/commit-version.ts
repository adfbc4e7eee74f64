import type { RecordKind } from '../../config/areas.ts';
import type { ChangeFeed } from '../../ports/change-feed.ts';
import type { StoredVersion, VersionStore } from '../../ports/version-store.ts';

/** Conditional-write attempts before giving up to the queue's retry: each loss means another writer won. */
const maxWriteAttempts = 40;

/**
 * What a step decided, having read the record's history: stop with a result, or write a version,
 * built (sealed, validated) once its place in the change feed is known.
 */
export type CommitStep<R extends StoredVersion, T> =
  | { readonly done: T }
  | {
      readonly version: number;
      readonly build: (feedSeq: number) => R;
      readonly becomesCurrent: boolean;
      readonly result: (record: R) => T;
    };

export interface CommitStores {
  readonly versions: VersionStore;
  readonly feed: ChangeFeed;
  readonly now: () => Date;
}

/** The highest version and the one the public sees (the same unless the last write came late). */
export const readHistory = async (
  versions: VersionStore,
  kind: RecordKind,
  id: string,
): Promise<{ latest: StoredVersion | undefined; current: StoredVersion | undefined }> => {
  const latest = await versions.latest(kind, id);
  if (!latest || latest.current === latest.version) return { latest, current: latest };
  const current = await versions.get(kind, id, latest.current);
  if (!current)
    throw new Error(`${kind} ${id}: version ${latest.current}, named current, is missing`);
  return { latest, current };
};

/**
 * The one way a version is committed, without transactions: read the highest version, decide,
 * reserve the next place in the change feed, and write version n+1 (naming that place) with a put
 * that succeeds only if no version n+1 exists. Losing that race means another writer committed
 * first: the step runs again on the new history, and the reservation, which no version names, is
 * skipped by feed readers. The head item (which lists serve) is moved after the version and only
 * ever forward; a crash before it moves is repaired by the retry, which finds the version there.
 */
export const commitVersion = async <R extends StoredVersion, T>(
  stores: CommitStores,
  kind: RecordKind,
  id: string,
  step: (latest: R | undefined, current: R | undefined) => Promise<CommitStep<R, T>>,
): Promise<T> => {
  const { versions, feed } = stores;
  for (let attempt = 0; attempt < maxWriteAttempts; attempt++) {
    const { latest, current } = await readHistory(versions, kind, id);
    const decided = await step(latest as R | undefined, current as R | undefined);
    if ('done' in decided) {
      if (latest && current) await versions.advanceHead(current, latest);
      return decided.done;
    }
    // Built once before a feed place is taken, so a record that fails validation (a rejected
    // upload) never leaves a reservation for harvesters to wait on.
    decided.build(1);
    const reservedAt = stores.now().toISOString();
    const seq = await feed.reserve({ kind, id, version: decided.version, reservedAt });
    const record = decided.build(seq);
    if (await versions.putIfAbsent(record)) {
      const shown = decided.becomesCurrent ? record : current;
      if (shown) await versions.advanceHead(shown, record);
      return decided.result(record);
    }
    // Lost the race: back off a little, with jitter, so twenty writers do not collide in step.
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * (attempt + 1)));
  }
  throw new Error(
    `Gave up committing a version of ${kind} ${id} after ${maxWriteAttempts} contended attempts`,
  );
};
