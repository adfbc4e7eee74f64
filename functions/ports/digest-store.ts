import type { Page, PageRequest } from './page.ts';

/** Where a digest is, and what it hashes to: the index auditors walk. */
export interface DigestEntry {
  readonly number: number;
  readonly endTime: string;
  readonly sha256: string;
  /** The archive key of the digest's canonical JSON. */
  readonly key: string;
  readonly records: number;
}

/** The digest index: entries written once each, numbered without gaps (conditional puts). */
export interface DigestStore {
  latest(): Promise<DigestEntry | undefined>;
  get(number: number): Promise<DigestEntry | undefined>;
  /** `false` when another writer already published that number. */
  putIfAbsent(entry: DigestEntry): Promise<boolean>;
  /** Oldest first. */
  list(page: PageRequest): Promise<Page<DigestEntry>>;
}
