import { type RecordKind, uploadAreas } from '../../config/areas.ts';
import { UploadRejectedError } from '../../domain/errors.ts';
import { recordIdFromKey } from '../../domain/identity.ts';
import type { IngestDeps, Outcome } from '../ingest/outcome.ts';
import { nothing } from '../ingest/outcome.ts';
import type { UploadEvent } from '../ingest/upload-event.ts';
import { withdrawRecord } from './withdraw.ts';

/** The record an upload key published: as noted at ingest, else the id its key would give. */
const recordOfKey = async (deps: IngestDeps, kind: RecordKind, key: string) => {
  const noted = await deps.versions.sourceRecord(key);
  if (noted) return noted;
  try {
    return { kind, id: recordIdFromKey(key, uploadAreas[kind]) };
  } catch (error) {
    if (error instanceof UploadRejectedError) return undefined;
    throw error;
  }
};

/**
 * Deleting an upload withdraws the record it published, with a tombstone version, unless a later
 * upload (to this key or another) is what the public now sees. Papers leave their meetings.
 */
export const withdrawUpload = async (
  deps: IngestDeps,
  event: UploadEvent,
  kind: RecordKind,
): Promise<Outcome> => {
  const target = await recordOfKey(deps, kind, event.key);
  if (!target) {
    const message = `No record was published from ${event.key}.`;
    return { ...nothing, kind, outcome: 'skipped', reason: { code: 'not-found', message } };
  }
  const result = await withdrawRecord(
    deps,
    target.kind,
    target.id,
    { sourceKey: event.key, sequencer: event.sequencer },
    {
      reason: `The upload ${event.key} was deleted (${event.eventName}).`,
      by: event.uploader,
      at: event.eventTime,
    },
  );
  if (result.outcome === 'skipped') {
    const reason = { code: result.code, message: result.message };
    return { ...nothing, ...target, version: result.version, outcome: 'skipped', reason };
  }
  const record = result.record;
  return {
    ...nothing,
    ...target,
    outcome: 'withdrawn',
    version: record.version,
    sha256: record.sha256,
    size: record.size,
    mediaType: record.mediaType,
    reason: null,
  };
};
