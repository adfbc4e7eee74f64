import { datasetOrigin } from '../../domain/datasets/origin.ts';
import { type Claim, claimProblem, type Owned } from '../../domain/history/ownership.ts';
import { recordIdFrom } from '../../domain/identity.ts';
import type { StoredVersion, VersionStore } from '../../ports/version-store.ts';

/** The record an upload says it replaces (`x-amz-meta-replaces`), as an id; `undefined` when none. */
export const replacesOf = (metadata: Readonly<Record<string, string>>): string | undefined => {
  const raw = metadata.replaces?.trim();
  return raw ? recordIdFrom(raw, `x-amz-meta-replaces "${raw}"`) : undefined;
};

/** Where a stored version came from, as ownership sees it. */
export const ownedBy = (version: StoredVersion): Owned => ({
  kind: version.kind,
  id: version.id,
  sourceKey: version.sourceKey,
  ...(version.kind === 'dataset' && { origin: datasetOrigin(version) }),
});

/**
 * Rejects, before any work, an ingest that would silently make a version of a record another key
 * published (see `claimProblem`). The commit checks again against the history it writes on.
 */
export const assertClaim = async (versions: VersionStore, claim: Claim): Promise<void> => {
  const latest = await versions.latest(claim.kind, claim.id);
  const problem = claimProblem(latest && ownedBy(latest), claim);
  if (problem) throw problem;
};
