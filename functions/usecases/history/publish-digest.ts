import { digestPrefix, recordKinds } from '../../config/areas.ts';
import {
  type Digest,
  type DigestedHead,
  digestBytes,
  digestSha256,
  nextDigest,
} from '../../domain/history/digest.ts';
import type { BlobStore } from '../../ports/blob-store.ts';
import type { DigestEntry, DigestStore } from '../../ports/digest-store.ts';
import type { VersionStore } from '../../ports/version-store.ts';
import { archiveOnce } from '../ingest/archive-once.ts';
import { readArchived } from './read-archived.ts';

export interface DigestDeps {
  readonly versions: VersionStore;
  readonly archive: BlobStore;
  readonly digests: DigestStore;
  readonly now: () => Date;
}

const maxAttempts = 5;

/** Every record's chain head, of every kind. */
const allHeads = async (versions: VersionStore): Promise<DigestedHead[]> => {
  const heads: DigestedHead[] = [];
  for (const kind of recordKinds) {
    let cursor: string | undefined;
    do {
      const page = await versions.listChainHeads(kind, { limit: 100, cursor });
      heads.push(...page.items);
      cursor = page.next ?? undefined;
    } while (cursor);
  }
  return heads;
};

/** A digest's canonical JSON as archived: the bytes its SHA-256 was taken of. */
export const readDigestText = (archive: BlobStore, entry: DigestEntry): Promise<string> =>
  readArchived(archive, { kind: 'digest', id: entry.key, version: entry.number }, entry.key);

const readDigest = async (archive: BlobStore, entry: DigestEntry): Promise<Digest> =>
  JSON.parse(await readDigestText(archive, entry)) as Digest;

/**
 * Publishes the next digest of all chain heads, unless none moved: the digest's JSON goes into
 * the archive under its SHA-256 first, then its numbered entry with a conditional put, so the
 * index never points at a missing digest and two digesters cannot both publish one number.
 */
export const publishDigest = async (
  deps: DigestDeps,
): Promise<{ published: boolean; entry: DigestEntry | undefined }> => {
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const latest = await deps.digests.latest();
    const previous = latest ? await readDigest(deps.archive, latest) : undefined;
    const heads = await allHeads(deps.versions);
    const now = deps.now().toISOString();
    const digest = nextDigest(previous, heads, now);
    if (!digest) return { published: false, entry: latest };
    const sha256 = digestSha256(digest);
    const key = `${digestPrefix}${sha256}`;
    await archiveOnce(deps.archive, key, digestBytes(digest), 'application/json');
    const entry = {
      number: digest.number,
      endTime: digest.endTime,
      sha256,
      key,
      records: digest.records.length,
    };
    if (await deps.digests.putIfAbsent(entry)) return { published: true, entry };
  }
  throw new Error(`Gave up publishing a digest after ${maxAttempts} contended attempts`);
};
