import { uploadAreas } from '../../config/areas.ts';
import { bytesSource, sha256OfSource } from '../../domain/byte-source.ts';
import {
  type DataPackage,
  type PackageResource,
  packageKeysFor,
  readDataPackage,
} from '../../domain/datasets/data-package.ts';
import { UploadRejectedError } from '../../domain/errors.ts';
import type { OpenedObject } from '../../ports/blob-store.ts';
import type { IngestEntry } from '../../ports/ingest-log.ts';
import { indexRecord } from '../search/search-indexing.ts';
import { ingestDataset, readSchemaUpload } from './ingest-dataset.ts';
import type { IngestDeps, Outcome } from './outcome.ts';
import type { UploadEvent } from './upload-event.ts';

/** Descriptors are metadata: a megabyte is generous. */
const maxDescriptorBytes = 1024 * 1024;

const none = { version: null, sha256: null, size: null, mediaType: null, reportKey: null } as const;

/**
 * The package whose valid `datapackage.json`, in the file's folder or one above, names the file
 * as a resource or a resource's schema. Descriptors too large or invalid name nothing.
 */
export const packageNaming = async (
  deps: IngestDeps,
  key: string,
): Promise<DataPackage | undefined> => {
  for (const packageKey of packageKeysFor(key, uploadAreas.dataset)) {
    const descriptor = await deps.uploads
      .get(packageKey, maxDescriptorBytes)
      .catch(() => undefined);
    if (!descriptor) continue;
    try {
      const pkg = readDataPackage(descriptor.bytes, packageKey);
      const names = (resource: PackageResource) =>
        resource.key === key || resource.schemaKey === key;
      if (pkg.resources.some(names)) return pkg;
    } catch (error) {
      if (!(error instanceof UploadRejectedError)) throw error;
    }
  }
  return undefined;
};

/** The bytes of a resource: inline rows as JSON, or its uploaded file. */
const openResource = async (
  deps: IngestDeps,
  resource: PackageResource,
): Promise<OpenedObject | undefined> => {
  if (resource.data) {
    const bytes = new TextEncoder().encode(JSON.stringify(resource.data));
    return { ...bytesSource(bytes), metadata: {} };
  }
  return resource.key ? deps.uploads.open(resource.key) : undefined;
};

/**
 * Ingests one resource of a package as a dataset, with the package's metadata and the resource's
 * schema. A resource whose file is not uploaded yet is skipped: uploading it later ingests it.
 */
export const ingestResource = async (
  deps: IngestDeps,
  event: UploadEvent,
  resource: PackageResource,
): Promise<Outcome> => {
  const object = await openResource(deps, resource);
  if (!object) {
    const message = `Resource "${resource.name}" of the data package: ${resource.key} is not uploaded yet; it is ingested when it is.`;
    return {
      ...none,
      kind: 'dataset',
      id: resource.id,
      outcome: 'skipped',
      reason: { code: 'object-gone', message },
    };
  }
  const schema =
    resource.schema ??
    (resource.schemaKey ? await readSchemaUpload(deps, resource.schemaKey) : undefined);
  const sha256 = await sha256OfSource(object);
  return ingestDataset(
    deps,
    { ...event, key: resource.key ?? event.key },
    { ...object, metadata: { ...resource.metadata, ...object.metadata } },
    sha256,
    { id: resource.id, ...(schema ? { schema } : {}) },
  );
};

/**
 * Ingests every resource of an uploaded `datapackage.json`, logging each as its own attempt, and
 * answers for the descriptor with a summary. A rejected resource does not stop the others.
 */
export const ingestPackage = async (
  deps: IngestDeps,
  event: UploadEvent,
  descriptor: Uint8Array,
): Promise<Outcome> => {
  const pkg = readDataPackage(descriptor, event.key);
  const lines: string[] = [];
  let published = 0;
  let rejected = 0;
  for (const resource of pkg.resources) {
    let outcome: Outcome;
    try {
      outcome = await ingestResource(deps, event, resource);
    } catch (error) {
      if (!(error instanceof UploadRejectedError)) throw error;
      outcome = {
        ...none,
        kind: 'dataset',
        id: resource.id,
        outcome: 'rejected',
        reason: { code: error.code, message: error.message },
        reportKey: error.reportKey ?? null,
      };
    }
    if (outcome.outcome === 'accepted' || outcome.outcome === 'duplicate') published++;
    if (outcome.outcome === 'rejected') rejected++;
    lines.push(
      `${resource.id}: ${outcome.outcome}${outcome.version ? ` (version ${outcome.version})` : ''}`,
    );
    const entry: IngestEntry = {
      at: event.eventTime,
      bucket: event.bucket,
      key: resource.key ?? `${event.key}#${resource.name}`,
      eventName: event.eventName,
      sequencer: event.sequencer,
      ...outcome,
    };
    await deps.log.record(entry);
    if (outcome.outcome === 'accepted' || outcome.outcome === 'duplicate')
      await indexRecord(deps, 'dataset', resource.id);
  }
  const warnings = pkg.warnings.map((warning) => ` Warning: ${warning}.`).join('');
  const message = `Data package "${pkg.name}", ${pkg.resources.length} resource(s): ${lines.join('; ')}.${warnings}`;
  if (rejected === pkg.resources.length) throw new UploadRejectedError('invalid-dataset', message);
  return {
    ...none,
    kind: 'dataset',
    id: null,
    // Skipped when every file is still to come: each is ingested as it is uploaded.
    outcome: published > 0 ? 'accepted' : 'skipped',
    reason: { code: 'data-package', message },
  };
};
