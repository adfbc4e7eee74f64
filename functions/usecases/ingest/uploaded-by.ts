import type { BlobStore } from '../../ports/blob-store.ts';
import { uploadedByOf } from './source-facts.ts';

/**
 * The upload bucket as one ingest reads it: the event's object at the version the event names
 * (`versionId`), so a key rewritten meanwhile still gives the bytes and metadata of this upload;
 * and noting who uploaded it (its `x-amz-meta-uploaded-by`) whichever step reads it (paper,
 * dataset, package or resource), so the ingest log names them without reading the object again.
 * Other keys (a sidecar schema, a package's resources) are read as they are now.
 */
export const noticingUploader = (
  uploads: BlobStore,
  key: string,
  versionId: string | null | undefined,
): { readonly uploads: BlobStore; readonly uploadedBy: () => string | undefined } => {
  let uploadedBy: string | undefined;
  const pinned = (read: string) => (read === key && versionId ? { versionId } : {});
  const note = <T extends { readonly metadata: Readonly<Record<string, string>> } | undefined>(
    object: T,
    read: string,
  ): T => {
    if (object && read === key) uploadedBy = uploadedByOf(object.metadata) ?? uploadedBy;
    return object;
  };
  return {
    uploadedBy: () => uploadedBy,
    uploads: {
      get: async (read, maxBytes) => note(await uploads.get(read, maxBytes, pinned(read)), read),
      open: async (read) => note(await uploads.open(read, pinned(read)), read),
      put: (written, body, options) => uploads.put(written, body, options),
      putSource: (written, source, options) => uploads.putSource(written, source, options),
      openWriter: (written, options) => uploads.openWriter(written, options),
      exists: (asked) => uploads.exists(asked),
      downloadUrl: (asked, options) => uploads.downloadUrl(asked, options),
    },
  };
};
