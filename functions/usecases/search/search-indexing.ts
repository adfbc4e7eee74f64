import type { RecordKind } from '../../config/areas.ts';
import type { DatasetVersionRecord } from '../../domain/dataset-record.ts';
import type { VersionRecord } from '../../domain/paper-record.ts';
import type { PaperExtraction } from '../../domain/papers/model.ts';
import { groupKey, type SearchDocument } from '../../domain/search/document.ts';
import {
  decodeShard,
  emptyShard,
  encodeShard,
  replaceGroup,
  type Shard,
  shardOf,
} from '../../domain/search/engine.ts';
import { SearchIndexDamagedError } from '../../domain/search/packed.ts';
import { datasetDocument, paperDocuments } from '../../domain/search/records.ts';
import type { BlobStore } from '../../ports/blob-store.ts';
import {
  SearchIndexContendedError,
  type SearchIndexStore,
} from '../../ports/search-index-store.ts';
import type { VersionStore } from '../../ports/version-store.ts';
import { readArchived } from '../history/read-archived.ts';
import { readHistory } from '../ingest/commit-version.ts';
import { tableDatasetPrefix } from '../ingest/publish-paper-tables.ts';
import { takedownOf } from '../withdrawal/takedown-notice.ts';

/** What keeping the index up to date reads and writes. */
export interface SearchIndexingDeps {
  readonly versions: VersionStore;
  readonly archive: BlobStore;
  readonly searchIndex: SearchIndexStore;
  readonly searchShards: number;
  /** The deployment's council, for papers stored before ingest recorded one (see IngestDeps). */
  readonly council: string;
}

const maxAttempts = 20;

/**
 * Writers in this process, one at a time per shard: a batch's messages are ingested concurrently,
 * and where the store cannot refuse a stale write (the local stand-in), this is what keeps two of
 * them from each writing a shard without the other's change.
 */
const queues = new WeakMap<SearchIndexStore, Map<number, Promise<unknown>>>();
const serialised = <T>(store: SearchIndexStore, shard: number, work: () => Promise<T>) => {
  const mine = queues.get(store) ?? new Map<number, Promise<unknown>>();
  queues.set(store, mine);
  const run = (mine.get(shard) ?? Promise.resolve()).then(work, work);
  mine.set(
    shard,
    run.catch(() => undefined),
  );
  return run;
};

/** A shard as read for an update, and whether it had to start empty because it was unreadable. */
const readForUpdate = (bytes: Uint8Array | undefined): { index: Shard; damaged: boolean } => {
  if (!bytes) return { index: emptyShard(), damaged: false };
  try {
    return { index: decodeShard(bytes), damaged: false };
  } catch (error) {
    if (error instanceof SearchIndexDamagedError) return { index: emptyShard(), damaged: true };
    throw error;
  }
};

/**
 * Reads a shard, lets `change` edit it, and writes it back (packed) if nobody else wrote it
 * meanwhile; otherwise reads again and retries (with jitter), up to a limit. A shard of the
 * previous format is read and written back packed; an unreadable one (cut short, overwritten)
 * reaches `change` empty with `damaged` set, for it to fill again from the records.
 */
export const updateShard = (
  store: SearchIndexStore,
  shard: number,
  change: (index: Shard, damaged: boolean) => Promise<void>,
): Promise<void> =>
  serialised(store, shard, async () => {
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
      const stored = await store.get(shard);
      const { index, damaged } = readForUpdate(stored?.bytes);
      await change(index, damaged);
      if (await store.put(shard, encodeShard(index), stored?.etag ?? null)) return;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 50 * (attempt + 1)));
    }
    throw new SearchIndexContendedError(shard, maxAttempts);
  });

/** A paper's tables that are published now: they are found, and go, with the paper. */
const publishedTables = async (versions: VersionStore, paperId: string) => {
  const prefix = tableDatasetPrefix(paperId);
  const tables: DatasetVersionRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await versions.listLatest('dataset', { limit: 100, cursor }, { idPrefix: prefix });
    for (const table of page.items)
      if (/^\d+$/.test(table.id.slice(prefix.length)) && table.status === 'published')
        tables.push(table as DatasetVersionRecord);
    cursor = page.next ?? undefined;
  } while (cursor);
  return tables;
};

/** The documents a record's current version gives the index: none when withdrawn or exempt. */
export const documentsOf = async (
  deps: Omit<SearchIndexingDeps, 'searchIndex' | 'searchShards'>,
  kind: RecordKind,
  id: string,
): Promise<SearchDocument[]> => {
  const { current } = await readHistory(deps.versions, kind, id);
  if (current?.status !== 'published') return [];
  if (current.kind === 'dataset') return [datasetDocument(current as DatasetVersionRecord)];
  const paper = current as VersionRecord;
  // An exempt paper, or one whose current version was taken down, gives search nothing to serve.
  if (paper.exempt || (await takedownOf(deps.archive, kind, id, paper.version))) return [];
  const [text, extraction, tables] = await Promise.all([
    readArchived(deps.archive, paper, paper.textKey),
    readArchived(deps.archive, paper, paper.extractionKey),
    publishedTables(deps.versions, id),
  ]);
  return paperDocuments(
    paper,
    JSON.parse(extraction) as PaperExtraction,
    text,
    tables,
    paper.council ?? deps.council,
  );
};

/**
 * Brings a record's documents in the index up to its current version: a new or corrected paper's
 * text and decisions replace the old, a withdrawn or exempt one's go. The current version is read
 * after the shard, on every attempt, so whichever writer writes last wrote what was current then.
 * Idempotent: a retried ingest runs it again.
 */
export const indexRecord = async (
  deps: SearchIndexingDeps,
  kind: RecordKind,
  id: string,
): Promise<void> => {
  const group = groupKey(kind, id);
  const shard = shardOf(group, deps.searchShards);
  await updateShard(deps.searchIndex, shard, async (index, damaged) => {
    if (damaged) await fillShard(deps, index, (await groupsByShard(deps)).get(shard) ?? []);
    else replaceGroup(index, group, await documentsOf(deps, kind, id));
  });
};

/** Whether a dataset is a paper's table: it is indexed with its paper, not on its own. */
export const isPaperTable = (record: DatasetVersionRecord): boolean =>
  record.source?.startsWith('/v1/papers/') ?? false;

/**
 * Builds the whole index again from the current versions of every record, one shard at a time: for
 * a new deployment, after a change of layout, or when the index was lost. Safe beside ingests (each
 * shard is a conditional write, and an ingest rewrites its record's group after).
 */
export const rebuildSearchIndex = async (deps: SearchIndexingDeps): Promise<number> => {
  const groups = await groupsByShard(deps);
  let documents = 0;
  for (let shard = 0; shard < deps.searchShards; shard++) {
    let filled = 0;
    await updateShard(deps.searchIndex, shard, async (index) => {
      filled = await fillShard(deps, index, groups.get(shard) ?? []);
    });
    documents += filled;
  }
  return documents;
};

type Group = { readonly kind: RecordKind; readonly id: string };

/** Every record's group, by the shard it belongs to. */
const groupsByShard = async (deps: SearchIndexingDeps): Promise<Map<number, Group[]>> => {
  const groups = new Map<number, Group[]>();
  for (const kind of ['paper', 'dataset'] as const) {
    let cursor: string | undefined;
    do {
      const page = await deps.versions.listLatest(kind, { limit: 100, cursor });
      for (const record of page.items) {
        if (record.kind === 'dataset' && isPaperTable(record as DatasetVersionRecord)) continue;
        const shard = shardOf(groupKey(kind, record.id), deps.searchShards);
        const group = groups.get(shard) ?? [];
        if (group.length === 0) groups.set(shard, group);
        group.push({ kind, id: record.id });
      }
      cursor = page.next ?? undefined;
    } while (cursor);
  }
  return groups;
};

/** Puts the groups' current documents in a shard; returns how many documents that was. */
const fillShard = async (
  deps: SearchIndexingDeps,
  index: Shard,
  groups: readonly Group[],
): Promise<number> => {
  let documents = 0;
  for (const { kind, id } of groups) {
    const found = await documentsOf(deps, kind, id);
    replaceGroup(index, groupKey(kind, id), found);
    documents += found.length;
  }
  return documents;
};
