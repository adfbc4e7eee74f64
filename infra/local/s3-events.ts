import type { S3rverEventRecord } from '@20minutes/s3rver';
import type { S3EventRecord } from 'aws-lambda';

/**
 * Encodes a key as S3 does in event notifications: form encoding, so a space becomes `+` and a
 * literal `+` becomes `%2B`. The stand-in sends keys raw; real handlers must see the real thing.
 */
export const encodeEventKey = (key: string): string =>
  encodeURIComponent(key).replaceAll('%20', '+');

/**
 * Sequencers that only grow, as S3's do for one key. The stand-in's are millisecond timestamps,
 * equal for two uploads in the same millisecond; this adds a counter below them.
 */
export const createSequencer = () => {
  let last = 0n;
  return (): string => {
    const now = BigInt(Date.now()) << 20n;
    last = now > last ? now : last + 1n;
    return last.toString(16).toUpperCase().padStart(16, '0');
  };
};

/** Turns the stand-in's event into a genuine AWS S3 event record (eventVersion 2.1, proper ARN). */
export const toAwsEventRecord = (
  record: S3rverEventRecord,
  options: { region: string; sequencer: string; principal: string; versionId?: string },
): S3EventRecord => ({
  eventVersion: '2.1',
  eventSource: 'aws:s3',
  awsRegion: options.region,
  eventTime: record.eventTime,
  eventName: record.eventName as S3EventRecord['eventName'],
  userIdentity: { principalId: options.principal },
  requestParameters: { sourceIPAddress: '127.0.0.1' },
  responseElements: { 'x-amz-request-id': options.sequencer, 'x-amz-id-2': options.sequencer },
  s3: {
    s3SchemaVersion: '1.0',
    configurationId: 'local-upload-notifications',
    bucket: {
      name: record.s3.bucket.name,
      ownerIdentity: { principalId: options.principal },
      arn: `arn:aws:s3:::${record.s3.bucket.name}`,
    },
    object: {
      key: encodeEventKey(record.s3.object.key),
      size: record.s3.object.size ?? 0,
      eTag: record.s3.object.eTag ?? '',
      ...(options.versionId && { versionId: options.versionId }),
      sequencer: options.sequencer,
    },
  },
});
