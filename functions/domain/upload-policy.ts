import type { RecordKind } from '../config/areas.ts';
import { maxDatasetBytes, maxPaperBytes } from '../config/limits.ts';
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

/** One format an area accepts, as help texts and rejections name it. */
export interface AcceptedFormat {
  readonly format: ContentFormat;
  /** How people call it: "Word 97–2003 (DOC)". */
  readonly name: string;
  /** The file name endings the upload page's picker offers; the bytes decide, never the name. */
  readonly extensions: readonly string[];
}

/**
 * THE list of what each upload area accepts, in the order help texts name them. The upload page's
 * hint and picker, the CLI's help, and every rejection of a file's type read from it.
 */
export const acceptedFormats: Readonly<Record<RecordKind, readonly AcceptedFormat[]>> = {
  paper: [
    { format: 'pdf', name: 'PDF (scans read by OCR)', extensions: ['.pdf'] },
    { format: 'docx', name: 'Word (DOCX)', extensions: ['.docx'] },
    { format: 'doc', name: 'Word 97–2003 (DOC)', extensions: ['.doc'] },
    { format: 'odt', name: 'OpenDocument text (ODT)', extensions: ['.odt'] },
    { format: 'rtf', name: 'RTF', extensions: ['.rtf'] },
    { format: 'html', name: 'HTML', extensions: ['.html', '.htm'] },
    { format: 'markdown', name: 'Markdown', extensions: ['.md', '.markdown'] },
    { format: 'text', name: 'plain text', extensions: ['.txt'] },
    { format: 'eml', name: 'e-mail (EML, the body read)', extensions: ['.eml'] },
  ],
  dataset: [
    { format: 'csv', name: 'CSV', extensions: ['.csv', '.tsv'] },
    { format: 'json', name: 'JSON', extensions: ['.json'] },
    { format: 'xlsx', name: 'Excel (XLSX)', extensions: ['.xlsx'] },
    { format: 'ods', name: 'OpenDocument spreadsheet (ODS)', extensions: ['.ods'] },
  ],
};

/**
 * The formats an area accepts, as a sentence names them.
 *
 * @example acceptedFormatNames('dataset') // 'CSV, JSON, Excel (XLSX) or OpenDocument spreadsheet (ODS)'
 */
export const acceptedFormatNames = (kind: RecordKind): string => {
  const names = acceptedFormats[kind].map(({ name }) => name);
  return `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
};

/** The file name endings an area's picker offers (`.pdf,.docx,…`). */
export const acceptedExtensions = (kind: RecordKind): readonly string[] =>
  acceptedFormats[kind].flatMap(({ extensions }) => extensions);

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
