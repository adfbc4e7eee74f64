import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import {
  LambdaPageOcr,
  OcrFunctionError,
} from '../../../functions/adapters/lambda/lambda-page-ocr.ts';

const lambda = mockClient(LambdaClient);

afterEach(() => lambda.reset());

/** A Lambda response payload, as the SDK gives it. */
const payload = (value: unknown) => {
  const json = JSON.stringify(value);
  return Object.assign(new TextEncoder().encode(json), { transformToString: () => json });
};
const sent = (index: number) =>
  JSON.parse(
    new TextDecoder().decode(
      lambda.commandCalls(InvokeCommand)[index]?.args[0].input.Payload as Uint8Array,
    ),
  ) as { page: number; png: string };

const pages = [
  { page: 2, png: new Uint8Array([137, 80, 78, 71, 2]) },
  { page: 5, png: new Uint8Array([137, 80, 78, 71, 5]) },
];

const readingOf = (page: number) => ({ page, text: `text of page ${page}`, confidence: 80 + page });

describe('the OCR function adapter', () => {
  it('invokes the function once a page, with the page’s PNG in base64, and keeps their order', async () => {
    // Prepare
    lambda.on(InvokeCommand).callsFake((input: { Payload: Uint8Array }) => {
      const event = JSON.parse(new TextDecoder().decode(input.Payload)) as { page: number };
      return { StatusCode: 200, Payload: payload(readingOf(event.page)) };
    });
    const ocr = new LambdaPageOcr(new LambdaClient({}), 'council-papers-test-Ocr');

    // Act
    const readings = await ocr.recognise(pages, new AbortController().signal);

    // Assess
    expect(readings).toEqual([readingOf(2), readingOf(5)]);
    expect(lambda.commandCalls(InvokeCommand)).toHaveLength(2);
    expect(lambda.commandCalls(InvokeCommand)[0]?.args[0].input.FunctionName).toBe(
      'council-papers-test-Ocr',
    );
    expect([sent(0), sent(1)].sort((a, b) => a.page - b.page)).toEqual([
      { page: 2, png: Buffer.from(pages[0]?.png ?? []).toString('base64') },
      { page: 5, png: Buffer.from(pages[1]?.png ?? []).toString('base64') },
    ]);
  });

  it('fails with the function’s error when the function fails on a page', async () => {
    // Prepare
    lambda.on(InvokeCommand).resolves({
      StatusCode: 200,
      FunctionError: 'Unhandled',
      Payload: payload({ errorType: 'RuntimeError', errorMessage: 'Aborted(OOM)' }),
    });
    const ocr = new LambdaPageOcr(new LambdaClient({}), 'ocr');

    // Act
    const error = await ocr
      .recognise(pages.slice(0, 1), new AbortController().signal)
      .catch((caught: unknown) => caught);

    // Assess
    expect(error).toBeInstanceOf(OcrFunctionError);
    expect(error).toMatchObject({
      message: expect.stringMatching(
        /^The OCR function failed on page 2 \(Unhandled\): .*Aborted\(OOM\)/,
      ),
    });
  });

  it('fails when the function answers with something other than the page’s reading', async () => {
    // Prepare
    lambda.on(InvokeCommand).resolves({ StatusCode: 200, Payload: payload(readingOf(9)) });
    const ocr = new LambdaPageOcr(new LambdaClient({}), 'ocr');

    // Act
    const error = await ocr
      .recognise(pages.slice(0, 1), new AbortController().signal)
      .catch((caught: unknown) => caught);

    // Assess
    expect(error).toBeInstanceOf(OcrFunctionError);
  });

  it('says which variable to set when it has no function name', async () => {
    // Prepare
    const ocr = new LambdaPageOcr(new LambdaClient({}), '');

    // Act
    const error = await ocr
      .recognise(pages, new AbortController().signal)
      .catch((caught: unknown) => caught);

    // Assess
    expect(error).toMatchObject({
      message: expect.stringContaining('OCR_FUNCTION_NAME is not set'),
    });
    expect(lambda.commandCalls(InvokeCommand)).toHaveLength(0);
  });
});
