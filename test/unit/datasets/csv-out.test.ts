import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../functions/domain/datasets/csv-out.ts';

describe('toCsv', () => {
  it('writes RFC 4180 CSV: CRLF line ends, quotes only where needed, doubled inner quotes', () => {
    const csv = toCsv(
      ['name', 'notes'],
      [
        ['Smith, J', 'said "hi"'],
        ['Acme', 'line 1\nline 2'],
      ],
    );

    expect(csv).toBe('name,notes\r\n"Smith, J","said ""hi"""\r\nAcme,"line 1\nline 2"\r\n');
  });

  it('writes numbers as numbers, booleans as words and missing values as empty cells', () => {
    expect(
      toCsv(
        ['a', 'b', 'c', 'd'],
        [
          [1200.5, -5, true, null],
          [0, 1e21, false, ''],
        ],
      ),
    ).toBe('a,b,c,d\r\n1200.5,-5,true,\r\n0,1e+21,false,\r\n');
  });

  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tindented', "'\tindented"],
    ['＝1+1', "'＝1+1"],
  ])('neutralises the formula %j', (cell, written) => {
    const [, row] = parse(toCsv(['cell'], [[cell]])) as string[][];

    expect(row).toEqual([written]);
  });

  it('neutralises a formula starting with a carriage return and still quotes it', () => {
    expect(toCsv(['cell'], [['\r=1']])).toBe('cell\r\n"\'\r=1"\r\n');
  });

  it('neutralises formulas in the header too', () => {
    expect(toCsv(['=cmd'], [])).toBe("'=cmd\r\n");
  });

  it('reads back the rows it wrote, for cells that need no neutralising', () => {
    const safeCell = fc
      .string({
        unit: fc.oneof(
          fc.constantFrom(',', '"', '\n', '\r', ';', '£', 'é', ' ', '=', '-'),
          fc.string({ minLength: 1, maxLength: 1 }),
        ),
        maxLength: 12,
      })
      .filter((cell) => !/^[=+\-@\t\r＝＋－＠]/.test(cell));
    const table = fc
      .integer({ min: 1, max: 5 })
      .chain((width) =>
        fc.tuple(
          fc.array(safeCell, { minLength: width, maxLength: width }),
          fc.array(fc.array(safeCell, { minLength: width, maxLength: width }), { maxLength: 8 }),
        ),
      );

    fc.assert(
      fc.property(table, ([header, rows]) => {
        const csv = toCsv(header, rows);

        expect(parse(csv, { relax_column_count: false })).toEqual([header, ...rows]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('toCsv with the schema', () => {
  it('leaves a plain number unchanged in a column the schema types as numbers', () => {
    // Prepare
    const rows = [
      ['-35', '-35'],
      ['-1,200.50', '-2+3'],
    ];

    // Act
    const csv = toCsv(['change', 'note'], rows, { numericColumns: new Set([0]) });

    // Assess
    expect(csv).toBe('change,note\r\n-35,\'-35\r\n"-1,200.50",\'-2+3\r\n');
  });

  it('still neutralises a formula in a numeric column', () => {
    // Prepare
    const rows = [['-2+3'], ['=1+1']];

    // Act
    const csv = toCsv(['change'], rows, { numericColumns: new Set([0]) });

    // Assess
    expect(csv).toBe("change\r\n'-2+3\r\n'=1+1\r\n");
  });
});
