/** An S3 object event, reduced to what ingest needs, with the key already decoded. */
export interface UploadEvent {
  readonly bucket: string;
  readonly key: string;
  readonly eventName: string;
  readonly eventTime: string;
  readonly sequencer: string;
  readonly uploader: string | null;
}
