import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { describe, expect, it } from 'vitest';
import type { TableSchema } from '../../../functions/domain/datasets/table-schema.ts';
import { TableValidator } from '../../../functions/domain/datasets/validate.ts';
import { header, spendSchema, summary, validate } from './validation-fixtures.ts';

describe('TableValidator structure, limits and streaming', () => {
  it('reports ragged rows cell by cell, hinting at a row separated by another delimiter', () => {
    const { report } = validate(header, [['1', '2', 'paid', 'INV-1', 'extra'], ['2;3;due;INV-2']]);

    expect(report.errors.map((error) => [error.type, error.rowNumber, error.fieldNumber])).toEqual([
      ['extra-cell', 2, 5],
      ['missing-cell', 3, 2],
      ['missing-cell', 3, 3],
      ['missing-cell', 3, 4],
      ['type-error', 3, 1],
    ]);
    expect(report.errors[1]?.message).toBe(
      'Row 3 has no value for column 2 ("amount") (the row seems to be separated by semicolon)',
    );
  });

  it('skips blank rows with a warning each, not an error, and returns null for them', () => {
    // Prepare
    const rows = [[''], [' ', '', '', '']];

    // Act
    const { typed, report } = validate(header, rows);

    // Assess
    expect(typed).toEqual([null, null]);
    expect(report.valid).toBe(true);
    expect(report.warnings).toEqual([
      { type: 'blank-row', rowNumber: 2, message: 'Row 2 is blank: skipped' },
      { type: 'blank-row', rowNumber: 3, message: 'Row 3 is blank: skipped' },
    ]);
    expect(report.stats.rows).toBe(2);
  });

  it('reads a row whose only extra cells are empty (a trailing delimiter) at the header width, with a warning', () => {
    // Prepare
    const rows = [['1', '2', 'paid', 'INV-1', '', ' ']];

    // Act
    const { typed, report } = validate(header, rows);

    // Assess
    expect(typed).toEqual([[1, 2, 'paid', 'INV-1']]);
    expect(report.valid).toBe(true);
    expect(report.warnings).toEqual([
      {
        type: 'empty-extra-cell',
        rowNumber: 2,
        message:
          "Row 2 ends with 2 empty cells beyond the header's 4 columns (a trailing delimiter): read without them",
      },
    ]);
  });

  it('still reports an extra cell that holds a value', () => {
    // Prepare
    const rows = [['1', '2', 'paid', 'INV-1', '', 'x']];

    // Act
    const { report } = validate(header, rows);

    // Assess
    expect(report.errors.map((error) => [error.type, error.fieldNumber])).toEqual([
      ['extra-cell', 5],
      ['extra-cell', 6],
    ]);
    expect(report.warnings).toEqual([]);
  });

  it('reports blank, repeated and misnamed labels', () => {
    const errors = validate(['id', '', 'id', 'reference', 'more'], []).report.errors;

    expect(errors.map((error) => `${error.type} ${error.fieldNumber}`)).toEqual([
      'blank-label 2',
      'duplicate-label 3',
      'incorrect-label 4',
      'extra-label 5',
    ]);
  });

  it('reports a blank header and labels the schema has but the header lacks', () => {
    expect(summary([' ', ''], [])).toEqual(['blank-header 1:null']);
    expect(summary(['id', 'amount'], [])).toEqual(['missing-label 1:3', 'missing-label 1:4']);
  });

  it('reports problems in the schema itself', () => {
    const schema: TableSchema = {
      fields: [{ name: 'id', type: 'integer', constraints: { pattern: '(' } }],
      primaryKey: 'ref',
    };

    expect(validate(['id'], [['1']], schema).report.errors.map((error) => error.message)).toEqual([
      'Field "id" has a pattern that is not a valid regular expression',
      'The primary key names "ref", which is not a field',
    ]);
  });

  it('stops listing errors at the limit, marks the report partial and still counts them', () => {
    const validator = new TableValidator(header, spendSchema, { errorLimit: 3 });

    for (let index = 0; index < 5; index++) validator.row([String(index), 'x', 'paid', 'INV-1']);
    validator.row(['9', '1']);
    const report = validator.report();

    expect(validator.full).toBe(true);
    expect(report.valid).toBe(false);
    expect(report.partial).toBe(true);
    expect(report.errors).toHaveLength(3);
    expect(report.stats).toEqual({
      rows: 6,
      fields: 4,
      errors: 3,
      errorTypes: { 'type-error': 5, 'missing-cell': 2 },
    });
  });

  it('counts rows the parser could not read and problems with the whole file', () => {
    const validator = new TableValidator(header, spendSchema);

    validator.unreadableRow('The quoted value starting on line 2 is never closed');
    validator.sourceError('The title block cannot be read');

    expect(validator.report().errors).toMatchObject([
      { type: 'source-error', rowNumber: 2 },
      { type: 'source-error', rowNumber: null },
    ]);
    expect(validator.report().stats.rows).toBe(1);
  });

  it('validates a million rows streamed from csv-parse without holding them', async () => {
    const rows = 1_000_000;
    const line = (index: number) =>
      `${index},${index % 1000 === 0 ? 'oops' : index},paid,INV-${index}\n`;
    const source = Readable.from(
      (function* () {
        yield 'id,amount,status,ref\n';
        for (let start = 1; start <= rows; start += 1000)
          yield Array.from({ length: 1000 }, (_, offset) => line(start + offset)).join('');
      })(),
    );
    const parser = source.pipe(parse({ from_line: 2 }));
    const validator = new TableValidator(header, spendSchema, { errorLimit: 10 });

    for await (const record of parser) validator.row(record as string[]);
    const report = validator.report();

    expect(report.stats.rows).toBe(rows);
    expect(report.stats.errorTypes).toEqual({ 'type-error': 1000 });
    expect(report.errors).toHaveLength(10);
    expect(report.errors[0]).toMatchObject({ rowNumber: 1001, cell: 'oops' });
    expect(report.partial).toBe(true);
  }, 60_000);
});
