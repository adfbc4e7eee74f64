import { describeReading } from '../domain/papers/reading.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import type { IngestEntry, IngestLog } from '../ports/ingest-log.ts';
import { outcomeOf } from '../usecases/ingest/upload-outcomes.ts';

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

/**
 * An ingest with its dataset's full validation report read from the archive: every problem by line
 * and field with how to fix it, and every warning, where the log's reason holds only the first few.
 */
export const describeEntryInFull = async (
  deps: { readonly log: IngestLog; readonly archive: BlobStore | undefined },
  entry: IngestEntry,
): Promise<string> => {
  const line = describeEntry(entry);
  if (!entry.reportKey || !deps.archive) return line;
  const { dataset } = await outcomeOf({ log: deps.log, archive: deps.archive }, entry);
  if (!dataset) return line;
  return [
    line,
    ...dataset.problems.map(
      (problem) =>
        `    problem: line ${problem.line ?? '-'}${problem.field ? `, ${problem.field}` : ''}: ${problem.problem}. Fix: ${problem.fix}`,
    ),
    ...(dataset.partial ? ['    … more problems left out (error limit reached)'] : []),
    ...dataset.warnings.map((warning) => `    warning: ${warning}`),
  ].join('\n');
};
