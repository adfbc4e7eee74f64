import { describeReading } from '../domain/papers/reading.ts';
import type { IngestEntry } from '../ports/ingest-log.ts';

/** One readable line per ingest: when, what happened, to which record, and why if not accepted. */
export const describeEntry = (entry: IngestEntry): string => {
  const record = entry.id
    ? `${entry.kind} ${entry.id}${entry.version ? ` v${entry.version}` : ''}`
    : (entry.kind ?? '-');
  const reason = entry.reason ? `: ${entry.reason.message}` : '';
  const line = `${entry.at}  ${entry.outcome.padEnd(9)} ${entry.key}  →  ${record}${reason}`;
  if (!entry.read) return line;
  return [
    line,
    `    read: ${describeReading(entry.read)}`,
    ...entry.read.warnings.map((warning) => `    warning: ${warning}`),
  ].join('\n');
};
