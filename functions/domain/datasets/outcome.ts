import type { Report, ReportErrorType } from './report.ts';

export type Outcome = 'accepted' | 'accepted-with-errors' | 'rejected';

/**
 * Errors after which no one can say which value belongs to which column, or what the columns are:
 * an unreadable file or row, a missing or repeated header label, a header at odds with the schema,
 * ragged rows. Everything else concerns single cells, which can be published flagged.
 */
const ambiguous: ReadonlySet<ReportErrorType> = new Set<ReportErrorType>([
  'source-error',
  'schema-error',
  'blank-header',
  'duplicate-label',
  'incorrect-label',
  'extra-label',
  'missing-label',
  'extra-cell',
  'missing-cell',
]);

export interface OutcomeOptions {
  /** Set when the dataset's schema or metadata asks for strict validation: any error rejects. */
  readonly strict?: boolean;
}

/**
 * Decides what becomes of a validated upload. It reads `stats.errorTypes`, which counts errors beyond
 * the report's limit too, so a ragged row after a thousand type errors still rejects.
 *
 * @example decideOutcome(report) // 'accepted-with-errors' when the only errors are type errors
 */
export const decideOutcome = (report: Report, options: OutcomeOptions = {}): Outcome => {
  if (report.valid) return 'accepted';
  const types = Object.keys(report.stats.errorTypes) as ReportErrorType[];
  if (options.strict || types.some((type) => ambiguous.has(type))) return 'rejected';
  return 'accepted-with-errors';
};
