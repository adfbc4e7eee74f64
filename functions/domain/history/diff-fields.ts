import { canonicalJson } from '../canonical-json.ts';
import type { DatasetVersionRecord } from '../dataset-record.ts';
import type { VersionRecord } from '../paper-record.ts';

/*
 * Structured diffs between two versions of a record, for
 * `/v1/{papers|datasets}/{id}/versions/{a}/diff/{b}`: the records' fields here, papers'
 * extractions in diff-extraction.ts, datasets' rows in diff-rows.ts. All pure: the caller reads
 * the versions (and pages of rows) and hands them in.
 */

/** Fields that differ between any two versions whatever their content, so a diff would only be noise. */
export const bookkeepingFields = [
  'version',
  'recordSha256',
  'previousChainHash',
  'chainHash',
  'publishedAt',
  'applied',
  'current',
  'sequencer',
  'receivedAt',
  'feedSeq',
] as const;

export interface FieldChange {
  readonly field: string;
  /** `undefined` when the field is absent from that version (a record written before it existed). */
  readonly from: unknown;
  readonly to: unknown;
}

export const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The top-level fields whose values differ between two versions, by field name, ignoring
 * `bookkeepingFields`. Values are compared as canonical JSON, so key order inside objects never counts.
 *
 * @example diffFields(v1, v2) // [{ field: 'title', from: 'Budget', to: 'Budget 2025' }]
 */
export const diffFields = <R extends VersionRecord | DatasetVersionRecord>(
  a: R,
  b: R,
): FieldChange[] => {
  const ignored: ReadonlySet<string> = new Set(bookkeepingFields);
  const from = a as unknown as Readonly<Record<string, unknown>>;
  const to = b as unknown as Readonly<Record<string, unknown>>;
  const names = new Set([...Object.keys(from), ...Object.keys(to)]);
  return [...names]
    .filter((name) => !ignored.has(name) && canonicalJson(from[name]) !== canonicalJson(to[name]))
    .sort(byCodeUnits)
    .map((field) => ({ field, from: from[field], to: to[field] }));
};
