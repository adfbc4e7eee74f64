import type { HistoryFacts, Withdrawal } from './facts.ts';
import { compareSequencers } from './sequencer.ts';

/** What planning needs to know of a stored version. */
export interface PlannedOn {
  readonly version: number;
  readonly sha256: string;
  readonly sourceKey: string;
  readonly status: HistoryFacts['status'];
  readonly current: number;
  readonly applied: HistoryFacts['applied'];
  readonly publishedAt: string;
}

/** The history facts of a version to write, less its chain, which sealing adds. */
export type PlannedFacts = Omit<
  HistoryFacts,
  'recordSha256' | 'previousChainHash' | 'chainHash' | 'feedSeq'
>;

export type UploadPlan =
  | {
      readonly action: 'duplicate';
      /** The version that already holds this event or these bytes. */
      readonly version: number;
      readonly why: 'same-event' | 'same-bytes';
      /**
       * The event is newer than any applied for its key, though it adds no version: it must be
       * noted, or an older event for the key could still win later.
       */
      readonly note: boolean;
    }
  | {
      readonly action: 'write';
      readonly version: number;
      /**
       * The event is older than one already applied for its key: it is history, but it must not
       * become current, and it may be a redelivery, which the caller checks against the history.
       */
      readonly late: boolean;
      readonly facts: PlannedFacts;
    };

export interface Arrival {
  readonly sourceKey: string;
  /** Null when the change did not come from an S3 event (the CLI). */
  readonly sequencer: string | null;
  readonly sha256: string;
}

/**
 * A record's history as planning sees it: the applied sequencer of one key raised to one noted
 * outside any version (an event whose bytes were already current).
 */
export const withNoted = <P extends PlannedOn>(
  latest: P | undefined,
  sourceKey: string,
  noted: string | undefined,
): P | undefined => {
  if (!latest || noted === undefined) return latest;
  const prior = latest.applied[sourceKey];
  if (prior !== undefined && compareSequencers(prior, noted) >= 0) return latest;
  return { ...latest, applied: { ...latest.applied, [sourceKey]: noted } };
};

/** Commit times never go backwards, even when two writers' clocks disagree. */
const commitTime = (latest: PlannedOn | undefined, now: string) =>
  latest && latest.publishedAt > now ? latest.publishedAt : now;

const withApplied = (applied: HistoryFacts['applied'], key: string, sequencer: string | null) =>
  sequencer === null ? applied : { ...applied, [key]: sequencer };

/**
 * Decides what an upload does to a record's history, given its highest version and the version
 * the public currently sees. The same event again, or the bytes already current, add nothing; an
 * event older than one applied for the same key is kept as history without becoming current.
 *
 * @example planUpload(undefined, undefined, { sourceKey: 'k', sequencer: '0A', sha256: 'ab' }, now)
 * // { action: 'write', version: 1, late: false, facts: { reason: 'new', current: 1, … } }
 */
export const planUpload = (
  latest: PlannedOn | undefined,
  current: PlannedOn | undefined,
  arrival: Arrival,
  now: string,
): UploadPlan => {
  const prior = latest?.applied[arrival.sourceKey];
  const order =
    prior === undefined || arrival.sequencer === null
      ? 1
      : compareSequencers(arrival.sequencer, prior);
  if (latest && order === 0)
    return { action: 'duplicate', version: latest.current, why: 'same-event', note: false };
  const late = order < 0;
  if (!late && current?.status === 'published' && current.sha256 === arrival.sha256)
    return {
      action: 'duplicate',
      version: current.version,
      why: 'same-bytes',
      note: arrival.sequencer !== null,
    };
  const version = (latest?.version ?? 0) + 1;
  const live = current?.status === 'published';
  return {
    action: 'write',
    version,
    late,
    facts: {
      reason: live || late ? 'correction' : 'new',
      status: 'published',
      withdrawal: null,
      publishedAt: commitTime(latest, now),
      current: late && latest ? latest.current : version,
      applied: late
        ? (latest?.applied ?? {})
        : withApplied(latest?.applied ?? {}, arrival.sourceKey, arrival.sequencer),
    },
  };
};

/** A removal of an upload: its key and, from S3, its sequencer. */
export interface Removal {
  readonly sourceKey: string;
  readonly sequencer: string | null;
}

export type WithdrawalPlan =
  | { readonly action: 'absent' }
  | { readonly action: 'already-withdrawn'; readonly version: number }
  /** The removal is older than an upload already applied for its key (a re-upload overtook it). */
  | { readonly action: 'stale'; readonly version: number }
  /** The record's current version came from another key: removing this one withdraws nothing. */
  | { readonly action: 'elsewhere'; readonly version: number; readonly currentKey: string }
  | { readonly action: 'write'; readonly version: number; readonly facts: PlannedFacts };

/**
 * Decides what withdrawing a record does: a tombstone version that becomes current, unless there
 * is nothing to withdraw. A removal from S3 withdraws only the version its key published.
 */
export const planWithdrawal = (
  latest: PlannedOn | undefined,
  current: PlannedOn | undefined,
  removal: Removal | null,
  withdrawal: Withdrawal,
  now: string = withdrawal.at,
): WithdrawalPlan => {
  if (!latest || !current) return { action: 'absent' };
  if (current.status === 'withdrawn')
    return { action: 'already-withdrawn', version: current.version };
  if (removal) {
    const prior = latest.applied[removal.sourceKey];
    if (prior !== undefined && removal.sequencer !== null)
      if (compareSequencers(removal.sequencer, prior) <= 0)
        return { action: 'stale', version: current.version };
    if (current.sourceKey !== removal.sourceKey)
      return { action: 'elsewhere', version: current.version, currentKey: current.sourceKey };
  }
  const version = latest.version + 1;
  return {
    action: 'write',
    version,
    facts: {
      reason: 'withdrawal',
      status: 'withdrawn',
      withdrawal,
      // When it is committed, not when it was asked for: a late removal is still news to harvesters.
      publishedAt: commitTime(latest, now),
      current: version,
      applied: removal
        ? withApplied(latest.applied, removal.sourceKey, removal.sequencer)
        : latest.applied,
    },
  };
};
