import {
  maxOcrPages,
  ocrConfidenceFloor,
  ocrTimeBudgetMs,
  scanTextThreshold,
} from '../../../config/ocr.ts';
import { UploadRejectedError } from '../../errors.ts';

export interface OcrLimits {
  readonly maxPages: number;
  readonly timeBudgetMs: number;
  readonly confidenceFloor: number;
}

export const ocrLimits: OcrLimits = {
  maxPages: maxOcrPages,
  timeBudgetMs: ocrTimeBudgetMs,
  confidenceFloor: ocrConfidenceFloor,
};

/** The pages (indices from 0) whose text layer has too few letters and digits to be the page's text. */
export const sparsePages = (texts: readonly string[]): number[] =>
  texts.flatMap((text, index) =>
    (text.match(/[\p{L}\p{N}]/gu)?.length ?? 0) < scanTextThreshold ? [index] : [],
  );

export const minutes = (ms: number) => `${Math.round(ms / 6000) / 10} minutes`;

/** Rejects a scan of more pages without text than OCR reads. */
export const checkScanLength = (
  scanned: number,
  total: number,
  limits: Pick<OcrLimits, 'maxPages'> = ocrLimits,
): void => {
  if (scanned <= limits.maxPages) return;
  throw new UploadRejectedError(
    'scan-too-long',
    `This scan has ${scanned} page(s) without text (of ${total}); OCR reads at most ${limits.maxPages} in one paper: split it into PDFs of ${limits.maxPages} pages or fewer, or upload a PDF with text.`,
  );
};
