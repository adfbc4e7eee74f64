/** Largest paper accepted: agenda packs with appendices run to tens of MB; beyond this is an error. */
export const maxPaperBytes = 50 * 1024 * 1024;

/** Most pages read from a PDF: the largest agenda packs run to about a thousand. */
export const maxPdfPages = 3_000;

/**
 * Most characters of text taken from a PDF, checked page by page as it is read: about 5,000 dense
 * pages. A small file can draw far more text than its size suggests (one font, repeated glyphs).
 */
export const maxPdfChars = 10_000_000;

/**
 * Largest dataset accepted. Datasets are streamed, so memory does not bound them; Lambda's 15
 * minutes do: a gigabyte of CSV is about ten million rows, at the edge of what one invocation can
 * write to DynamoDB (see docs/datasets.md).
 */
export const maxDatasetBytes = 1024 * 1024 * 1024;

/**
 * Largest row, in UTF-8 bytes of its cells. DynamoDB items hold 400 KB including attribute names and
 * keys; the margin covers those for tables up to a few thousand columns.
 */
export const maxRowBytes = 300 * 1024;

/**
 * Most columns a table may have: far more than any council table, and small enough that a row
 * fits a DynamoDB item. Checked on the header, before any row is read.
 */
export const maxTableColumns = 1_000;

/**
 * Most characters in one CSV record as it is parsed: a record is never held past this, so a
 * single 5 MB cell (or an unclosed quote swallowing the file) is refused as it streams in. Above
 * `maxRowBytes`, so a row just too large is still reported with the field that makes it so.
 */
export const maxRecordChars = 4 * 1024 * 1024;

/** Most cells (rows × columns) in one table: about what one ingest writes within Lambda's 15 minutes. */
export const maxTableCells = 100_000_000;

/** Page size cap for every list route. */
export const maxPageSize = 100;
export const defaultPageSize = 20;

/**
 * The most rows one rows request reads from the store, matching or not: a filter that rarely
 * matches returns a short (even empty) page with a cursor to read on, instead of scanning a
 * whole dataset within one request.
 */
export const maxRowsScannedPerRead = 2_000;

/**
 * How long a request may run before it is answered 503 with `Retry-After`: well inside API
 * Gateway's 30-second integration timeout, after which the caller would get a bare 503 anyway.
 */
export const requestBudgetMs = 10_000;

/**
 * What a zip container (DOCX, ODT, XLSX, ODS) may expand to, checked while it is inflated: a few
 * MB of zeros deflate to a gigabyte. Papers are read whole, so their parts stay small; workbooks
 * are streamed, so only the parts held whole (shared strings, styles) are capped lower.
 */
export const paperZipLimits = {
  maxEntries: 10_000,
  maxEntryBytes: 128 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
} as const;

export const workbookZipLimits = {
  maxEntries: 10_000,
  maxEntryBytes: 4 * 1024 * 1024 * 1024,
  maxTotalBytes: 8 * 1024 * 1024 * 1024,
} as const;

/** A workbook part read whole (shared strings, styles, the workbook's sheet list). */
export const maxWorkbookPartBytes = 256 * 1024 * 1024;
