import type { RecordKind } from '../config/areas.ts';
import { maxDatasetBytes, maxPaperBytes } from '../config/limits.ts';
import { UploadRejectedError } from './errors.ts';
import type { ContentFormat, Sniffed } from './sniff.ts';

const maxBytes: Readonly<Record<RecordKind, number>> = {
  paper: maxPaperBytes,
  dataset: maxDatasetBytes,
};

/** The size limit for an upload area. */
export const maxBytesFor = (kind: RecordKind): number => maxBytes[kind];

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** Rejects an upload before its bytes are read when its declared size already breaks the limit. */
export const checkSize = (kind: RecordKind, size: number): void => {
  if (size === 0) throw new UploadRejectedError('empty', 'The file is empty (0 bytes).');
  if (size > maxBytes[kind]) {
    throw new UploadRejectedError(
      'too-large',
      `The file is ${mib(size)}; ${kind}s are limited to ${mib(maxBytes[kind])}.`,
    );
  }
};

/**
 * Decides the format an upload is ingested as, or rejects it. Papers are any readable document;
 * CSV-shaped text in the papers area is still a paper (PDF exports lay tables out with tabs).
 */
export const acceptedFormat = (kind: RecordKind, sniffed: Sniffed): ContentFormat => {
  if (kind === 'paper') return acceptedPaperFormat(sniffed);
  // Any text is read as a table: the table reader, not the sniffer, judges a CSV with a title
  // block or ragged rows, and reports what is wrong with it.
  if (sniffed.kind === 'text') return sniffed.format === 'json' ? 'json' : 'csv';
  if (sniffed.format === 'xlsx' || sniffed.format === 'ods') return sniffed.format;
  throw new UploadRejectedError(
    'unsupported-type',
    `Datasets must be CSV, JSON, XLSX or ODS; this file is ${describe(sniffed)}.`,
  );
};

const acceptedPaperFormat = (sniffed: Sniffed): ContentFormat => {
  if (sniffed.kind === 'binary') {
    if (sniffed.format === 'pdf' || sniffed.format === 'docx' || sniffed.format === 'odt')
      return sniffed.format;
    throw new UploadRejectedError(
      'unsupported-type',
      `Papers must be PDF, DOCX, ODT, HTML, Markdown or plain text; this file is ${describe(sniffed)}.`,
    );
  }
  if (sniffed.format === 'json') {
    throw new UploadRejectedError(
      'unsupported-type',
      'This file is JSON data, not a paper: datasets belong under uploads/datasets/.',
    );
  }
  return sniffed.format === 'csv' ? 'text' : sniffed.format;
};

const describe = (sniffed: Sniffed): string =>
  sniffed.kind === 'binary'
    ? `binary (${sniffed.mediaType})`
    : `${sniffed.format} text (${sniffed.mediaType}, ${sniffed.decoded.encoding})`;
