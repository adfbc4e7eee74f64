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
