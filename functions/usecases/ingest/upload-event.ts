/** An S3 object event, reduced to what ingest needs, with the key already decoded. */
export interface UploadEvent {
  readonly bucket: string;
  readonly key: string;
  readonly eventName: string;
  readonly eventTime: string;
  readonly sequencer: string;
  readonly uploader: string | null;
  /**
   * The version of the object this event made (S3's `versionId`; the upload bucket is versioned):
   * the ingest reads those bytes, not whatever the key holds by then. Absent for a bucket
   * without versioning, and on removals that delete the object outright.
   */
  readonly versionId?: string | null;
}
