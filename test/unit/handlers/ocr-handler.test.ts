import type { Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { InProcessPageOcr } from '../../../functions/adapters/ocr/in-process-page-ocr.ts';
import type { OcrAssets } from '../../../functions/adapters/ocr/tesseract-engine.ts';
import { createOcrHandler } from '../../../functions/handlers/ocr.ts';

/** Assets no test here reaches: each rejects before the engine starts. */
const unreachable = (): OcrAssets => {
  throw new Error('the engine was started');
};

describe('the OCR function’s handler', () => {
  it.each([
    ['no PNG', { page: 1 }],
    ['an empty PNG', { page: 1, png: '' }],
    ['a page that is not an integer', { page: '1', png: 'iVBORw0KGgo=' }],
    ['no event at all', null],
  ])('refuses an event with %s, before starting the engine', async (_case, event) => {
    // Prepare
    const handler = createOcrHandler(() => ({
      workerPath: undefined,
      langPath: '/nowhere',
      languages: ['eng'],
    }));

    // Act
    const error = await handler(event, {} as Context).catch((caught: unknown) => caught);

    // Assess
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toMatchObject({ message: 'An OCR event is { page: integer, png: base64 PNG }.' });
  });
});

describe('in-process OCR', () => {
  it('reads no page once its time is up', async () => {
    // Prepare
    const ocr = new InProcessPageOcr(unreachable);
    const late = new AbortController();
    late.abort(new Error('time budget spent'));

    // Act
    const error = await ocr
      .recognise([{ page: 1, png: new Uint8Array([1]) }], late.signal)
      .catch((caught: unknown) => caught);

    // Assess: the assets are asked for only when a page is read.
    expect(error).toMatchObject({ message: 'time budget spent' });
  });
});
