import { describe, expect, it } from 'vitest';
import { fieldNames, inferSchema } from '../../../functions/domain/datasets/infer-schema.ts';
import { defaultMissingValues } from '../../../functions/domain/datasets/table-schema.ts';

const typesOf = (header: string[], rows: string[][]) =>
  inferSchema(header, rows).fields.map((field) => field.type);

describe('inferSchema', () => {
  it('gives each column the narrowest type all its values fit', () => {
    const header = ['id', 'amount', 'paid', 'on', 'at', 'supplier'];
    const rows = [
      ['1', '£1,200.50', 'Y', '2024-04-01', '2024-04-01T09:00:00Z', 'Acme'],
      ['2', '300', 'N', '2024-04-02', '2024-04-02 10:30', 'Bob'],
    ];

    const schema = inferSchema(header, rows);

    expect(schema).toEqual({
      fields: [
        { name: 'id', type: 'integer' },
        { name: 'amount', type: 'number' },
        { name: 'paid', type: 'boolean' },
        { name: 'on', type: 'date' },
        { name: 'at', type: 'datetime' },
        { name: 'supplier', type: 'string' },
      ],
      missingValues: defaultMissingValues,
    });
  });

  it('ignores missing values and suppression codes when typing a column', () => {
    expect(typesOf(['count'], [['12'], ['[c]'], ['..'], ['N/A'], ['-'], ['']])).toEqual([
      'integer',
    ]);
  });

  it('reads a column of 1 and 0 as integers and one of text as strings', () => {
    expect(
      typesOf(
        ['flag', 'ward'],
        [
          ['1', 'Abbey'],
          ['0', 'Castle'],
        ],
      ),
    ).toEqual(['integer', 'string']);
  });

  it('keeps codes with leading zeros as strings', () => {
    expect(typesOf(['cost centre'], [['00123'], ['04567']])).toEqual(['string']);
  });

  it('makes four-digit numbers a year only when the column says so', () => {
    expect(
      typesOf(
        ['Financial year', 'count'],
        [
          ['2023', '2023'],
          ['2024', '1999'],
        ],
      ),
    ).toEqual(['year', 'integer']);
  });

  it('records the format of day-first dates, so other tools read them the same way', () => {
    const schema = inferSchema(
      ['on', 'mixed'],
      [
        ['05/04/2024', '05/04/2024'],
        ['06/04/2024', '2024-04-06'],
      ],
    );

    expect(schema.fields).toEqual([
      { name: 'on', type: 'date', format: '%d/%m/%Y' },
      { name: 'mixed', type: 'date', format: 'any' },
    ]);
  });

  it('makes a column with no values a string', () => {
    expect(typesOf(['notes'], [[''], ['n/a']])).toEqual(['string']);
  });

  it('looks only at the sample it is given', () => {
    const rows = [['1'], ['2'], ['three']];

    expect(inferSchema(['n'], rows, { sampleRows: 2 }).fields[0]?.type).toBe('integer');
  });
});

describe('fieldNames', () => {
  it('names blank and repeated labels so every field is distinct', () => {
    expect(fieldNames([' Amount ', '', 'Amount', 'field2'])).toEqual([
      'Amount',
      'field2',
      'Amount_3',
      'field2_4',
    ]);
  });
});
