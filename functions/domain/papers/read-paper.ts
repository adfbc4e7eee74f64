import type { TextEncoding } from '../decode-text.ts';
import { UploadRejectedError } from '../errors.ts';
import { paperText } from '../paper-text.ts';
import { type ContentFormat, sniff } from '../sniff.ts';
import { acceptedFormat } from '../upload-policy.ts';
import { extractPaper } from './extract-paper.ts';
import type { PaperExtraction } from './model.ts';

export interface PaperSource {
  readonly text: string;
  readonly pages: number | null;
  readonly format: ContentFormat;
  readonly mediaType: string;
  readonly encoding: TextEncoding | null;
}

/**
 * Reads a paper's bytes into plain text, whatever its format (sniffed from the bytes), or rejects it
 * with the reason. Text formats keep their lines; form feeds mark pages.
 */
export const readPaper = async (bytes: Uint8Array): Promise<PaperSource> => {
  const sniffed = await sniff(bytes);
  const format = acceptedFormat('paper', sniffed);
  if (sniffed.kind !== 'text') {
    throw new UploadRejectedError(
      'unsupported-type',
      `${format.toUpperCase()} papers cannot be read yet; upload the paper as text, Markdown or HTML.`,
    );
  }
  const text = paperText(format, sniffed.decoded.text);
  const formFeeds = text.split('\f').length;
  return {
    text,
    pages: formFeeds > 1 ? formFeeds : null,
    format,
    mediaType: sniffed.mediaType,
    encoding: sniffed.decoded.encoding,
  };
};

export interface PaperAnalysis {
  readonly source: PaperSource;
  readonly extraction: PaperExtraction;
}

/** Reads and extracts a paper: what the CLI's `extract` prints and what ingest stores. */
export const analysePaper = async (bytes: Uint8Array): Promise<PaperAnalysis> => {
  const source = await readPaper(bytes);
  return { source, extraction: extractPaper(source.text, source.pages) };
};
