import type { ChangeFeed, FeedReservation } from '../../ports/change-feed.ts';

export class MemoryChangeFeed implements ChangeFeed {
  readonly entries: FeedReservation[] = [];

  async reserve(entry: Omit<FeedReservation, 'seq'>) {
    const seq = this.entries.length + 1;
    this.entries.push({ ...entry, seq });
    return seq;
  }

  async read(after: number, limit: number) {
    return this.entries.filter((entry) => entry.seq > after).slice(0, limit);
  }
}
