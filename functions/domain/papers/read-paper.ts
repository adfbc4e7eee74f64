import type { PageOcr } from '../../ports/page-ocr.ts';
import { bytesSource } from '../byte-source.ts';
import type { TextEncoding } from '../decode-text.ts';
import { UploadRejectedError } from '../errors.ts';
import { type ContentFormat, mediaTypeOf, type Sniffed, sniff } from '../sniff.ts';
import { acceptedFormat } from '../upload-policy.ts';
import { zipKind } from '../zip/zip-kind.ts';
import { extractPaper } from './extract-paper.ts';
import type { PaperExtraction } from './model.ts';
import { type OcrFacts, readScans } from './ocr-pages.ts';
import { docText } from './readers/doc-text.ts';
import { docxText } from './readers/docx-text.ts';
import { emlText } from './readers/eml-text.ts';
import { paperText } from './readers/html-text.ts';
import { odtText } from './readers/odt-text.ts';
import { pdfPages } from './readers/pdf-text.ts';
import { rtfText } from './readers/rtf-text.ts';

export interface PaperSource {
  readonly text: string;
  readonly pages: number | null;
  readonly format: ContentFormat;
  readonly mediaType: string;
  readonly encoding: TextEncoding | null;
  /** Set when some pages' text was read by OCR from their scans. */
  readonly ocr: OcrFacts | null;
  /** What the reading itself warns of (pages OCR was unsure of), ahead of the extraction's. */
  readonly warnings: readonly string[];
}

/** What reading a paper needs: OCR for the scanned pages of a PDF. */
export interface PaperReadingDeps {
  readonly ocr: PageOcr;
}

/** As `sniff`, but a zip whose first bytes do not say what it is is looked into (DOCX, ODT). */
const sniffPaper = async (bytes: Uint8Array): Promise<Sniffed> => {
  const sniffed = await sniff(bytes);
  if (sniffed.kind !== 'binary' || sniffed.mediaType !== 'application/zip') return sniffed;
  const kind = await zipKind(bytesSource(bytes));
  return kind ? { kind: 'binary', format: kind, mediaType: mediaTypeOf(kind) } : sniffed;
};

/**
 * Reads a paper's bytes into plain text, whatever its format (sniffed from the bytes), or rejects it
 * with the reason. Text formats keep their lines; form feeds mark pages.
 */
export const readPaper = async (
  bytes: Uint8Array,
  deps: PaperReadingDeps,
): Promise<PaperSource> => {
  const sniffed = await sniffPaper(bytes);
  const format = acceptedFormat('paper', sniffed);
  if (format === 'pdf') {
    const pages = await pdfPages(bytes);
    const { texts, ocr, warnings } = await readScans(pages, deps.ocr);
    // Pages are joined with form feeds, as pdftotext does, so page breaks stay visible to extraction.
    return {
      text: texts.join('\n\f\n'),
      pages: pages.length,
      format,
      mediaType: sniffed.mediaType,
      encoding: null,
      ocr,
      warnings,
    };
  }
  const reader = documentReaders[format];
  if (reader) {
    return {
      text: await reader(bytes),
      pages: null,
      format,
      mediaType: sniffed.mediaType,
      encoding: null,
      ocr: null,
      warnings: [],
    };
  }
  if (
    sniffed.kind === 'text' &&
    (format === 'html' || format === 'markdown' || format === 'text')
  ) {
    const text = await paperText(format, sniffed.decoded.text);
    const formFeeds = text.split('\f').length;
    return {
      text,
      pages: formFeeds > 1 ? formFeeds : null,
      format,
      mediaType: sniffed.mediaType,
      encoding: sniffed.decoded.encoding,
      ocr: null,
      warnings: [],
    };
  }
  throw new UploadRejectedError(
    'unsupported-type',
    `Papers cannot be read from ${sniffed.mediaType} yet: save it as PDF or DOCX.`,
  );
};

/** Documents read whole from their bytes into text, without pages (the word processor lays them out). */
const documentReaders: Partial<
  Record<ContentFormat, (bytes: Uint8Array) => Promise<string> | string>
> = {
  docx: docxText,
  odt: odtText,
  doc: docText,
  rtf: rtfText,
  // An e-mail's parts carry their own charsets, so it is read from its bytes, not as decoded text.
  eml: emlText,
};

export interface PaperAnalysis {
  readonly source: PaperSource;
  readonly extraction: PaperExtraction;
}

/** Reads and extracts a paper: what the CLI's `extract` prints and what ingest stores. */
export const analysePaper = async (
  bytes: Uint8Array,
  deps: PaperReadingDeps,
): Promise<PaperAnalysis> => {
  const source = await readPaper(bytes, deps);
  const extraction = extractPaper(source.text, source.pages);
  return {
    source,
    extraction: source.warnings.length
      ? { ...extraction, warnings: [...source.warnings, ...extraction.warnings] }
      : extraction,
  };
};
