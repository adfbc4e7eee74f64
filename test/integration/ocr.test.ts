import { readFile } from 'node:fs/promises';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { inProcessOcr } from '../../functions/adapters/ocr/in-process-page-ocr.ts';
import { ocrConfidenceFloor } from '../../functions/config/ocr.ts';
import { analysePaper } from '../../functions/domain/papers/read-paper.ts';
import { createApiHandler } from '../../functions/handlers/api.ts';
import { createIngestHandler } from '../../functions/handlers/ingest.ts';
import { lambdaContext } from '../../infra/local/lambda-context.ts';
import { httpGet, s3Record, sqsEvent } from '../support/events.ts';
import { characterAccuracy } from '../support/ocr-accuracy.ts';
import { mixedPdf, scannedMinutes, scannedMinutesText } from '../support/scans.ts';
import { type TestStack, testStack } from '../support/test-stack.ts';

// Tesseract in this process, as `npm start` and the CLI run it: a page takes seconds.
const ocr = inProcessOcr(['eng']);

describe('OCR of a scanned page whose text is known', () => {
  it('reads the text with at least 90% of its characters right, marked as OCR', async () => {
    // Prepare
    const known = await scannedMinutesText();

    // Act
    const { source } = await analysePaper(await scannedMinutes(), { ocr });

    // Assess
    expect(characterAccuracy(known, source.text)).toBeGreaterThan(0.9);
    expect(source.ocr?.pages).toEqual([1]);
    expect(source.ocr?.meanConfidence).toBeGreaterThan(ocrConfidenceFloor);
  }, 120_000);

  it('extracts the meeting from the OCR text', async () => {
    // Act
    const { extraction } = await analysePaper(await scannedMinutes(), { ocr });

    // Assess
    expect(extraction.meetingDate).toBe('2024-03-12');
    expect(extraction.resolutions.length).toBeGreaterThanOrEqual(2);
  }, 120_000);

  it('reads a PDF whose second page alone is a scan, keeping the first page’s text layer', async () => {
    // Prepare
    const cover =
      'Agenda pack for the Parish Council meeting\nPublished by the Clerk on 5 March 2024';

    // Act
    const { source } = await analysePaper(await mixedPdf([cover, null]), { ocr });

    // Assess
    const [first, second] = source.text.split('\n\f\n');
    expect(first).toBe(cover);
    expect(second).toContain('ASHWELL PARISH COUNCIL');
    expect(source.ocr?.pages).toEqual([2]);
  }, 120_000);
});

describe('OCR of a real mixed-raster scan (French, from the corpus)', () => {
  it('reads the text the 1-bit stencils draw over the grey background', async () => {
    // Prepare
    const bytes = await readFile(
      new URL('../fixtures/scans/marmagne-deliberation-page-1.pdf', import.meta.url),
    );

    // Act
    const { source } = await analysePaper(bytes, { ocr: inProcessOcr(['fra']) });

    // Assess
    expect(source.text).toContain('DU CONSEIL MUNICIPAL');
    expect(source.text).toContain('Séance du 22/05/2024');
    expect(source.text).toContain('commune de MARMAGNE');
    expect(source.ocr?.meanConfidence).toBeGreaterThan(ocrConfidenceFloor);
  }, 120_000);
});

describe('a scanned paper through the local stack', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await testStack();
  });

  it('is ingested into a record whose text is OCR’s, with its pages and mean confidence', async () => {
    // Prepare
    const key = 'uploads/papers/ashwell-minutes-2024-03-12.pdf';
    await stack.clients.s3.send(
      new PutObjectCommand({
        Bucket: stack.names.uploadBucket,
        Key: key,
        Body: await scannedMinutes(),
      }),
    );

    // Act
    const response = await createIngestHandler(() => stack.root)(
      sqsEvent(s3Record({ bucket: stack.names.uploadBucket, key, sequencer: '0A' })),
      lambdaContext('ingest'),
    );

    // Assess
    expect(response).toEqual({ batchItemFailures: [] });
    const result = await createApiHandler(() => stack.root)(
      httpGet('/v1/papers/ashwell-minutes-2024-03-12'),
      lambdaContext('api'),
    );
    const record = JSON.parse(result.body ?? 'null') as {
      ocr?: { pages: number[]; meanConfidence: number };
      body: string;
      meetingDate: string;
    };
    expect(result.statusCode).toBe(200);
    expect(record.ocr?.pages).toEqual([1]);
    expect(record.ocr?.meanConfidence).toBeGreaterThan(ocrConfidenceFloor);
    expect(record.body).toContain('RESOLVED that the minutes of 13 February 2024 be approved');
    expect(record.meetingDate).toBe('2024-03-12');
  }, 180_000);
});
