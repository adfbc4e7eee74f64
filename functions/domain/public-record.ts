/**
 * Fields of a stored version that say where its parts are kept or how events were ordered: they
 * are sealed into the hash chain (so the version history serves them, for anyone to recompute
 * it), but a record as the public reads it leaves them out.
 */
export const storageFields = [
  'sourceKey',
  'sequencer',
  'applied',
  'originalKey',
  'textKey',
  'extractionKey',
  'schemaKey',
  'reportKey',
  'rowset',
] as const;

export type StorageField = (typeof storageFields)[number];

export type PublicRecord<R> = Omit<R, StorageField>;

/**
 * A record without its storage internals.
 *
 * @example publicRecord({ id: 'a', textKey: 'texts/sha256/…' }) // { id: 'a' }
 */
export const publicRecord = <R extends object>(record: R): PublicRecord<R> => {
  const copy: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const field of storageFields) delete copy[field];
  return copy as PublicRecord<R>;
};
