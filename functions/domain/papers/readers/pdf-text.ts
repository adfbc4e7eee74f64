import { maxPdfChars, maxPdfPages } from '../../../config/limits.ts';
import { UploadRejectedError } from '../../errors.ts';
import { rasterisePage } from './page-raster.ts';
import type { GreyImage } from './pdf-images.ts';
import { checkScanLength, ocrLimits, sparsePages } from './scan-pages.ts';

export interface TextItem {
  readonly str: string;
  readonly transform: number[];
  readonly width: number;
  readonly height: number;
}

/**
 * One page's text items as lines: items grouped by baseline, ordered left to right; a gap wider
 * than one and a half times the font size becomes a tab, which is how tables survive as text.
 */
export const pageLines = (items: readonly TextItem[]): string => {
  const lines: { y: number; items: TextItem[] }[] = [];
  for (const item of items) {
    if (!item.str) continue;
    const y = item.transform[5] ?? 0;
    const tolerance = Math.max(2, (item.height || 10) * 0.4);
    let line = lines.find((candidate) => Math.abs(candidate.y - y) <= tolerance);
    if (!line) {
      line = { y, items: [] };
      lines.push(line);
    }
    line.items.push(item);
  }
  lines.sort((a, b) => b.y - a.y);
  // A superscript ordinal ("12th", "29th") sits above its line's baseline and groups as a line of
  // its own: it goes back into the line just below it, after its number.
  for (let index = lines.length - 2; index >= 0; index--) {
    const raised = lines[index];
    const below = lines[index + 1];
    if (
      !raised ||
      !below ||
      !raised.items.every((item) => /^\s*(?:st|nd|rd|th)?\s*$/.test(item.str)) ||
      !raised.items.some((item) => /\S/.test(item.str))
    )
      continue;
    const height = Math.max(...below.items.map((item) => item.height || 10));
    if (raised.y - below.y > height) continue;
    below.items.push(...raised.items);
    lines.splice(index, 1);
  }
  return lines
    .map((line) => {
      line.items.sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0));
      let text = '';
      let end = Number.NEGATIVE_INFINITY;
      // A space item says nothing of the gap after it ("Position", " ", then "Vacancy" two inches
      // on): the next word's distance decides between a space and a tab, unless the space is
      // itself that wide; a word after a space item is never run onto the one before.
      let spaced = false;
      for (const item of line.items) {
        const x = item.transform[4] ?? 0;
        const fontSize = Math.hypot(item.transform[0] ?? 0, item.transform[1] ?? 0) || 10;
        if (!item.str.trim()) {
          if (item.width > fontSize * 1.5) {
            text += '\t';
            end = x + item.width;
          } else spaced = true;
          continue;
        }
        const gap = x - end;
        if (text && !/\s$/.test(text))
          text += gap > fontSize * 1.5 ? '\t' : spaced || gap > fontSize * 0.15 ? ' ' : '';
        text += item.str;
        spaced = false;
        end = x + item.width;
      }
      return text.trimEnd();
    })
    .map((text, index) => {
      // A gap of more than about one and a half lines is a blank line: paragraph breaks matter to
      // extraction, and PDFs draw no text for them.
      const line = lines[index];
      const above = lines[index - 1];
      const height = Math.max(...(line?.items.map((item) => item.height || 10) ?? [10]));
      return above && line && above.y - line.y > height * 2.2 ? `\n${text}` : text;
    })
    .join('\n');
};

const unreadable = (reason: string, cause?: unknown) =>
  new UploadRejectedError('unreadable-document', `The PDF cannot be read: ${reason}.`, { cause });

/** One page of a PDF: its text layer, and its scan when that layer is (almost) empty. */
export interface PdfPage {
  readonly text: string;
  /** The page's images composed in grey, when the page is a scan to be read by OCR; else null. */
  readonly scan: GreyImage | null;
}

/**
 * The pages of a PDF: each page's text, and the image of each page that is a scan (little or no
 * text, and an image). Rejects encrypted and corrupt PDFs, PDFs with neither text nor images, and
 * scans of more pages than OCR reads (as soon as one more than it reads is found, so a long scan
 * is not decoded whole; blank pages of a paper with text do not count).
 */
export const pdfPages = async (bytes: Uint8Array): Promise<PdfPage[]> => {
  // Loaded on the first PDF, not at cold start: the PDF engine is most of the ingest bundle.
  const { getDocumentProxy, getResolvedPDFJS } = await import('unpdf');
  let document: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy: pdf.js detaches the buffer it is given.
    document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw unreadable('it is encrypted with a password', error);
    throw unreadable('its structure is invalid or the file is truncated', error);
  }
  try {
    if (document.numPages > maxPdfPages)
      throw new UploadRejectedError(
        'too-large',
        `The PDF has ${document.numPages} pages; papers are read up to ${maxPdfPages} pages. Split it into parts.`,
      );
    const texts: string[] = [];
    let chars = 0;
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      texts.push(
        pageLines(content.items.filter((item): item is typeof item & TextItem => 'str' in item)),
      );
      page.cleanup();
      chars += texts.at(-1)?.length ?? 0;
      if (chars > maxPdfChars)
        throw new UploadRejectedError(
          'too-large',
          `The PDF's text passes ${maxPdfChars} characters by page ${number} of ${document.numPages}; papers are read up to that. Split it into parts.`,
        );
    }
    const sparse = sparsePages(texts);
    const { OPS } = await getResolvedPDFJS();
    const scans = new Map<number, GreyImage>();
    for (const index of sparse) {
      const page = await document.getPage(index + 1);
      const image = await rasterisePage(page, OPS);
      if (image) scans.set(index, image);
      page.cleanup();
      // Every page without text counts from here: the scan is too long to read.
      if (scans.size > ocrLimits.maxPages) checkScanLength(sparse.length, texts.length);
    }
    if (scans.size === 0 && texts.every((page) => page.trim() === '')) {
      throw new UploadRejectedError(
        'no-text-layer',
        `The PDF has ${texts.length} page(s) but neither text nor images to read; upload a PDF with text, or a scan.`,
      );
    }
    return texts.map((text, index) => ({ text, scan: scans.get(index) ?? null }));
  } finally {
    await document.destroy();
  }
};
