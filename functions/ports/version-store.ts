import type { RecordKind } from '../config/areas.ts';
import type { DatasetVersionRecord } from '../domain/dataset-record.ts';
import type { ChangeFacet } from '../domain/history/last-change.ts';
import type { VersionRecord } from '../domain/paper-record.ts';
import type { RecordFilter } from '../domain/record-filter.ts';
import type { Page, PageRequest } from './page.ts';

/**
 * Versions of records. Every write is a single-item conditional write, so the same design runs on
 * DynamoDB and on the local stand-in, which has no transactions.
 */
/** A stored version of either kind of record. */
export type StoredVersion = VersionRecord | DatasetVersionRecord;
/** The version type of a kind. */
export type VersionOf<K extends RecordKind> = K extends 'paper'
  ? VersionRecord
  : DatasetVersionRecord;

/** The last link of a record's chain: its highest version and that version's chain hash. */
export interface ChainHead {
  readonly version: number;
  readonly chainHash: string;
}

export interface RecordChainHead extends ChainHead {
  readonly kind: RecordKind;
  readonly id: string;
}

export interface ListOptions {
  /** Only records whose id starts with this. */
  readonly idPrefix?: string;
  /** Only records whose current version passes this; a page may then read past many others. */
  readonly filter?: RecordFilter;
}

export interface VersionStore {
  /**
   * The highest version of a record, read consistently, or `undefined` for a new record. It is
   * the record's newest commit; the version the public sees is the one it names `current`.
   */
  latest<K extends RecordKind>(kind: K, id: string): Promise<VersionOf<K> | undefined>;
  /** Writes a version unless one with that number exists; `false` means another writer got there first. */
  putIfAbsent(record: StoredVersion): Promise<boolean>;
  /**
   * Moves the record's head (what lists serve) to show `current` as of the `committed` version,
   * whose chain hash it keeps as the record's chain head; a head already at that version or a
   * later one stays, so it never moves back. It also keeps the newest change (`changedAt`) any
   * head of the record's facet has shown, which only ever moves forward.
   */
  advanceHead(current: StoredVersion, committed: ChainHead): Promise<void>;
  /**
   * The newest change any head of a facet has shown (see `advanceHead`): one read, however many
   * records there are; `undefined` when none was kept (no head moved since the value was added).
   */
  lastChange(facet: ChangeFacet): Promise<string | undefined>;
  /** Every record's chain head of a kind, in id order: what digests vouch for. */
  listChainHeads(kind: RecordKind, page: PageRequest): Promise<Page<RecordChainHead>>;
  get<K extends RecordKind>(
    kind: K,
    id: string,
    version: number,
  ): Promise<VersionOf<K> | undefined>;
  listVersions<K extends RecordKind>(
    kind: K,
    id: string,
    page: PageRequest,
  ): Promise<Page<VersionOf<K>>>;
  /** The current version of every record of a kind, in id order, narrowed by `options`. */
  listLatest<K extends RecordKind>(
    kind: K,
    page: PageRequest,
    options?: ListOptions,
  ): Promise<Page<VersionOf<K>>>;
  /**
   * Notes which record an upload key last published, so that deleting the upload can withdraw it
   * even when the record's id came from the upload's metadata rather than its key.
   */
  pointSource(sourceKey: string, kind: RecordKind, id: string): Promise<void>;
  sourceRecord(sourceKey: string): Promise<{ kind: RecordKind; id: string } | undefined>;
  /**
   * Records that an S3 event for a key was applied to a record without making a version (its
   * bytes were already current), so an older event for that key arriving later still loses.
   * Keeps only the highest sequencer.
   */
  noteApplied(kind: RecordKind, id: string, sourceKey: string, sequencer: string): Promise<void>;
  /** The highest sequencer noted for a key by `noteApplied`. */
  notedApplied(kind: RecordKind, id: string, sourceKey: string): Promise<string | undefined>;
}
