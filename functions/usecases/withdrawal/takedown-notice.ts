import type { RecordKind } from '../../config/areas.ts';
import { type Takedown, takedownKey } from '../../domain/history/takedown.ts';
import type { BlobStore } from '../../ports/blob-store.ts';

/** A version's takedown notice, or `undefined` when its content is public. */
export const takedownOf = async (
  archive: BlobStore,
  kind: RecordKind,
  id: string,
  version: number,
): Promise<Takedown | undefined> => {
  const stored = await archive.get(takedownKey(kind, id, version), 64 * 1024);
  return stored && (JSON.parse(new TextDecoder().decode(stored.bytes)) as Takedown);
};
