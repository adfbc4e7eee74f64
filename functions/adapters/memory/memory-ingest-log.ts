import { InvalidRequestError } from '../../domain/errors.ts';
import type { IngestEntry, IngestLog, IngestQuery } from '../../ports/ingest-log.ts';
import { byCodeUnits } from './code-units.ts';

const sortKey = (entry: IngestEntry) => `${entry.at}#${entry.key}#${entry.sequencer}`;

export class MemoryIngestLog implements IngestLog {
  readonly entries: IngestEntry[] = [];

  async record(entry: IngestEntry) {
    this.entries.push(entry);
  }

  async recent(limit: number) {
    return [...this.entries].sort((a, b) => byCodeUnits(b.at, a.at)).slice(0, limit);
  }

  async query(query: IngestQuery) {
    const after =
      query.cursor === undefined ? undefined : Buffer.from(query.cursor, 'base64url').toString();
    if (query.cursor !== undefined && !after)
      throw new InvalidRequestError('The cursor is not one this list issued.');
    const matching = [...this.entries]
      .sort((a, b) => byCodeUnits(sortKey(b), sortKey(a)))
      .filter(
        (entry) =>
          (after === undefined || sortKey(entry) < after) &&
          (!query.outcome || entry.outcome === query.outcome) &&
          (!query.from || entry.at >= query.from) &&
          (!query.to || entry.at <= query.to) &&
          (!query.key || entry.key.startsWith(query.key)) &&
          (!query.uploadedBy || entry.uploadedBy === query.uploadedBy),
      );
    const items = matching.slice(0, query.limit);
    const last = items.at(-1);
    return {
      items,
      next:
        matching.length > query.limit && last
          ? Buffer.from(sortKey(last)).toString('base64url')
          : null,
    };
  }
}
