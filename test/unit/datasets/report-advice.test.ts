import { describe, expect, it } from 'vitest';
import { problemInWords } from '../../../functions/domain/datasets/report-advice.ts';

describe('a validation finding in words', () => {
  it('says the line, the field, the problem and how to fix a ragged row', () => {
    // Act
    const words = problemInWords({
      type: 'extra-cell',
      rowNumber: 3,
      fieldNumber: 3,
      fieldName: null,
      cell: 'extra',
      message: 'Row 3 has an extra cell in field 3.',
    });

    // Assess
    expect(words).toEqual({
      line: 3,
      field: 'column 3',
      problem: 'Row 3 has an extra cell in field 3.',
      fix: expect.stringContaining('more cells than the header has columns'),
    });
  });
});
