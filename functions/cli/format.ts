import type { IngestEntry } from '../ports/ingest-log.ts';

/** One readable line per ingest: when, what happened, to which record, and why if not accepted. */
export const describeEntry = (entry: IngestEntry): string => {
  const record = entry.id
    ? `${entry.kind} ${entry.id}${entry.version ? ` v${entry.version}` : ''}`
    : (entry.kind ?? '-');
  const reason = entry.reason ? `: ${entry.reason.message}` : '';
  return `${entry.at}  ${entry.outcome.padEnd(9)} ${entry.key}  →  ${record}${reason}`;
};
