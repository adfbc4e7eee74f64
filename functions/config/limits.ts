/** Largest paper accepted: agenda packs with appendices run to tens of MB; beyond this is an error. */
export const maxPaperBytes = 50 * 1024 * 1024;

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

/** Page size cap for every list route. */
export const maxPageSize = 100;
export const defaultPageSize = 20;

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
