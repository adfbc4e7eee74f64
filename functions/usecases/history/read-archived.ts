import type { BlobStore } from '../../ports/blob-store.ts';
import type { StoredVersion } from '../../ports/version-store.ts';

/** Archived objects are written by ingest, which caps uploads far below this. */
const maxArchivedBytes = 512 * 1024 * 1024;

/**
 * Reads an archived object a version points at, as text. A version is written only after its
 * archive objects, so a missing one is corruption (a 500 with the detail logged), not a 404.
 */
export const readArchived = async (
  archive: BlobStore,
  record: Pick<StoredVersion, 'id' | 'version'> & { readonly kind: string },
  key: string,
): Promise<string> => {
  const object = await archive.get(key, maxArchivedBytes);
  if (!object)
    throw new Error(`${key} of ${record.kind} ${record.id} v${record.version} is missing`);
  return new TextDecoder().decode(object.bytes);
};
