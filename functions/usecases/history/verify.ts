import type { RecordKind } from '../../config/areas.ts';
import { sha256OfSource } from '../../domain/byte-source.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { type ChainBreak, findChainBreak } from '../../domain/history/chain.ts';
import type { BlobStore } from '../../ports/blob-store.ts';
import type { StoredVersion, VersionStore } from '../../ports/version-store.ts';
import { everyVersion } from './history-queries.ts';

export interface Verification {
  readonly kind: RecordKind;
  readonly id: string;
  readonly ok: boolean;
  readonly versions: number;
  /** The last link: an auditor who kept it can later prove the history was not rewritten. */
  readonly head: { readonly version: number; readonly chainHash: string } | null;
  /** The first broken link, in version order. */
  readonly broken: ChainBreak | null;
  readonly checkedObjects: number;
}

/** The archived objects a version vouches for, each with the SHA-256 it recorded. */
const vouchedFor = (version: StoredVersion): { key: string; sha256: string; what: string }[] => {
  const original = { key: version.originalKey, sha256: version.sha256, what: 'original upload' };
  const addressed = (key: string, what: string) => ({
    key,
    sha256: key.slice(key.lastIndexOf('/') + 1),
    what,
  });
  return version.kind === 'paper'
    ? [
        original,
        { key: version.textKey, sha256: version.textSha256, what: 'text' },
        { key: version.extractionKey, sha256: version.extractionSha256, what: 'extraction' },
      ]
    : [
        original,
        addressed(version.schemaKey, 'Table Schema'),
        addressed(version.reportKey, 'validation report'),
      ];
};

/**
 * Recomputes a record's hash chain from its stored versions, then hashes every archived object a
 * version points at (each once), and names the first version whose record or objects no longer
 * match what was committed.
 */
export const verifyRecord = async (
  deps: { readonly versions: VersionStore; readonly archive: BlobStore },
  kind: RecordKind,
  id: string,
): Promise<Verification> => {
  const versions: StoredVersion[] = [];
  for await (const version of everyVersion(deps.versions, kind, id)) versions.push(version);
  if (versions.length === 0) throw new NotFoundError(`No ${kind} has the id "${id}".`);
  const last = versions.at(-1) as StoredVersion;
  const result = {
    kind,
    id,
    versions: versions.length,
    head: { version: last.version, chainHash: last.chainHash },
  };
  const chainBreak = findChainBreak(versions);
  const hashed = new Map<string, string | null>();
  for (const version of versions) {
    if (chainBreak && version.version >= chainBreak.version) break;
    for (const object of vouchedFor(version)) {
      if (!hashed.has(object.key)) {
        const opened = await deps.archive.open(object.key);
        hashed.set(object.key, opened ? await sha256OfSource(opened) : null);
      }
      const actual = hashed.get(object.key);
      if (actual !== object.sha256) {
        const problem =
          actual === null
            ? `its ${object.what} ${object.key} is missing from the archive`
            : `its ${object.what} ${object.key} hashes to ${actual}, not the recorded ${object.sha256}`;
        return {
          ...result,
          ok: false,
          broken: { version: version.version, problem },
          checkedObjects: hashed.size,
        };
      }
    }
  }
  return { ...result, ok: chainBreak === null, broken: chainBreak, checkedObjects: hashed.size };
};
