import type { RecordKind } from '../config/areas.ts';

/**
 * A place in the change feed, reserved for a version about to be written. The feed is a single
 * sequence (1, 2, 3, …) of reservations; a reservation counts only once its version exists and
 * names it (`feedSeq`), so a writer that loses its race or dies leaves a gap that readers skip.
 */
export interface FeedReservation {
  readonly seq: number;
  readonly kind: RecordKind;
  readonly id: string;
  readonly version: number;
  readonly reservedAt: string;
}

export interface ChangeFeed {
  /** Takes the next number with a conditional put, retrying past numbers others took. */
  reserve(entry: Omit<FeedReservation, 'seq'>): Promise<number>;
  /** Reservations after `after`, in order, at most `limit`. */
  read(after: number, limit: number): Promise<readonly FeedReservation[]>;
}
