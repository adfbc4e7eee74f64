import { InvokeCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import { ocrConcurrency } from '../../config/ocr.ts';
import { CouncilPapersError } from '../../domain/errors.ts';
import type { PageImage, PageOcr, RecognisedPage } from '../../ports/page-ocr.ts';

/** The OCR function failed, or answered with something that is not a page's reading. */
export class OcrFunctionError extends CouncilPapersError {
  override readonly name = 'OcrFunctionError';
}

const isReading = (value: unknown): value is RecognisedPage =>
  typeof value === 'object' &&
  value !== null &&
  'page' in value &&
  typeof value.page === 'number' &&
  'text' in value &&
  typeof value.text === 'string' &&
  'confidence' in value &&
  typeof value.confidence === 'number';

/**
 * The OCR function, invoked synchronously once a page (a page's PNG stays well within Lambda's
 * 6 MB payload), a few pages at a time.
 */
export class LambdaPageOcr implements PageOcr {
  constructor(
    private readonly lambda: LambdaClient,
    /** OCR_FUNCTION_NAME, which the stack gives the ingest function. */
    private readonly functionName: string,
    private readonly concurrency: number = ocrConcurrency,
  ) {}

  async recognise(pages: readonly PageImage[], signal: AbortSignal): Promise<RecognisedPage[]> {
    if (!this.functionName)
      throw new OcrFunctionError(
        'OCR_FUNCTION_NAME is not set, so scanned pages cannot be read: the stack sets it on the ingest function.',
      );
    const readings: RecognisedPage[] = new Array(pages.length);
    let next = 0;
    const lane = async () => {
      for (let index = next++; index < pages.length; index = next++) {
        const page = pages[index];
        if (page) readings[index] = await this.invoke(page, signal);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, pages.length) }, lane));
    return readings;
  }

  private async invoke(page: PageImage, signal: AbortSignal): Promise<RecognisedPage> {
    const event = { page: page.page, png: Buffer.from(page.png).toString('base64') };
    const output = await this.lambda.send(
      new InvokeCommand({
        FunctionName: this.functionName,
        Payload: new TextEncoder().encode(JSON.stringify(event)),
      }),
      { abortSignal: signal },
    );
    const body = new TextDecoder().decode(output.Payload ?? new Uint8Array());
    if (output.FunctionError)
      throw new OcrFunctionError(
        `The OCR function failed on page ${page.page} (${output.FunctionError}): ${body.slice(0, 500)}`,
      );
    let reading: unknown;
    try {
      reading = JSON.parse(body);
    } catch (error) {
      throw new OcrFunctionError(`The OCR function answered page ${page.page} with no JSON.`, {
        cause: error,
      });
    }
    if (!isReading(reading) || reading.page !== page.page)
      throw new OcrFunctionError(
        `The OCR function answered page ${page.page} with ${body.slice(0, 200)}, not its reading.`,
      );
    return reading;
  }
}
