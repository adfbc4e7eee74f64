/** One scanned page, as the image OCR reads: a PNG, 8-bit grey. */
export interface PageImage {
  /** The page's number in its PDF, from 1. */
  readonly page: number;
  readonly png: Uint8Array;
}

/** What OCR read on one page. */
export interface RecognisedPage {
  readonly page: number;
  readonly text: string;
  /** Tesseract's mean word confidence on the page, 0-100. */
  readonly confidence: number;
}

/**
 * Text recognition of scanned pages: in AWS the OCR function (its own memory, time and role),
 * locally the same handler in-process. Resolves with one reading per page, in the given order;
 * gives up, rejecting, when `signal` aborts.
 */
export interface PageOcr {
  recognise(pages: readonly PageImage[], signal: AbortSignal): Promise<RecognisedPage[]>;
}
