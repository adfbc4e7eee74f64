import { maxPagePngBytes } from '../../config/ocr.ts';
import type { PageOcr, RecognisedPage } from '../../ports/page-ocr.ts';
import { UploadRejectedError } from '../errors.ts';
import type { PdfPage } from './readers/pdf-text.ts';
import { checkScanLength, minutes, type OcrLimits, ocrLimits } from './readers/scan-pages.ts';

/** How a paper's text came from OCR: which pages (from 1), and how sure Tesseract was. */
export interface OcrFacts {
  readonly pages: number[];
  /** The mean of the OCR'd pages' confidences, 0-100, to one decimal. */
  readonly meanConfidence: number;
  /** Pages read with a confidence below the floor: named in the paper's warnings. */
  readonly lowConfidencePages: number[];
}

export interface ScannedText {
  /** Each page's text: its text layer, or what OCR read on it. */
  readonly texts: string[];
  readonly ocr: OcrFacts | null;
  readonly warnings: string[];
}

const tooSlow = (pages: number, limits: OcrLimits, cause: unknown) =>
  new UploadRejectedError(
    'scan-too-long',
    `OCR of this scan's ${pages} page(s) did not finish within ${minutes(limits.timeBudgetMs)}, the most one paper may take: split it into smaller PDFs, or upload a PDF with text.`,
    { cause },
  );

/** Resolves with the port's readings, or rejects when the signal aborts, whichever comes first. */
const within = (work: Promise<RecognisedPage[]>, signal: AbortSignal) =>
  new Promise<RecognisedPage[]>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    if (signal.aborted) abort();
    signal.addEventListener('abort', abort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });

/**
 * A PDF's page texts with its scanned pages read by OCR; the other pages keep their text layer, so
 * a PDF with a few scanned pages reads whole. A page OCR finds nothing on keeps its (sparse) text.
 * Rejects a scan OCR cannot finish within the time budget, and one where OCR finds no text at all.
 */
export const readScans = async (
  pages: readonly PdfPage[],
  ocr: PageOcr,
  limits: OcrLimits = ocrLimits,
): Promise<ScannedText> => {
  const texts = pages.map((page) => page.text);
  const scans = pages.flatMap((page, index) =>
    page.scan ? [{ page: index + 1, scan: page.scan }] : [],
  );
  if (scans.length === 0) return { texts, ocr: null, warnings: [] };
  // The PNG encoder loads only for a PDF with scanned pages, not at every ingest's cold start.
  const { pagePng } = await import('./readers/page-png.ts');
  const images = scans.map(({ page, scan }) => ({ page, png: pagePng(scan, maxPagePngBytes) }));
  checkScanLength(images.length, pages.length, limits);
  const signal = AbortSignal.timeout(limits.timeBudgetMs);
  const readings = await within(ocr.recognise(images, signal), signal).catch((error: unknown) => {
    if (signal.aborted) throw tooSlow(images.length, limits, error);
    throw error;
  });
  for (const reading of readings) {
    const text = reading.text.trim();
    if (text) texts[reading.page - 1] = text;
  }
  if (texts.every((text) => text.trim() === '')) {
    throw new UploadRejectedError(
      'no-text-layer',
      `The PDF has ${pages.length} page(s) without a text layer, and OCR found no text on them; upload a clearer scan, or a PDF with text.`,
    );
  }
  return { texts, ...ocrFacts(readings, limits) };
};

/** The OCR facts of a paper's readings, and a warning naming its pages below the confidence floor. */
export const ocrFacts = (
  readings: readonly RecognisedPage[],
  limits: Pick<OcrLimits, 'confidenceFloor'> = ocrLimits,
): { ocr: OcrFacts; warnings: string[] } => {
  const low = readings.filter((reading) => reading.confidence < limits.confidenceFloor);
  const mean = readings.reduce((sum, reading) => sum + reading.confidence, 0) / readings.length;
  const ocr = {
    pages: readings.map((reading) => reading.page),
    meanConfidence: Math.round(mean * 10) / 10,
    lowConfidencePages: low.map((reading) => reading.page),
  };
  const warnings = low.length
    ? [
        `OCR read ${low.length === 1 ? 'page' : 'pages'} ${low.map((reading) => `${reading.page} (confidence ${Math.round(reading.confidence)})`).join(', ')} below the confidence floor of ${limits.confidenceFloor}: check ${low.length === 1 ? 'its' : 'their'} text against the scan.`,
      ]
    : [];
  return { ocr, warnings };
};
