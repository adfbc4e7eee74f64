import type { RecordKind } from '../config/areas.ts';
import type { DatasetVersionRecord } from '../domain/dataset-record.ts';
import type { VersionRecord } from '../domain/paper-record.ts';
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

export interface VersionStore {
  /** The highest version of a record, read consistently, or `undefined` for a new record. */
  latest<K extends RecordKind>(kind: K, id: string): Promise<VersionOf<K> | undefined>;
  /** Writes a version unless one with that number exists; `false` means another writer got there first. */
  putIfAbsent(record: StoredVersion): Promise<boolean>;
  /** Moves the record's head (used for listing) forward to this version; never moves it back. */
  advanceHead(record: StoredVersion): Promise<void>;
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
  /** The latest version of every record of a kind, in id order. */
  listLatest<K extends RecordKind>(kind: K, page: PageRequest): Promise<Page<VersionOf<K>>>;
}
