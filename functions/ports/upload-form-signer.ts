import type { RecordKind } from '../config/areas.ts';

/** The optional descriptions an officer may give an upload, as the object's `x-amz-meta-*`. */
export const uploadMetadataFields = [
  'id',
  'replaces',
  'title',
  'description',
  'licence',
  'publisher',
  'source',
] as const;
export type UploadMetadataField = (typeof uploadMetadataFields)[number];

export interface UploadFormRequest {
  readonly kind: RecordKind;
  /** Recorded as the object's `x-amz-meta-uploaded-by`, fixed by the policy. */
  readonly uploader: string;
  /** Where the bucket sends the browser after a plain form's upload; absent: it answers 201. */
  readonly redirect?: string;
  readonly maxBytes: number;
  readonly expiresInSeconds: number;
}

/**
 * A browser form that uploads one file straight to the bucket (an S3 presigned POST): the address
 * to post to and the fields to send before the file. The signed policy limits the key to the
 * kind's upload area, the size, the metadata fields and the time.
 */
export interface UploadForm {
  readonly kind: RecordKind;
  readonly url: string;
  readonly fields: Readonly<Record<string, string>>;
  /** Every key starts with this; the `key` field puts the file's own name after it. */
  readonly keyPrefix: string;
  readonly maxBytes: number;
  readonly expiresAt: string;
}

export interface UploadFormSigner {
  sign(request: UploadFormRequest): Promise<UploadForm>;
}
