import { type DecodedText, decodeText } from './decode-text.ts';
import { isOle, readOleDirectory } from './ole2.ts';

/** Formats we know how to name. Binary ones we do not ingest are reported by their detected type. */
export type ContentFormat =
  | 'pdf'
  | 'docx'
  | 'doc'
  | 'odt'
  | 'rtf'
  | 'html'
  | 'markdown'
  | 'text'
  | 'eml'
  | 'csv'
  | 'json'
  | 'xlsx'
  | 'ods'
  | 'xls';

export type Sniffed =
  | {
      readonly kind: 'binary';
      readonly format: ContentFormat | undefined;
      readonly mediaType: string;
    }
  | {
      readonly kind: 'text';
      readonly format: ContentFormat;
      readonly mediaType: string;
      readonly decoded: DecodedText;
    };

const binaryFormats: Readonly<Record<string, ContentFormat>> = {
  pdf: 'pdf',
  docx: 'docx',
  odt: 'odt',
  rtf: 'rtf',
  xlsx: 'xlsx',
  ods: 'ods',
};

const mediaTypes: Readonly<Record<ContentFormat, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  odt: 'application/vnd.oasis.opendocument.text',
  rtf: 'application/rtf',
  html: 'text/html',
  markdown: 'text/markdown',
  text: 'text/plain',
  eml: 'message/rfc822',
  csv: 'text/csv',
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  xls: 'application/vnd.ms-excel',
};

/**
 * An OLE2 compound file is a Word document when it has a WordDocument stream, an Excel workbook
 * when it has a Workbook (or, before Excel 97, Book) stream; anything else, or a directory that
 * cannot be read (as in the first bytes only of a large file), is named no further.
 */
const oleFormat = (bytes: Uint8Array): ContentFormat | undefined => {
  try {
    const { rootStreams } = readOleDirectory(bytes);
    if (rootStreams.has('WordDocument')) return 'doc';
    return rootStreams.has('Workbook') || rootStreams.has('Book') ? 'xls' : undefined;
  } catch {
    return undefined;
  }
};

/** The media type of a format we name. */
export const mediaTypeOf = (format: ContentFormat): string => mediaTypes[format];

/**
 * Finds the real format of an upload from its bytes, never its name: a `.txt` that is a PDF is a PDF.
 *
 * @example (await sniff(pdfBytes)).format // 'pdf'
 */
export const sniff = async (bytes: Uint8Array): Promise<Sniffed> => {
  if (isOle(bytes)) {
    const format = oleFormat(bytes);
    return { kind: 'binary', format, mediaType: format ? mediaTypes[format] : oleMediaType };
  }
  // Loaded with the first upload sniffed, not at cold start: the API reads pages without it.
  const { fileTypeFromBuffer } = await import('file-type');
  const detected = await fileTypeFromBuffer(bytes);
  // file-type also "detects" some text formats (xml, svg); only trust it for binary containers.
  if (detected && !detected.mime.startsWith('text/') && detected.ext !== 'xml') {
    const format = binaryFormats[detected.ext];
    return { kind: 'binary', format, mediaType: format ? mediaTypes[format] : detected.mime };
  }
  const decoded = await decodeText(bytes);
  if (!decoded) return { kind: 'binary', format: undefined, mediaType: 'application/octet-stream' };
  const format = classifyText(decoded.text);
  return { kind: 'text', format, mediaType: mediaTypes[format], decoded };
};

/** What file-type calls an OLE2 compound file it cannot name further. */
export const oleMediaType = 'application/x-cfb';

/** An HTML comment, its body unable to run past its own end (so a run of comments reads one way). */
const comment = `<!--(?:[^-]|-(?!->))*-->`;
const htmlDocument = new RegExp(
  String.raw`^\s*(?:<\?xml[^>]*>\s*)?(?:${comment}\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])`,
  'i',
);
/**
 * A fragment of HTML saved as it is (a content-management system's page body, with no `<html>` or
 * `<body>`): it opens with an element and closes block elements throughout, which text never does.
 */
const htmlFragmentStart = new RegExp(
  String.raw`^\s*(?:${comment}\s*)*<[a-z][a-z0-9]*(?:\s[^>]*)?>`,
  'i',
);
const blockClosings = /<\/(?:p|div|li|ol|ul|h[1-6]|table|tr|td|th|section|article|span)\s*>/gi;
const isHtmlFragment = (text: string): boolean =>
  htmlFragmentStart.test(text) && (text.slice(0, 20_000).match(blockClosings)?.length ?? 0) >= 3;

const markdownSignals =
  /^(?:#{1,6}\s+\S|[-*_]{3,}\s*$|\|.*\|\s*$|>\s|\s*[-*+]\s+\S|\s*\d+\.\s+\S|.*\*\*\S.*\*\*|.*\[[^\]]+\]\([^)]+\))/m;

/**
 * An e-mail saved as a file (RFC 5322): it opens with a block of header fields and nothing else,
 * naming its sender and at least one of its date, subject, id or MIME version. Plain minutes that
 * open with "Date:" or "Subject:" lines name no sender.
 */
const isEmail = (text: string): boolean => {
  const block =
    text
      .slice(0, 20_000)
      .replace(/^\uFEFF/, '')
      .split(/\r?\n\r?\n/, 1)[0] ?? '';
  const lines = block.split(/\r?\n/);
  if (!lines.every((line) => /^[!-9;-~]+:/.test(line) || /^[ \t]+\S/.test(line))) return false;
  const names = new Set(lines.map((line) => /^([!-9;-~]+):/.exec(line)?.[1]?.toLowerCase()));
  return (
    (names.has('from') || names.has('received')) &&
    ['date', 'subject', 'message-id', 'mime-version'].some((name) => names.has(name))
  );
};

const classifyText = (text: string): ContentFormat => {
  if (isEmail(text)) return 'eml';
  if (htmlDocument.test(text) || isHtmlFragment(text)) return 'html';
  const trimmed = text.trimStart();
  if ((trimmed.startsWith('{') || trimmed.startsWith('[')) && isJson(trimmed)) return 'json';
  if (looksLikeMarkdown(text)) return 'markdown';
  if (looksLikeCsv(text)) return 'csv';
  return 'text';
};

const isJson = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** Markdown needs headings or emphasis that plain text extracted from a PDF does not produce. */
const looksLikeMarkdown = (text: string): boolean => {
  const head = text.slice(0, 20_000);
  const headings = head.match(/^#{1,6}\s+\S/gm)?.length ?? 0;
  const strong = head.match(/\*\*\S[^*\n]*\*\*|__\S[^_\n]*__/g)?.length ?? 0;
  const links = head.match(/\[[^\]\n]+\]\([^)\s]+\)/g)?.length ?? 0;
  // YAML front matter (static sites, WordPress exports) and backslash escapes ("1\. Apologies"),
  // which only a Markdown writer produces.
  // Each line of the block starts a key, is indented or is blank: alternatives that cannot match
  // the same text, so the test is linear (the former `\s+.*` could take a line break either way,
  // which made this one test a fifth of extraction's time).
  const frontMatter =
    head.startsWith('---') &&
    /^---\r?\n(?:[\w-]+:[^\n]*\n|[ \t][^\n]*\n|\r?\n)+---[ \t]*\r?(?:\n|$)/.test(
      head.slice(0, 3000),
    );
  const escapes = head.match(/^\s*(?:\d+|[a-z])\\[.)]\s|\\[*_#]/gm)?.length ?? 0;
  return (
    headings >= 1 ||
    strong + links >= 3 ||
    (markdownSignals.test(head) && strong + links >= 1) ||
    frontMatter ||
    escapes >= 2
  );
};

/** Several lines splitting into the same number (≥2) of fields on one delimiter. */
const looksLikeCsv = (text: string): boolean => {
  const lines = text
    .slice(0, 20_000)
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, 20);
  if (lines.length < 2) return false;
  return [',', ';', '\t', '|'].some((delimiter) => {
    const counts = lines.map((line) => line.split(delimiter).length);
    const first = counts[0] ?? 1;
    return first >= 2 && counts.filter((count) => count === first).length >= lines.length * 0.9;
  });
};
