import type { S3Event, S3EventRecord } from 'aws-lambda';
import type { UploadEvent } from '../usecases/ingest/upload-event.ts';

/** S3 URL-encodes keys in events, with spaces as `+` (form encoding), so `+` itself arrives as `%2B`. */
export const decodeEventKey = (key: string): string => decodeURIComponent(key.replaceAll('+', ' '));

const toUploadEvent = (record: S3EventRecord): UploadEvent => ({
  bucket: record.s3.bucket.name,
  key: decodeEventKey(record.s3.object.key),
  eventName: record.eventName,
  eventTime: record.eventTime,
  sequencer: record.s3.object.sequencer,
  uploader: record.userIdentity?.principalId ?? null,
  versionId: record.s3.object.versionId ?? null,
});

/**
 * Reads the S3 notification carried in an SQS message body. The test event S3 sends when a
 * notification is configured holds no records. Anything else unreadable throws, so the message
 * goes to the dead-letter queue rather than vanishing.
 */
export const uploadEventsFromMessage = (body: string): UploadEvent[] => {
  const parsed = JSON.parse(body) as Partial<S3Event> & { Event?: string };
  if (parsed.Event === 's3:TestEvent') return [];
  if (!Array.isArray(parsed.Records))
    throw new Error('SQS message body is not an S3 event notification');
  return parsed.Records.map(toUploadEvent);
};
