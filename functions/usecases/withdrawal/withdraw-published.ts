import type { RecordKind } from '../../config/areas.ts';
import type { Withdrawal } from '../../domain/history/facts.ts';
import type { IngestLog } from '../../ports/ingest-log.ts';
import type { MeetingStore } from '../../ports/meeting-store.ts';
import type { CommitStores } from '../ingest/commit-version.ts';
import { indexRecord, type SearchIndexingDeps } from '../search/search-indexing.ts';
import { changeEntry } from './change-entry.ts';
import { type WithdrawResult, withdrawRecord } from './withdraw.ts';

export type WithdrawPublishedDeps = CommitStores &
  SearchIndexingDeps & {
    readonly meetings: MeetingStore;
    /** The audit log, where each withdrawal is one entry saying who, when and why. */
    readonly log: IngestLog;
    /** The bucket the audit log's entries name (the upload bucket the record came from). */
    readonly uploadBucket: string;
  };

/**
 * Withdraws a record a person names (an officer on the upload page, an operator with the CLI): the
 * tombstone version, one audit log entry naming who, then the search index forgets it at once (again on a rerun, should that
 * write have failed the first time).
 */
export const withdrawPublished = async (
  deps: WithdrawPublishedDeps,
  kind: RecordKind,
  id: string,
  withdrawal: Withdrawal,
): Promise<WithdrawResult> => {
  const result = await withdrawRecord(deps, kind, id, null, withdrawal);
  if (result.outcome === 'withdrawn')
    await deps.log.record(
      changeEntry(deps.uploadBucket, {
        kind,
        id,
        version: result.record,
        action: 'withdrawal',
        reason: withdrawal.reason,
        by: withdrawal.by,
        at: result.record.receivedAt,
      }),
    );
  if (result.outcome === 'withdrawn' || result.code === 'already-withdrawn')
    await indexRecord(deps, kind, id);
  return result;
};
