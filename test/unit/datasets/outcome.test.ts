import { describe, expect, it } from 'vitest';
import { decideOutcome } from '../../../functions/domain/datasets/outcome.ts';
import type { Report, ReportErrorType } from '../../../functions/domain/datasets/report.ts';

const reportWith = (types: Partial<Record<ReportErrorType, number>>, partial = false): Report => {
  const count = Object.values(types).reduce((sum, n) => sum + n, 0);
  return {
    valid: count === 0,
    stats: { rows: 10, fields: 3, errors: Math.min(count, 1), errorTypes: types },
    errors:
      count === 0
        ? []
        : [
            {
              type: 'type-error',
              rowNumber: 2,
              fieldNumber: 1,
              fieldName: 'a',
              cell: 'x',
              message: 'm',
            },
          ],
    warnings: [],
    partial,
  };
};

describe('decideOutcome', () => {
  it('accepts a valid report', () => {
    expect(decideOutcome(reportWith({}))).toBe('accepted');
    expect(decideOutcome(reportWith({}), { strict: true })).toBe('accepted');
  });

  it.each<ReportErrorType>([
    'type-error',
    'constraint-error',
    'unique-error',
    'primary-key',
    'blank-row',
    'blank-label',
    'encoding-error',
  ])('accepts %s with errors, since it concerns single cells or rows', (type) => {
    expect(decideOutcome(reportWith({ [type]: 2 }))).toBe('accepted-with-errors');
  });

  it.each<ReportErrorType>([
    'source-error',
    'schema-error',
    'blank-header',
    'duplicate-label',
    'incorrect-label',
    'extra-label',
    'missing-label',
    'extra-cell',
    'missing-cell',
  ])('rejects %s, after which rows are ambiguous', (type) => {
    expect(decideOutcome(reportWith({ 'type-error': 1, [type]: 1 }))).toBe('rejected');
  });

  it('rejects a ragged row counted beyond the error limit', () => {
    expect(decideOutcome(reportWith({ 'type-error': 1000, 'extra-cell': 1 }, true))).toBe(
      'rejected',
    );
  });

  it('rejects any error when strict', () => {
    expect(decideOutcome(reportWith({ 'blank-row': 1 }), { strict: true })).toBe('rejected');
  });
});
