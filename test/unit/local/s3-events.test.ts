import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEventKey, uploadEventsFromMessage } from '../../../functions/handlers/s3-event.ts';
import {
  createSequencer,
  encodeEventKey,
  toAwsEventRecord,
} from '../../../infra/local/s3-events.ts';
import { sampleSqsEvent } from '../../support/events.ts';

describe('S3 event keys', () => {
  it('encodes as S3 does: spaces as +, a literal + as %2B', () => {
    expect(encodeEventKey('uploads/papers/a b+c(1).pdf')).toBe('uploads%2Fpapers%2Fa+b%2Bc(1).pdf');
    expect(decodeEventKey('uploads/papers/Cabinet+report+9+May.txt')).toBe(
      'uploads/papers/Cabinet report 9 May.txt',
    );
  });

  it('decodes every encoded key back to itself', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        (key) => decodeEventKey(encodeEventKey(key)) === key,
      ),
    );
  });
});

describe('createSequencer', () => {
  it('only grows, even within one millisecond', () => {
    const next = createSequencer();
    const values = Array.from({ length: 1000 }, next);
    expect([...values].sort()).toEqual(values);
    expect(new Set(values).size).toBe(values.length);
  });
});

describe('toAwsEventRecord', () => {
  it('turns the stand-in event into the AWS shape', () => {
    const record = toAwsEventRecord(
      {
        eventName: 'ObjectCreated:Put',
        eventTime: '2024-05-09T10:15:30.123Z',
        s3: {
          bucket: { name: 'b' },
          object: { key: 'uploads/papers/a b.txt', size: 3, eTag: 'x', sequencer: '18F' },
        },
      },
      { region: 'eu-west-2', sequencer: '00000000000000AB', principal: 'me' },
    );
    expect(record).toMatchObject({
      eventVersion: '2.1',
      awsRegion: 'eu-west-2',
      s3: {
        bucket: { arn: 'arn:aws:s3:::b' },
        object: { key: 'uploads%2Fpapers%2Fa+b.txt', sequencer: '00000000000000AB' },
      },
    });
  });
});

describe('uploadEventsFromMessage', () => {
  it('reads a real SQS-delivered S3 notification, decoding the key', () => {
    const body = sampleSqsEvent().Records[0]?.body ?? '';
    expect(uploadEventsFromMessage(body)).toEqual([
      {
        bucket: 'council-papers-uploads',
        key: 'uploads/papers/Cabinet report 9 May.txt',
        eventName: 'ObjectCreated:Put',
        eventTime: '2024-05-09T10:15:30.123Z',
        sequencer: '0055AED6DCD90281E5',
        uploader: 'AWS:AIDAJDPLRKLG7UEXAMPLE',
        // The version the event names, which the ingest reads (not the key's latest bytes).
        versionId: '096fKKXTRTtl3on89fVO.nfljtsv6qko',
      },
    ]);
  });

  it('ignores the test event S3 sends when notifications are set up', () => {
    expect(
      uploadEventsFromMessage('{"Service":"Amazon S3","Event":"s3:TestEvent","Bucket":"b"}'),
    ).toEqual([]);
  });

  it('throws on a body that is not an S3 notification, so it is dead-lettered', () => {
    expect(() => uploadEventsFromMessage('{"hello":1}')).toThrow(/not an S3 event/);
    expect(() => uploadEventsFromMessage('not json')).toThrow();
  });
});
