import { archivePrefixes } from '../../config/areas.ts';
import type { SourceFacts } from '../../domain/paper-record.ts';
import type { StoredObject } from '../../ports/blob-store.ts';
import type { UploadEvent } from './upload-event.ts';

/**
 * Who uploaded an object, as its metadata says: `uploaded-by` (the upload page's forms pin it to
 * the signed-in officer; the CLI sets it), or `uploader` as objects uploaded before it was named so.
 */
export const uploadedByOf = (metadata: Readonly<Record<string, string>>): string | undefined =>
  metadata['uploaded-by'] || metadata.uploader || undefined;

/** Where a version came from and what its bytes were: the same for papers and datasets. */
export const sourceFacts = (
  event: UploadEvent,
  object: Pick<StoredObject, 'size' | 'metadata'>,
  sha256: string,
  read: Pick<SourceFacts, 'format' | 'mediaType' | 'encoding'>,
): SourceFacts => ({
  sourceKey: event.key,
  sequencer: event.sequencer,
  uploader: uploadedByOf(object.metadata) ?? event.uploader,
  receivedAt: event.eventTime,
  size: object.size,
  sha256,
  ...read,
  originalKey: `${archivePrefixes.originals}${sha256}`,
});
