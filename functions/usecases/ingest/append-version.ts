import { seal } from '../../domain/history/chain.ts';
import type { ChainFacts, HistoryFacts } from '../../domain/history/facts.ts';
import { type Claim, claimProblem } from '../../domain/history/ownership.ts';
import { type PlannedFacts, planUpload, withNoted } from '../../domain/history/plan.ts';
import type { StoredVersion, VersionStore } from '../../ports/version-store.ts';
import { ownedBy } from './claim.ts';
import { type CommitStores, commitVersion } from './commit-version.ts';

/** A version's content: what an ingest extracted, before the history gives it a number and a link. */
export type VersionContent<R extends StoredVersion> = Omit<R, 'version' | keyof HistoryFacts>;

export type AppendDeps = CommitStores;

/**
 * Appends an upload to its record's history, once: the same event again, or the bytes already
 * current, add nothing; an event older than one already applied for its key is kept as history
 * but does not become current.
 */
export const appendVersion = <R extends StoredVersion>(
  deps: AppendDeps,
  content: VersionContent<R>,
  validate: (record: R) => void,
  /** Who may write this record, checked on the history the version is written on; none for a package's resources. */
  claim: Claim | undefined,
) =>
  commitVersion<R, { created: boolean; made: boolean; record: R }>(
    deps,
    content.kind,
    content.id,
    async (latest, current) => {
      const problem = claim && claimProblem(latest && ownedBy(latest), claim);
      if (problem) throw problem;
      const now = deps.now().toISOString();
      const noted = latest
        ? await deps.versions.notedApplied(content.kind, content.id, content.sourceKey)
        : undefined;
      const plan = planUpload(withNoted(latest, content.sourceKey, noted), current, content, now);
      if (plan.action === 'duplicate') {
        if (plan.note && content.sequencer !== null)
          await deps.versions.noteApplied(
            content.kind,
            content.id,
            content.sourceKey,
            content.sequencer,
          );
        const record =
          plan.version === current?.version ? current : await existing(deps, content, plan.version);
        return { done: { created: false, made: madeBy(record, content), record: record as R } };
      }
      if (plan.late) {
        const redelivered = await findFromSource(deps.versions, content);
        if (redelivered)
          return {
            done: { created: false, made: madeBy(redelivered, content), record: redelivered as R },
          };
      }
      return {
        version: plan.version,
        build: (feedSeq) => {
          const record = sealed<R>(content, plan.version, { ...plan.facts, feedSeq }, latest);
          validate(record);
          return record;
        },
        becomesCurrent: !plan.late,
        result: (record) => ({ created: true, made: true, record }),
      };
    },
  );

const existing = async (
  deps: AppendDeps,
  content: { kind: StoredVersion['kind']; id: string },
  version: number,
) => {
  const record = await deps.versions.get(content.kind, content.id, version);
  if (!record) throw new Error(`Version ${version} of ${content.kind} ${content.id} is missing`);
  return record;
};

export const sealed = <R extends StoredVersion>(
  content: object,
  version: number,
  facts: PlannedFacts & { readonly feedSeq: number },
  previous: ChainFacts | undefined,
): R => seal<R>({ ...content, version, ...facts } as Omit<R, keyof ChainFacts>, previous);

/**
 * A late event may be a redelivery of one applied long ago: it is, when a version from the same
 * key holds the same bytes. Read only on this rare path, so no index of events is kept.
 */
const findFromSource = async (
  versions: VersionStore,
  content: Pick<StoredVersion, 'kind' | 'id' | 'sourceKey' | 'sha256'>,
): Promise<StoredVersion | undefined> => {
  let cursor: string | undefined;
  do {
    const page = await versions.listVersions(content.kind, content.id, { limit: 100, cursor });
    const found = page.items.find(
      (version) =>
        version.sourceKey === content.sourceKey &&
        version.sha256 === content.sha256 &&
        version.status === 'published',
    );
    if (found) return found;
    cursor = page.next ?? undefined;
  } while (cursor);
  return undefined;
};

/**
 * Whether a version is the one this very event made: a redelivery of an event that was applied
 * (before a crash cut its ingest short) finds it, and is reported as what it was, accepted.
 */
const madeBy = (
  version: StoredVersion | undefined,
  content: Pick<StoredVersion, 'sourceKey' | 'sequencer'>,
): boolean =>
  version !== undefined &&
  content.sequencer !== null &&
  version.sequencer === content.sequencer &&
  version.sourceKey === content.sourceKey;

/**
 * The ingest outcome of an appended version: accepted when this event made it (now, or before a
 * redelivery), duplicate when the bytes were there already.
 */
export const versionOutcome = (
  written: { made: boolean; record: StoredVersion },
  facts: { sha256: string; size: number; mediaType: string; reportKey: string | null },
) => ({
  outcome: written.made ? ('accepted' as const) : ('duplicate' as const),
  kind: written.record.kind,
  id: written.record.id,
  version: written.record.version,
  ...facts,
  reason: null,
});
