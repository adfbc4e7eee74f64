import type { RecordKind } from '../config/areas.ts';
import { maxDatasetBytes, maxPaperBytes } from '../config/limits.ts';
import { acceptedFormatNames, acceptedFormats } from './accepted-formats.ts';
import { UploadRejectedError } from './errors.ts';
import { type ContentFormat, oleMediaType, type Sniffed } from './sniff.ts';

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

const accepts = (kind: RecordKind, format: ContentFormat | undefined): boolean =>
  acceptedFormats[kind].some((accepted) => accepted.format === format);

/** The rejection of a file of a type an area does not take, naming what it does take. */
export const unsupportedType = (
  kind: RecordKind,
  found: string,
  advice = '',
): UploadRejectedError =>
  new UploadRejectedError(
    'unsupported-type',
    `${advice}${kind === 'paper' ? 'Papers' : 'Datasets'} must be ${acceptedFormatNames(kind)}; this file is ${found}.`,
  );

const legacyExcel =
  'Legacy Excel workbooks (.xls, Excel 97–2003) are not read: no maintained reader of them is safe on hostile files. Save it as XLSX or CSV and upload that. ';

/**
 * Decides the format an upload is ingested as, or rejects it. Papers are any readable document;
 * CSV-shaped text in the papers area is still a paper (PDF exports lay tables out with tabs).
 */
export const acceptedFormat = (kind: RecordKind, sniffed: Sniffed): ContentFormat => {
  if (kind === 'paper') return acceptedPaperFormat(sniffed);
  // Any text is read as a table: the table reader, not the sniffer, judges a CSV with a title
  // block or ragged rows, and reports what is wrong with it. A CSV named .xls is text, so a CSV.
  if (sniffed.kind === 'text' && sniffed.format === 'eml')
    throw unsupportedType(
      'dataset',
      describe(sniffed),
      'An e-mail is not a table: papers belong under uploads/papers/. ',
    );
  if (sniffed.kind === 'text') return sniffed.format === 'json' ? 'json' : 'csv';
  if (accepts('dataset', sniffed.format) && sniffed.format) return sniffed.format;
  // In the datasets area an OLE2 file is all but always an .xls whose directory lies past the
  // bytes sniffed.
  const legacy = sniffed.format === 'xls' || sniffed.mediaType === oleMediaType;
  throw unsupportedType('dataset', describe(sniffed), legacy ? legacyExcel : '');
};

const acceptedPaperFormat = (sniffed: Sniffed): ContentFormat => {
  if (sniffed.kind === 'binary') {
    if (accepts('paper', sniffed.format) && sniffed.format) return sniffed.format;
    throw unsupportedType('paper', describe(sniffed));
  }
  if (sniffed.format === 'json') {
    throw unsupportedType(
      'paper',
      describe(sniffed),
      'This file is JSON data, not a paper: datasets belong under uploads/datasets/. ',
    );
  }
  return sniffed.format === 'csv' ? 'text' : sniffed.format;
};

const binaryNames: Partial<Record<ContentFormat, string>> = {
  xls: 'a legacy Excel workbook',
  xlsx: 'an Excel workbook',
  ods: 'an OpenDocument spreadsheet',
  pdf: 'a PDF',
};

/** What a file was found to be, for a rejection. */
const describe = (sniffed: Sniffed): string => {
  if (sniffed.kind === 'text')
    return `${sniffed.format} text (${sniffed.mediaType}, ${sniffed.decoded.encoding})`;
  if (sniffed.mediaType === oleMediaType)
    return `a legacy Office file (OLE2 compound file, ${sniffed.mediaType}) that is damaged or is neither a Word document nor an Excel workbook`;
  const name = sniffed.format && binaryNames[sniffed.format];
  return name ? `${name} (${sniffed.mediaType})` : `binary (${sniffed.mediaType})`;
};
