import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeWorkbook, validateWorkbook } from '../../../functions/cli/validate.ts';

const souldern = join(
  import.meta.dirname,
  '../../fixtures/spreadsheets/10_uk-souldern-pc-payments-over-100-2025-26.ods',
);

describe('council-papers validate on a workbook', () => {
  it('reports each visible sheet as ingest would publish it, empty ones as not published', async () => {
    // Act
    const validation = await validateWorkbook(souldern, 'ods');
    const text = describeWorkbook('payments.ods', validation);
    // Assess
    expect(validation.sheets.map(({ name, table }) => [name, table.rowCount])).toEqual([
      ['Sheet1', 30],
      ['Sheet2', 0],
      ['Sheet3', 0],
    ]);
    expect(validation.exitCode).toBe(0);
    expect(text).toContain(
      'sheet "Sheet1": valid — 30 rows, 5 fields, 0 errors (workbook, sheet "Sheet1"; outcome accepted)',
    );
    expect(text).toContain('sheet "Sheet2": empty, not published');
  });

  it('reads only the sheet named by --sheet', async () => {
    // Act
    const validation = await validateWorkbook(souldern, 'ods', { sheet: 'sheet1' });
    // Assess
    expect(validation.sheets.map(({ name }) => name)).toEqual(['Sheet1']);
  });
});
