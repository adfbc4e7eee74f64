/** Largest paper accepted: agenda packs with appendices run to tens of MB; beyond this is an error. */
export const maxPaperBytes = 50 * 1024 * 1024;

/**
 * Largest dataset accepted. Datasets are streamed, so memory does not bound them; Lambda's 15
 * minutes do: a gigabyte of CSV is about ten million rows, at the edge of what one invocation can
 * write to DynamoDB (see docs/datasets.md).
 */
export const maxDatasetBytes = 1024 * 1024 * 1024;

/** Page size cap for every list route. */
export const maxPageSize = 100;
export const defaultPageSize = 20;
