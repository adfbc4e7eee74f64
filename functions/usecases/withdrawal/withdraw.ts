import type { ValidateFunction } from 'ajv';
import type { RecordKind } from '../../config/areas.ts';
import { datasetOrigin } from '../../domain/datasets/origin.ts';
import type { Withdrawal } from '../../domain/history/facts.ts';
import { historyFields } from '../../domain/history/facts.ts';
import { planWithdrawal, type Removal, withNoted } from '../../domain/history/plan.ts';
import { describeSchemaErrors } from '../../domain/schemas.ts';
import type { WithdrawSkip } from '../../ports/ingest-log.ts';
import type { MeetingStore } from '../../ports/meeting-store.ts';
import type { StoredVersion } from '../../ports/version-store.ts';
import { sealed } from '../ingest/append-version.ts';
import { type CommitStores, commitVersion, readHistory } from '../ingest/commit-version.ts';
import { tableDatasetPrefix } from '../ingest/publish-paper-tables.ts';

export type WithdrawResult =
  | { readonly outcome: 'withdrawn'; readonly record: StoredVersion }
  | {
      readonly outcome: 'skipped';
      readonly code: WithdrawSkip;
      readonly message: string;
      readonly version: number | null;
    };

/** The current version's content, restated by the tombstone so the record still says what it was. */
const contentOf = (record: StoredVersion): Record<string, unknown> => {
  const content: Record<string, unknown> = { ...record };
  for (const field of [...historyFields, 'version'] as const) delete content[field];
  return content;
};

/**
 * The validator of a kind's record schema, loaded with the first withdrawal: the API function
 * withdraws only for an officer, so its cold start does not load the two largest validators.
 */
const recordValidator = async (kind: RecordKind): Promise<ValidateFunction> =>
  kind === 'paper'
    ? (await import('../../domain/generated/paper-record.js')).validate
    : (await import('../../domain/generated/dataset-record.js')).validate;

const assertValid = (record: StoredVersion, validate: ValidateFunction) => {
  if (!validate(record))
    throw new Error(
      `Tombstone does not match its schema: ${describeSchemaErrors(validate.errors).join('; ')}`,
    );
};

/**
 * Withdraws a record by committing a tombstone version: it restates the withdrawn content, says
 * why, by whom and when, and becomes current. Earlier versions stay retrievable. `removal` is the
 * deleted upload when S3 reported one; the CLI passes null and names the record itself.
 */
export const withdrawRecord = async (
  deps: CommitStores & { readonly meetings: MeetingStore },
  kind: RecordKind,
  id: string,
  removal: Removal | null,
  withdrawal: Withdrawal,
): Promise<WithdrawResult> => {
  const result = await commit(deps, kind, id, removal, withdrawal);
  // A retry after a crash finds the tombstone already current: what follows it runs again, so a
  // withdrawn paper always leaves its meetings and takes its tables with it.
  const record =
    result.outcome === 'withdrawn'
      ? result.record
      : result.code === 'already-withdrawn'
        ? (await readHistory(deps.versions, kind, id)).current
        : undefined;
  if (record?.kind === 'paper') {
    for (const meetingId of record.meetingIds)
      await deps.meetings.retire(meetingId, record.id, record.version);
    // Its tables were published because it was: they go with it.
    await withdrawPaperTables(deps, record.id, new Set(), {
      ...withdrawal,
      reason: `Paper ${record.id} was withdrawn: ${withdrawal.reason}`,
    });
  }
  return result;
};

/**
 * Withdraws the datasets published from a paper's tables, except those in `keep` (the tables its
 * current version still publishes): a corrected paper with fewer tables, or one now exempt, leaves
 * none of its former tables public.
 */
export const withdrawPaperTables = async (
  deps: CommitStores & { readonly meetings: MeetingStore },
  paperId: string,
  keep: ReadonlySet<string>,
  withdrawal: Withdrawal,
): Promise<string[]> => {
  const prefix = tableDatasetPrefix(paperId);
  const withdrawn: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.versions.listLatest(
      'dataset',
      { limit: 100, cursor },
      { idPrefix: prefix },
    );
    for (const table of page.items) {
      // Only this paper's tables: another paper's id may begin with this one's.
      if (!/^\d+$/.test(table.id.slice(prefix.length)) || keep.has(table.id)) continue;
      if (table.status !== 'published') continue;
      // A dataset uploaded under a table-like id is the uploader's, never the paper's to withdraw.
      if (datasetOrigin(table) !== 'paper') continue;
      const result = await withdrawRecord(deps, 'dataset', table.id, null, withdrawal);
      if (result.outcome === 'withdrawn') withdrawn.push(table.id);
    }
    cursor = page.next ?? undefined;
  } while (cursor);
  return withdrawn;
};

const commit = (
  stores: CommitStores,
  kind: RecordKind,
  id: string,
  removal: Removal | null,
  withdrawal: Withdrawal,
) =>
  commitVersion<StoredVersion, WithdrawResult>(stores, kind, id, async (latest, current) => {
    const now = stores.now().toISOString();
    const noted =
      latest && removal
        ? await stores.versions.notedApplied(kind, id, removal.sourceKey)
        : undefined;
    const seen = removal ? withNoted(latest, removal.sourceKey, noted) : latest;
    const plan = planWithdrawal(seen, current, removal, withdrawal, now);
    switch (plan.action) {
      case 'absent':
        return skip('not-found', `No ${kind} has the id "${id}".`, null);
      case 'already-withdrawn':
        return skip(
          'already-withdrawn',
          `${kind} ${id} is already withdrawn (version ${plan.version}).`,
          plan.version,
        );
      case 'stale':
        return skip(
          'stale-removal',
          `The removal of ${removal?.sourceKey} is older than an upload already applied to that key.`,
          plan.version,
        );
      case 'elsewhere':
        return skip(
          'removed-elsewhere',
          `${kind} ${id} is now published from ${plan.currentKey}; removing ${removal?.sourceKey} withdraws nothing.`,
          plan.version,
        );
      case 'write': {
        const validate = await recordValidator(kind);
        const content = {
          ...contentOf(current as StoredVersion),
          sourceKey: removal?.sourceKey ?? current?.sourceKey,
          sequencer: removal?.sequencer ?? null,
          uploader: withdrawal.by,
          receivedAt: withdrawal.at,
        };
        return {
          version: plan.version,
          build: (feedSeq) => {
            const tombstone = sealed<StoredVersion>(
              content,
              plan.version,
              { ...plan.facts, feedSeq },
              latest,
            );
            assertValid(tombstone, validate);
            return tombstone;
          },
          becomesCurrent: true,
          result: (record) => ({ outcome: 'withdrawn', record }),
        };
      }
    }
  });

const skip = (
  code: Extract<WithdrawResult, { outcome: 'skipped' }>['code'],
  message: string,
  version: number | null,
) => ({
  done: { outcome: 'skipped' as const, code, message, version },
});
