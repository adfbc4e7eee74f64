import { defaultOcrLanguages } from '../../config/ocr.ts';
import { ocrPage } from '../../handlers/ocr.ts';
import type { PageImage, PageOcr, RecognisedPage } from '../../ports/page-ocr.ts';
import { installedAssets, type OcrAssets, ocrLanguages, stopEngine } from './tesseract-engine.ts';

/**
 * OCR in this process, by the OCR function's own handler, page after page: for `npm start`, the
 * CLI's `extract` and the integration tests. The worker thread ends after each paper, so a CLI
 * process exits when done.
 */
export class InProcessPageOcr implements PageOcr {
  constructor(private readonly assets: () => OcrAssets) {}

  async recognise(pages: readonly PageImage[], signal: AbortSignal): Promise<RecognisedPage[]> {
    const readings: RecognisedPage[] = [];
    try {
      for (const page of pages) {
        signal.throwIfAborted();
        // As the OCR function receives it: base64 in a JSON event.
        const event = { page: page.page, png: Buffer.from(page.png).toString('base64') };
        readings.push(await ocrPage(this.assets(), event));
      }
    } finally {
      await stopEngine();
    }
    return readings;
  }
}

/**
 * In-process OCR with the data packages in node_modules, in the languages of OCR_LANGUAGES (as the
 * OCR function), linked on the first scan.
 */
export const inProcessOcr = (
  languages: readonly string[] = ocrLanguages(process.env.OCR_LANGUAGES ?? defaultOcrLanguages),
): PageOcr => {
  let assets: OcrAssets | undefined;
  return new InProcessPageOcr(() => {
    assets ??= installedAssets(languages);
    return assets;
  });
};
