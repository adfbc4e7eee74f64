import { describe, expect, it } from 'vitest';
import type { TableSchema } from '../../../functions/domain/datasets/table-schema.ts';
import { header, spendSchema, summary, validate } from './validation-fixtures.ts';

describe('TableValidator cell checks', () => {
  it('passes good rows and returns their typed values', () => {
    const { typed, report } = validate(header, [['1', '£1,200', 'paid', 'INV-1']]);

    expect(typed).toEqual([[1, 1200, 'paid', 'INV-1']]);
    expect(report).toEqual({
      valid: true,
      stats: { rows: 1, fields: 4, errors: 0, errorTypes: {} },
      errors: [],
      warnings: [],
      partial: false,
    });
  });

  it('reports a type error with the row, field and cell, and keeps the text', () => {
    const { typed, report } = validate(header, [['1', 'lots', 'paid', 'INV-1']]);

    expect(typed).toEqual([[1, 'lots', 'paid', 'INV-1']]);
    expect(report.errors).toEqual([
      {
        type: 'type-error',
        rowNumber: 2,
        fieldNumber: 2,
        fieldName: 'amount',
        cell: 'lots',
        message: 'Row 2, field "amount": "lots" is not a number',
      },
    ]);
  });

  it('reports each broken constraint', () => {
    const rows = [
      ['', '-5', 'lost', 'INV-1'],
      ['2', '2,000,000', 'paid', 'inv 2'],
    ];

    expect(summary(header, rows)).toEqual([
      'constraint-error 2:1',
      'constraint-error 2:2',
      'constraint-error 2:3',
      'constraint-error 3:2',
      'constraint-error 3:4',
    ]);
    expect(validate(header, rows).report.errors.map((error) => error.message)).toEqual([
      'Row 2, field "id": "" is required but missing',
      'Row 2, field "amount": "-5" is below the minimum 0',
      'Row 2, field "status": "lost" is not one of the allowed values (paid, due)',
      'Row 3, field "amount": "2,000,000" is above the maximum £1,000,000',
      'Row 3, field "ref": "inv 2" does not match the pattern INV-\\d+',
    ]);
  });

  it('reports repeated values in a unique field, naming the first row', () => {
    const { report } = validate(header, [
      ['7', '1', 'paid', 'INV-1'],
      ['7', '2', 'paid', 'INV-2'],
    ]);

    expect(report.errors).toMatchObject([
      {
        type: 'unique-error',
        rowNumber: 3,
        fieldName: 'id',
        message: 'Row 3, field "id": "7" repeats row 2',
      },
    ]);
  });

  it('checks a compound primary key, which must be filled in and distinct', () => {
    const schema: TableSchema = {
      fields: [
        { name: 'ward', type: 'string' },
        { name: 'year', type: 'year' },
      ],
      primaryKey: ['ward', 'year'],
    };
    const rows = [
      ['Abbey', '2023'],
      ['Abbey', '2024'],
      ['Abbey', '2023'],
      ['', '2024'],
    ];

    const { report } = validate(['ward', 'year'], rows, schema);

    expect(report.errors.map((error) => [error.type, error.message])).toEqual([
      ['primary-key', 'Row 4 repeats the primary key (Abbey, 2023) of row 2'],
      ['primary-key', 'Row 5 has no value for the primary key field "ward"'],
    ]);
  });

  it('reports characters lost in decoding', () => {
    expect(summary(header, [['1', '2', 'paid', 'Caf\uFFFD']])).toEqual([
      'encoding-error 2:4',
      'constraint-error 2:4',
    ]);
  });

  it('numbers rows from the header row, counting title lines above it', () => {
    const { report } = validate(header, [['x', '1', 'paid', 'INV-1']], spendSchema, 3);

    expect(report.errors[0]?.rowNumber).toBe(4);
  });
});
