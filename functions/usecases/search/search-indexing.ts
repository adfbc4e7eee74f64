import type { RecordKind } from '../../config/areas.ts';
import type { DatasetVersionRecord } from '../../domain/dataset-record.ts';
import type { VersionRecord } from '../../domain/paper-record.ts';
import type { PaperExtraction } from '../../domain/papers/model.ts';
import { groupKey, type SearchDocument } from '../../domain/search/document.ts';
import { emptyShard, replaceGroup, type Shard, shardOf } from '../../domain/search/engine.ts';
import { pack, SearchIndexDamagedError } from '../../domain/search/packed.ts';
import {
  encodeSegment,
  foldAt,
  foldParts,
  layoutOf,
  readPlain,
  removesText,
} from '../../domain/search/parts.ts';
import { datasetDocument, paperDocuments } from '../../domain/search/records.ts';
import type { BlobStore } from '../../ports/blob-store.ts';
import {
  type IndexPart,
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
 * them from each claiming the same part.
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

/** A wait before the next attempt of a write another writer beat, longer each time. */
const backOff = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * 50 * (attempt + 1)));

/** Deletes the parts of a shard that its newest base supersedes (older bases, folded segments). */
const dropStale = async (store: SearchIndexStore, shard: number): Promise<void> => {
  const { stale } = layoutOf(await store.list(shard));
  await Promise.all(stale.map((part) => store.delete(part)));
};

/**
 * Writes a group's documents as the shard's next segment: bytes in proportion to the record, not
 * to the shard. The record's documents are read after the listing, on every attempt, so a segment
 * holds a state no older than any segment before it. A segment whose number a fold has passed
 * (its slot freed by that fold's deletes) may be missing from that base: it is written again.
 * Then, when the documents took text out of search (withdrawn, taken down, redacted) or the shard
 * has `foldAt` segments, the shard is folded, so no part keeps text that search no longer shows.
 */
const appendGroup = async (
  deps: SearchIndexingDeps,
  shard: number,
  group: string,
  documents: () => Promise<SearchDocument[]>,
): Promise<void> => {
  const store = deps.searchIndex;
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const before = layoutOf(await store.list(shard));
    const found = await documents();
    const part: IndexPart = { shard, kind: 'segment', seq: before.lastSeq + 1 };
    if (!(await store.put(part, encodeSegment(group, found), null))) {
      await backOff(attempt);
      continue;
    }
    const after = layoutOf(await store.list(shard));
    if ((after.base?.seq ?? 0) >= part.seq) {
      await store.delete(part);
      continue;
    }
    if (removesText(found) || after.segments.length >= foldAt) await foldUnqueued(deps, shard);
    return;
  }
  throw new SearchIndexContendedError(shard, maxAttempts);
};

/**
 * Folds a shard's base and segments into a new base named by the last segment folded, then
 * deletes what it supersedes. A base that cannot be read (cut short, overwritten) is filled
 * again from the records instead. Two folders at once both write correct bases; the higher wins.
 */
const foldUnqueued = async (deps: SearchIndexingDeps, shard: number): Promise<void> => {
  const store = deps.searchIndex;
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const layout = layoutOf(await store.list(shard));
    if (layout.segments.length === 0) {
      await Promise.all(layout.stale.map((part) => store.delete(part)));
      return;
    }
    const read = await Promise.all(
      [...(layout.base ? [layout.base] : []), ...layout.segments].map((part) => store.get(part)),
    );
    // A part gone since the listing: another writer folded it; look again.
    if (read.some((stored) => stored === undefined)) continue;
    const bytes = read.map((stored) => (stored as { bytes: Uint8Array }).bytes);
    let folded: Uint8Array;
    try {
      folded = pack(foldParts(bytes.map(readPlain)));
    } catch (error) {
      if (!(error instanceof SearchIndexDamagedError)) throw error;
      const index = emptyShard();
      await fillShard(deps, index, (await groupsByShard(deps)).get(shard) ?? []);
      folded = pack(index.toJSON());
    }
    const part: IndexPart = { shard, kind: 'base', seq: layout.lastSeq };
    if (await store.put(part, folded, null)) {
      await dropStale(store, shard);
      return;
    }
    await backOff(attempt);
  }
  throw new SearchIndexContendedError(shard, maxAttempts);
};

/** Folds a shard's segments into its base now (see `foldUnqueued`). */
export const foldShard = (deps: SearchIndexingDeps, shard: number): Promise<void> =>
  serialised(deps.searchIndex, shard, () => foldUnqueued(deps, shard));

/**
 * Writes a shard's base afresh from the groups `fill` puts in it, superseding every part listed
 * before (the records are read after the listing), then deletes them.
 */
const replaceShard = (
  deps: SearchIndexingDeps,
  shard: number,
  fill: (index: Shard) => Promise<void>,
): Promise<void> =>
  serialised(deps.searchIndex, shard, async () => {
    const store = deps.searchIndex;
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
      const layout = layoutOf(await store.list(shard));
      const index = emptyShard();
      await fill(index);
      const part: IndexPart = { shard, kind: 'base', seq: layout.lastSeq };
      const same = layout.base?.seq === layout.lastSeq ? layout.base.etag : null;
      if (await store.put(part, pack(index.toJSON()), same)) {
        await dropStale(store, shard);
        return;
      }
      await backOff(attempt);
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
 * text and decisions replace the old, a withdrawn or exempt one's go (at once: the segment
 * supersedes them, and the fold it sets off deletes every part that held them). Idempotent: a
 * retried ingest runs it again.
 */
export const indexRecord = async (
  deps: SearchIndexingDeps,
  kind: RecordKind,
  id: string,
): Promise<void> => {
  const group = groupKey(kind, id);
  const shard = shardOf(group, deps.searchShards);
  await serialised(deps.searchIndex, shard, () =>
    appendGroup(deps, shard, group, () => documentsOf(deps, kind, id)),
  );
};

/** Whether a dataset is a paper's table: it is indexed with its paper, not on its own. */
export const isPaperTable = (record: DatasetVersionRecord): boolean =>
  record.source?.startsWith('/v1/papers/') ?? false;

/**
 * Builds the whole index again from the current versions of every record, one shard at a time: for
 * a new deployment, after a change of layout, or when the index was lost. Safe beside ingests (each
 * shard's base is a conditional write superseding only the parts listed before it, and an ingest
 * writes its record's segment after).
 */
export const rebuildSearchIndex = async (deps: SearchIndexingDeps): Promise<number> => {
  const groups = await groupsByShard(deps);
  let documents = 0;
  for (let shard = 0; shard < deps.searchShards; shard++) {
    let filled = 0;
    await replaceShard(deps, shard, async (index) => {
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
