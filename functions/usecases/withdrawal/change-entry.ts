import type { RecordKind } from '../../config/areas.ts';
import type { IngestEntry } from '../../ports/ingest-log.ts';
import type { StoredVersion } from '../../ports/version-store.ts';

/** What a person asked for by name, not through an S3 event: logged beside the ingests. */
export const changeEvents = {
  withdrawal: 'council-papers:Withdraw',
  takedown: 'council-papers:TakeDown',
} as const;

/**
 * The audit log's entry for a withdrawal or takedown someone asked for (the upload page, the CLI):
 * under the key the record was published from, so it sits among that upload's entries, saying
 * who, when, which version and why.
 */
export const changeEntry = (
  bucket: string,
  change: {
    readonly kind: RecordKind;
    readonly id: string;
    readonly version: Pick<
      StoredVersion,
      'version' | 'sourceKey' | 'sha256' | 'size' | 'mediaType'
    >;
    readonly action: keyof typeof changeEvents;
    readonly reason: string;
    readonly by: string | null;
    readonly at: string;
  },
): IngestEntry => ({
  at: change.at,
  bucket,
  key: change.version.sourceKey,
  eventName: changeEvents[change.action],
  // Unique per record and version, so two changes in one millisecond keep both entries.
  sequencer: `${change.kind}/${change.id}/v${change.version.version}`,
  outcome: change.action === 'withdrawal' ? 'withdrawn' : 'taken-down',
  kind: change.kind,
  id: change.id,
  version: change.version.version,
  sha256: change.version.sha256,
  size: change.version.size,
  mediaType: change.version.mediaType,
  reportKey: null,
  reason: { code: change.action, message: change.reason },
  uploadedBy: change.by,
});
