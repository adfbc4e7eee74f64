/** Largest paper accepted: agenda packs with appendices run to tens of MB; beyond this is an error. */
export const maxPaperBytes = 50 * 1024 * 1024;

/** Largest dataset accepted by the ingest function (bigger files need the streaming path). */
export const maxDatasetBytes = 200 * 1024 * 1024;

/** Page size cap for every list route. */
export const maxPageSize = 100;
export const defaultPageSize = 20;
