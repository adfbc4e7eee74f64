import { datasetOfRowset, type RowStore } from '../../ports/row-store.ts';
import type { VersionStore } from '../../ports/version-store.ts';

export interface SweepDeps {
  readonly versions: VersionStore;
  readonly rows: RowStore;
}

/** The rowsets some version of a dataset points at (a version's rows are kept with its history). */
const rowsetsOfDataset = async (versions: VersionStore, id: string): Promise<Set<string>> => {
  const kept = new Set<string>();
  let cursor: string | undefined;
  do {
    const page = await versions.listVersions('dataset', id, { limit: 100, cursor });
    for (const version of page.items) kept.add(version.rowset);
    cursor = page.next ?? undefined;
  } while (cursor);
  return kept;
};

/**
 * Deletes the rows no dataset version points at: what an ingest killed between its rows and its
 * version left behind. They were never served (rows are read through a version's rowset). Run
 * while no ingest is in flight, before the queue delivers again: a redelivered upload writes its
 * rows anew. Returns the rowsets swept.
 */
export const sweepOrphanRows = async (deps: SweepDeps): Promise<string[]> => {
  const swept: string[] = [];
  const keptById = new Map<string, Set<string>>();
  for await (const rowset of deps.rows.listRowsets()) {
    const id = datasetOfRowset(rowset);
    let kept = keptById.get(id);
    if (!kept) {
      kept = await rowsetsOfDataset(deps.versions, id);
      keptById.set(id, kept);
    }
    if (kept.has(rowset)) continue;
    await deps.rows.removeRowset(rowset);
    swept.push(rowset);
  }
  return swept;
};
