/** Where officers upload, and where the system keeps what it derives. Names are part of the contract. */
export const uploadAreas = {
  paper: 'uploads/papers/',
  dataset: 'uploads/datasets/',
} as const;

export type RecordKind = keyof typeof uploadAreas;

export const recordKinds: readonly RecordKind[] = ['paper', 'dataset'];

/** The API's collection of each kind: `/v1/papers`, `/v1/datasets`. */
export const recordCollections: Readonly<Record<RecordKind, string>> = {
  paper: 'papers',
  dataset: 'datasets',
};

/** A record's path in the API, the root every link to it and its versions starts from. */
export const recordPath = (kind: RecordKind, id: string): string =>
  `/v1/${recordCollections[kind]}/${encodeURIComponent(id)}`;

/** Prefixes inside the archive bucket. Every key below them is content-addressed and written once. */
export const archivePrefixes = {
  originals: 'originals/sha256/',
  texts: 'texts/sha256/',
  extractions: 'extractions/sha256/',
  schemas: 'schemas/sha256/',
  datasetReports: 'reports/sha256/',
  /** A dataset version's whole rows as CSV, NDJSON and JSON, keyed by the rowset they encode. */
  distributions: 'distributions/sha256/',
} as const;

/**
 * Digests of every record's chain head, in the archive beside what ingest writes but written only
 * by the digest function: kept apart from `archivePrefixes`, which ingest may write.
 */
export const digestPrefix = 'digests/sha256/';

/** Finds the upload area a key belongs to; keys outside both areas are not ours to ingest. */
export const areaOfKey = (key: string): RecordKind | undefined =>
  recordKinds.find((kind) => key.startsWith(uploadAreas[kind]));
