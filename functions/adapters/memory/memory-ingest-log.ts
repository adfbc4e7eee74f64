import type { IngestEntry, IngestLog } from '../../ports/ingest-log.ts';

export class MemoryIngestLog implements IngestLog {
  readonly entries: IngestEntry[] = [];

  async record(entry: IngestEntry) {
    this.entries.push(entry);
  }

  async recent(limit: number) {
    return [...this.entries].sort((a, b) => b.at.localeCompare(a.at)).slice(0, limit);
  }
}
