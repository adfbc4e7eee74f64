import type { RecordKind } from '../config/areas.ts';
import type { VersionRecord } from '../domain/paper-record.ts';
import type { Page, PageRequest } from './page.ts';

/**
 * Versions of records. Every write is a single-item conditional write, so the same design runs on
 * DynamoDB and on the local stand-in, which has no transactions.
 */
export interface VersionStore {
  /** The highest version of a record, read consistently, or `undefined` for a new record. */
  latest(kind: RecordKind, id: string): Promise<VersionRecord | undefined>;
  /** Writes a version unless one with that number exists; `false` means another writer got there first. */
  putIfAbsent(record: VersionRecord): Promise<boolean>;
  /** Moves the record's head (used for listing) forward to this version; never moves it back. */
  advanceHead(record: VersionRecord): Promise<void>;
  get(kind: RecordKind, id: string, version: number): Promise<VersionRecord | undefined>;
  listVersions(kind: RecordKind, id: string, page: PageRequest): Promise<Page<VersionRecord>>;
  /** The latest version of every record of a kind, in id order. */
  listLatest(kind: RecordKind, page: PageRequest): Promise<Page<VersionRecord>>;
}
