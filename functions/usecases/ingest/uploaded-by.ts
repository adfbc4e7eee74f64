import type { BlobStore } from '../../ports/blob-store.ts';
import { uploadedByOf } from './source-facts.ts';

/**
 * The upload bucket as one ingest reads it, noting who uploaded the event's object (its
 * `x-amz-meta-uploaded-by`) whichever step reads it (paper, dataset, package or resource), so the
 * ingest log names them without reading the object again.
 */
export const noticingUploader = (
  uploads: BlobStore,
  key: string,
): { readonly uploads: BlobStore; readonly uploadedBy: () => string | undefined } => {
  let uploadedBy: string | undefined;
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
      get: async (read, maxBytes) => note(await uploads.get(read, maxBytes), read),
      open: async (read) => note(await uploads.open(read), read),
      put: (written, body, options) => uploads.put(written, body, options),
      putSource: (written, source, options) => uploads.putSource(written, source, options),
      openWriter: (written, options) => uploads.openWriter(written, options),
      exists: (asked) => uploads.exists(asked),
      downloadUrl: (asked, options) => uploads.downloadUrl(asked, options),
    },
  };
};
