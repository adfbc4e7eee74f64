import type { BlobStore } from '../../ports/blob-store.ts';

/** Archive keys are content-addressed, so an existing object already holds these exact bytes. */
export const archiveOnce = async (
  archive: BlobStore,
  key: string,
  bytes: Uint8Array,
  contentType: string,
): Promise<void> => {
  if (!(await archive.exists(key))) await archive.put(key, bytes, { contentType });
};
