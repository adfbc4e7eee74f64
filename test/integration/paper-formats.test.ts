import { readFile } from 'node:fs/promises';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiHandler } from '../../functions/handlers/api.ts';
import { createIngestHandler } from '../../functions/handlers/ingest.ts';
import { lambdaContext } from '../../infra/local/lambda-context.ts';
import { httpGet, s3Record, sqsEvent } from '../support/events.ts';
import { type TestStack, testStack } from '../support/test-stack.ts';

let stack: TestStack;
let sequence = 0;

const fixture = (name: string) => readFile(new URL(`../fixtures/formats/${name}`, import.meta.url));

/** Uploads a fixture under a key of its own, then runs the ingest handler on its event. */
const ingestFile = async (key: string, body: Uint8Array) => {
  await stack.clients.s3.send(
    new PutObjectCommand({ Bucket: stack.names.uploadBucket, Key: key, Body: body }),
  );
  sequence++;
  const record = s3Record({
    bucket: stack.names.uploadBucket,
    key,
    sequencer: sequence.toString(16).toUpperCase().padStart(18, '0'),
  });
  return createIngestHandler(() => stack.root)(sqsEvent(record), lambdaContext('ingest'));
};

const get = async (path: string) => {
  const result = await createApiHandler(() => stack.root)(httpGet(path), lambdaContext('api'));
  return { status: result.statusCode, body: JSON.parse(result.body ?? 'null') };
};

const lastEntry = async () => (await stack.root.ingest.log.recent(1))[0];

beforeAll(async () => {
  stack = await testStack();
});

describe('other paper formats through the pipeline, on the local engines', () => {
  it.each([
    [
      '28_canada-winnipeg-council-disposition-2015-03-25.doc',
      'doc',
      'application/msword',
      '2015-03-25',
      'DISPOSITION OF ITEMS',
    ],
    [
      '28_canada-winnipeg-council-disposition-2015-03-25.odt',
      'odt',
      'application/vnd.oasis.opendocument.text',
      '2015-03-25',
      'DISPOSITION OF ITEMS',
    ],
    [
      '28_canada-winnipeg-council-disposition-2015-03-25.rtf',
      'rtf',
      'application/rtf',
      '2015-03-25',
      'DISPOSITION OF ITEMS',
    ],
    [
      '14_wales-manordeilo-salem-cc-minutes-2020-02-12-en.eml',
      'eml',
      'message/rfc822',
      '2020-02-12',
      'Reading Room, Cwmifor',
    ],
  ])(
    'ingests %s into a paper record with its text and meeting date',
    async (name, format, mediaType, meetingDate, line) => {
      // Prepare
      const bytes = await fixture(name);
      const id = `formats-${format}`;

      // Act
      const response = await ingestFile(`uploads/papers/${id}.${format}`, bytes);

      // Assess
      expect(response).toEqual({ batchItemFailures: [] });
      expect(await lastEntry()).toMatchObject({ outcome: 'accepted', kind: 'paper', id });
      const paper = await get(`/v1/papers/${id}`);
      expect(paper.status).toBe(200);
      expect(paper.body).toMatchObject({
        version: 1,
        format,
        mediaType,
        meetingDate,
        size: bytes.length,
      });
      expect(paper.body.body).toContain(line);
    },
  );
});

describe('legacy Excel files through the pipeline', () => {
  it('rejects a real .xls workbook in the datasets area, saying to save it as XLSX or CSV', async () => {
    // Act
    await ingestFile(
      'uploads/datasets/stockport-spend.xls',
      await fixture('05_uk-stockport-spend-over-500-2014-09.xls'),
    );

    // Assess
    expect(await lastEntry()).toMatchObject({
      key: 'uploads/datasets/stockport-spend.xls',
      outcome: 'rejected',
      reason: {
        code: 'unsupported-type',
        message: expect.stringContaining('Save it as XLSX or CSV'),
      },
    });
    expect((await get('/v1/datasets/stockport-spend')).status).toBe(404);
  });

  it('publishes a CSV named .xls as the CSV it is', async () => {
    // Act
    await ingestFile(
      'uploads/datasets/manchester-spend.xls',
      await fixture('04_uk-manchester-spend-over-500-2014-09.head.xls'),
    );

    // Assess
    expect(await lastEntry()).toMatchObject({
      outcome: 'accepted',
      kind: 'dataset',
      id: 'manchester-spend',
    });
    const dataset = await get('/v1/datasets/manchester-spend');
    expect(dataset.status).toBe(200);
    expect(dataset.body).toMatchObject({ rowCount: 30 });
  });
});
