import { planVersion } from '../domain/versioning.ts';
import type { StoredVersion, VersionStore } from '../ports/version-store.ts';

/** Conditional-write attempts before giving up to the queue's retry: each loss means another writer won. */
const maxWriteAttempts = 25;

/**
 * Appends a version unless its bytes equal the latest version's: reads the latest, writes the next
 * number with a conditional put, and on losing that race reads again. The head moves after the
 * version is written, so a crash between the two leaves the head behind, and the retry (which
 * finds the bytes already there) moves it.
 */
export const appendVersion = async <R extends StoredVersion>(
  versions: VersionStore,
  candidate: Omit<R, 'version'>,
  validate: (record: R) => void,
): Promise<{ created: boolean; record: R }> => {
  for (let attempt = 0; attempt < maxWriteAttempts; attempt++) {
    const latest = (await versions.latest(candidate.kind, candidate.id)) as R | undefined;
    const plan = planVersion(latest, candidate.sha256);
    if (plan.action === 'duplicate') {
      await versions.advanceHead(plan.existing);
      return { created: false, record: plan.existing };
    }
    const record = { ...candidate, version: plan.version } as R;
    validate(record);
    if (await versions.putIfAbsent(record)) {
      await versions.advanceHead(record);
      return { created: true, record };
    }
  }
  throw new Error(
    `Gave up appending a version of ${candidate.kind} ${candidate.id} after ${maxWriteAttempts} contended attempts`,
  );
};

/** The ingest outcome of an appended version: accepted when it made one, duplicate when the bytes were there. */
export const versionOutcome = (
  written: { created: boolean; record: StoredVersion },
  facts: { sha256: string; size: number; mediaType: string; reportKey: string | null },
) => ({
  outcome: written.created ? ('accepted' as const) : ('duplicate' as const),
  kind: written.record.kind,
  id: written.record.id,
  version: written.record.version,
  ...facts,
  reason: null,
});
