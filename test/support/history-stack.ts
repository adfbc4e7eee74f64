import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { ingestUpload } from '../../functions/usecases/ingest/ingest-upload.ts';
import type { IngestDeps } from '../../functions/usecases/ingest/outcome.ts';
import type { UploadEvent } from '../../functions/usecases/ingest/upload-event.ts';
import type { TestStack } from './test-stack.ts';

/** A plain-text paper whose bytes differ by `note`, so each call can make a distinct version. */
export const paperText = (note: string) =>
  `Minutes of the Planning Committee\n\nMeeting held on 3 March 2024\n\nPresent: Cllr A Smith\n\n${note}\n`;

let sequence = 0x1000;

/** The next sequencer, as S3 would issue them for one key: increasing, of a fixed length. */
export const nextSequencer = () => (sequence++).toString(16).toUpperCase().padStart(16, '0');

/** Drives uploads, removals and ingests against a test stack, with a clock the test controls. */
export const historyDriver = (stack: TestStack, start = '2024-06-01T09:00:00.000Z') => {
  let clock = Date.parse(start);
  const deps: IngestDeps = { ...stack.root.ingest, now: () => new Date(clock) };
  const event = (key: string, overrides: Partial<UploadEvent> = {}): UploadEvent => ({
    bucket: stack.names.uploadBucket,
    key,
    eventName: 'ObjectCreated:Put',
    eventTime: new Date(clock).toISOString(),
    sequencer: nextSequencer(),
    uploader: 'AWS:OFFICER',
    ...overrides,
  });
  return {
    deps,
    event,
    /** Moves the clock on, so commits have distinct times. */
    tick: (ms = 60_000) => {
      clock += ms;
      return new Date(clock).toISOString();
    },
    put: (key: string, body: string | Uint8Array, metadata?: Record<string, string>) =>
      stack.clients.s3.send(
        new PutObjectCommand({
          Bucket: stack.names.uploadBucket,
          Key: key,
          Body: body,
          ContentType: 'text/plain',
          Metadata: metadata,
        }),
      ),
    remove: (key: string) =>
      stack.clients.s3.send(
        new DeleteObjectCommand({ Bucket: stack.names.uploadBucket, Key: key }),
      ),
    ingest: (upload: UploadEvent, using: IngestDeps = deps) => ingestUpload(using, upload),
  };
};
