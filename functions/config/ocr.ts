/**
 * OCR's bounds. A scan's pages are recognised by the OCR function, several at a time; these keep
 * one paper from holding ingest for long: beyond them the paper is rejected, saying why.
 */

/** Most scanned pages OCR reads in one paper. */
export const maxOcrPages = 30;

/** Longest the OCR of one paper may take, all its pages together. */
export const ocrTimeBudgetMs = 10 * 60 * 1000;

/** A page read with a lower mean confidence (0-100) is named in the paper's warnings. */
export const ocrConfidenceFloor = 70;

/**
 * A page with fewer letters and digits than this in its text layer, and an image, is taken for a
 * scan (a scanner may leave a page number or a stamp as text).
 */
export const scanTextThreshold = 40;

/** OCR invocations in flight at once for one paper. */
export const ocrConcurrency = 4;

/**
 * The largest PNG sent for one page: Lambda's synchronous payload is 6 MB, and base64 adds a third.
 * A larger page image is halved until it fits.
 */
export const maxPagePngBytes = 4 * 1024 * 1024;

/** Tesseract's languages, `+`-joined; each needs its `@tesseract.js-data/<lang>` package. */
export const defaultOcrLanguages = 'eng';
