import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../functions/domain/datasets/read-table.ts';
import type { TableSchema } from '../../../functions/domain/datasets/table-schema.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const spend =
  'Date,Supplier,Amount\n05/04/2024,Café Ltd,"£1,200.50"\n06/04/2024,Smith & Sons,300\n';
const spendRows = [
  ['2024-04-05', 'Café Ltd', 1200.5],
  ['2024-04-06', 'Smith & Sons', 300],
];

describe('readTable', () => {
  it('reads a CSV into its dialect, header, inferred schema, typed rows and a clean report', async () => {
    const table = await readTable(utf8(spend));

    expect(table.dialect).toEqual({ delimiter: ',', quoteChar: '"', headerRow: 0 });
    expect(table.encoding).toBe('utf-8');
    expect(table.header).toEqual(['Date', 'Supplier', 'Amount']);
    expect(table.schema.fields.map((field) => field.type)).toEqual(['date', 'string', 'number']);
    expect(table.rows).toEqual(spendRows);
    expect(table.report).toMatchObject({ valid: true, stats: { rows: 2, fields: 3, errors: 0 } });
    expect(table.outcome).toBe('accepted');
  });

  it.each([
    [
      'UTF-8 with a BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(spend)]),
      'utf-8',
    ],
    [
      'UTF-16LE with a BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(spend, 'utf16le')]),
      'utf-16le',
    ],
    [
      'UTF-16BE with a BOM',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(spend, 'utf16le').swap16()]),
      'utf-16be',
    ],
    ['Windows-1252', iconv.encode(spend, 'windows-1252'), 'windows-1252'],
  ])('reads %s', async (_, bytes, encoding) => {
    const table = await readTable(new Uint8Array(bytes));

    expect(table.encoding).toBe(encoding);
    expect(table.header).toEqual(['Date', 'Supplier', 'Amount']);
    expect(table.rows).toEqual(spendRows);
  });

  it('skips a title block and numbers rows as they are in the file', async () => {
    const text =
      'Spend over £500 — Q1 2024\n\nDate,Supplier,Amount\n05/04/2024,Acme,5\n06/04/2024,Bob,lots\n';

    const table = await readTable(utf8(text), {
      schema: {
        fields: [
          { name: 'Date', type: 'date' },
          { name: 'Supplier', type: 'string' },
          { name: 'Amount', type: 'number' },
        ],
      },
    });

    expect(table.dialect?.headerRow).toBe(2);
    expect(table.report.errors).toMatchObject([{ type: 'type-error', rowNumber: 5, cell: 'lots' }]);
    expect(table.outcome).toBe('accepted-with-errors');
  });

  it('rejects cell errors when the dataset asks to be strict', async () => {
    const schema: TableSchema = { fields: [{ name: 'n', type: 'integer' }] };

    expect((await readTable(utf8('n\n1\nx\n'), { schema })).outcome).toBe('accepted-with-errors');
    expect((await readTable(utf8('n\n1\nx\n'), { schema, strict: true })).outcome).toBe('rejected');
  });

  it('keeps a stray quote inside an unquoted value as text', async () => {
    expect((await readTable(utf8('name,size\nThe 6" pipe,6\n'))).rows).toEqual([
      ['The 6" pipe', 6],
    ]);
  });

  it('reads a JSON array of objects, and objects under "data"', async () => {
    const objects = [
      { id: 1, amount: '£5', paid: true },
      { id: 2, paid: false, note: null },
    ];

    const bare = await readTable(utf8(JSON.stringify(objects)));
    const wrapped = await readTable(utf8(JSON.stringify({ data: objects })));

    expect(bare.dialect).toBeNull();
    expect(bare.header).toEqual(['id', 'amount', 'paid', 'note']);
    expect(bare.rows).toEqual([
      [1, 5, true, null],
      [2, null, false, null],
    ]);
    expect(wrapped.rows).toEqual(bare.rows);
  });

  it('reads a JSON array of arrays with the header first', async () => {
    expect((await readTable(utf8('[["id","name"],[1,"Acme"]]'))).rows).toEqual([[1, 'Acme']]);
  });

  it('reads text that only starts like JSON as CSV', async () => {
    const table = await readTable(utf8('[c],value\n1,2\n'));

    expect(table.header).toEqual(['[c]', 'value']);
    expect(table.dialect?.delimiter).toBe(',');
  });
});

describe('readTable, proportionate', () => {
  it('accepts a CSV with blank lines and trailing delimiters, skipping and warning, with no error', async () => {
    // Prepare
    const csv = 'ward,count\nAylesbury,3,\n\nWycombe,4,\n\n';

    // Act
    const table = await readTable(utf8(csv));

    // Assess
    expect(table.outcome).toBe('accepted');
    expect(table.rows).toEqual([
      ['Aylesbury', 3],
      ['Wycombe', 4],
    ]);
    expect(table.report.errors).toEqual([]);
    expect(table.report.warnings.map((warning) => `${warning.type} ${warning.rowNumber}`)).toEqual([
      'empty-extra-cell 2',
      'blank-row 3',
      'empty-extra-cell 4',
      'blank-row 5',
    ]);
  });

  it('accepts blank rows even when the upload asks for strict validation', async () => {
    // Prepare
    const csv = 'ward,count\nAylesbury,3\n,\nWycombe,4\n';

    // Act
    const table = await readTable(utf8(csv), { strict: true });

    // Assess
    expect(table.outcome).toBe('accepted');
    expect(table.report.warnings).toHaveLength(1);
  });

  it('still rejects a row with a value beyond the header (ambiguous structure)', async () => {
    // Prepare
    const csv = 'ward,count\nAylesbury,3\nWycombe,4,5\n';

    // Act
    const table = await readTable(utf8(csv));

    // Assess
    expect(table.outcome).toBe('rejected');
    expect(table.report.errors.map((error) => error.type)).toEqual(['extra-cell']);
  });
});
