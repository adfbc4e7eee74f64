import type { PageImage, PageOcr, RecognisedPage } from '../../functions/ports/page-ocr.ts';

/** For tests that read no scan: any call is a failure of the test. */
export const noScans: PageOcr = {
  recognise: async (pages) => {
    throw new Error(`This test reads no scans, yet OCR was asked for ${pages.length} page(s).`);
  },
};

/**
 * OCR that answers each page with the reading the test gives for its number (an empty page with
 * confidence 0 for others), and keeps the images it was sent.
 */
export class ScriptedPageOcr implements PageOcr {
  readonly seen: PageImage[] = [];

  constructor(
    private readonly readings: Readonly<
      Record<number, { readonly text: string; readonly confidence: number }>
    > = {},
  ) {}

  async recognise(pages: readonly PageImage[]): Promise<RecognisedPage[]> {
    this.seen.push(...pages);
    return pages.map((image) => ({
      page: image.page,
      ...(this.readings[image.page] ?? { text: '', confidence: 0 }),
    }));
  }
}

/** OCR that never answers until aborted, as a scan too slow for the time budget. */
export const stalledOcr: PageOcr = {
  recognise: (_pages, signal) =>
    new Promise((_resolve, reject) =>
      signal.addEventListener('abort', () => reject(signal.reason), { once: true }),
    ),
};

/**
 * OCR that reads nothing on any page (confidence 0): scanned pages keep their sparse text layer.
 * For scoring the extractor on the labelled corpus, whose truth was read from text layers alone
 * (its Norwalk agenda has nine scanned pages).
 */
export const blankOcr: PageOcr = {
  recognise: async (pages) => pages.map((image) => ({ page: image.page, text: '', confidence: 0 })),
};
