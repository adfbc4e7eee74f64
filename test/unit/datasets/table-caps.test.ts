import { describe, expect, it } from 'vitest';
import { readTable } from '../../../functions/domain/datasets/read-table.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('table caps, checked while streaming', () => {
  it('stops at the cell cap, naming the row it was passed on', async () => {
    // Prepare
    const rows = Array.from({ length: 50 }, (_, index) => `${index},x`).join('\n');

    // Act
    const table = await readTable(utf8(`id,note\n${rows}\n`), { maxCells: 20 });

    // Assess
    expect(table.outcome).toBe('rejected');
    expect(table.rowCount).toBe(10);
    expect(table.report.errors[0]?.message).toContain(
      'The table passes 20 cells (rows × columns) by data row 11',
    );
  });

  it('refuses a header wider than the column cap before reading a row', async () => {
    // Act
    const table = await readTable(utf8('a,b,c\n1,2,3\n'), { maxColumns: 2 });

    // Assess
    expect(table.outcome).toBe('rejected');
    expect(table.rowCount).toBe(0);
    expect(table.report.errors[0]?.message).toContain('The header has 3 columns');
  });

  it('refuses a record longer than the record cap, naming its line', async () => {
    // Act
    const table = await readTable(utf8(`id,note\n1,"${'x'.repeat(500)}"\n`), {
      maxRecordChars: 100,
    });

    // Assess
    expect(table.outcome).toBe('rejected');
    expect(table.report.errors[0]?.message).toContain(
      'The record starting on line 2 is over 100 characters',
    );
  });
});
