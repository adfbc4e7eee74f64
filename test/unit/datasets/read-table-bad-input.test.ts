import { describe, expect, it } from 'vitest';
import { readTable } from '../../../functions/domain/datasets/read-table.ts';
import type { TableSchema } from '../../../functions/domain/datasets/table-schema.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readTable on bad input', () => {
  it.each([
    ['an empty file', new Uint8Array(), 'The file is empty'],
    ['blank lines only', utf8('\n\r\n  \n'), 'The file has no rows, only blank lines'],
    [
      'binary bytes',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]),
      'The file is not text',
    ],
    ['JSON that is no table', utf8('{"title":"Spend"}'), 'The JSON is not a table'],
  ])('rejects %s with one clear source error', async (_, bytes, message) => {
    const table = await readTable(bytes);

    expect(table.report.valid).toBe(false);
    expect(table.report.errors).toHaveLength(1);
    expect(table.report.errors[0]).toMatchObject({ type: 'source-error', rowNumber: null });
    expect(table.report.errors[0]?.message).toContain(message);
    expect(table.outcome).toBe('rejected');
  });

  it('accepts a header with no rows as a valid, empty table', async () => {
    const table = await readTable(utf8('id,name\n'));

    expect(table.header).toEqual(['id', 'name']);
    expect(table.rows).toEqual([]);
    expect(table.report).toMatchObject({ valid: true, stats: { rows: 0, fields: 2 } });
  });

  it('reports an unclosed quote at the line it opens and keeps the rows before it', async () => {
    const table = await readTable(utf8('id,name\n1,Acme\n2,"Bob\n3,Carol\n'));

    expect(table.rows).toEqual([[1, 'Acme']]);
    expect(table.report.errors).toEqual([
      {
        type: 'source-error',
        rowNumber: 3,
        fieldNumber: null,
        fieldName: null,
        cell: null,
        message:
          'The quoted value starting on line 3 is never closed, so the rest of the file cannot be read',
      },
    ]);
    expect(table.outcome).toBe('rejected');
  });

  it('reports rows that use another delimiter, and rejects the file', async () => {
    const table = await readTable(utf8('a,b,c\n1,2,3\n4;5;6\n7,8,9\n'));

    expect(table.report.errors.map((error) => [error.type, error.rowNumber])).toEqual([
      ['missing-cell', 3],
      ['missing-cell', 3],
    ]);
    expect(table.report.errors[0]?.message).toContain('separated by semicolon');
    expect(table.outcome).toBe('rejected');
  });

  it('reads 10,000 columns', async () => {
    const header = Array.from({ length: 10_000 }, (_, index) => `c${index}`).join(',');
    const row = Array.from({ length: 10_000 }, (_, index) => String(index)).join(',');

    const table = await readTable(utf8(`${header}\n${row}\n`));

    expect(table.report).toMatchObject({ valid: true, stats: { rows: 1, fields: 10_000 } });
    expect(table.rows[0]?.[9_999]).toBe(9_999);
  });

  it('reads a 2 MB cell, and reports it cut short', async () => {
    const notes = 'x'.repeat(2 * 1024 * 1024);
    const schema: TableSchema = {
      fields: [
        { name: 'id', type: 'integer' },
        { name: 'notes', type: 'string', constraints: { pattern: 'y*' } },
      ],
    };

    const table = await readTable(utf8(`id,notes\n1,"${notes}"\n`), { schema });

    expect(table.rows[0]?.[1]).toHaveLength(notes.length);
    expect(table.report.errors[0]?.cell).toBe(`${'x'.repeat(200)}…`);
    expect(table.report.errors[0]?.message.length).toBeLessThan(400);
  });
});
