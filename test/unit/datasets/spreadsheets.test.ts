import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { bytesSource } from '../../../functions/domain/byte-source.ts';
import { readTable, sniffTable } from '../../../functions/domain/datasets/read-table.ts';
import { xlsxOf } from '../../support/workbooks.ts';

const fixture = (name: string) =>
  readFile(join(import.meta.dirname, '../../fixtures/spreadsheets', name)).then(
    (buffer) => new Uint8Array(buffer),
  );
const fire = '06_uk-lancashire-fire-spend-2025-26-q2';
const souldern = '10_uk-souldern-pc-payments-over-100-2025-26';

describe('XLSX and ODS datasets from councils', () => {
  it('reads a fire authority spend file with dates from serial numbers, shown as their format shows them', async () => {
    // Act
    const table = await readTable(await fixture(`${fire}.xlsx`));
    // Assess
    expect(table.sheet).toBe('Q2 2025-26 to upload');
    expect(table.header).toEqual([
      'Transaction Number',
      'Date',
      'Expenditure Category',
      'Supplier Name',
      'Supplier Classification',
      'Amount',
    ]);
    expect(table.schema.fields.map((field) => field.type)).toEqual([
      'string',
      'date',
      'string',
      'string',
      'string',
      'number',
    ]);
    expect(table.rows[0]).toEqual([
      '6012777',
      '2025-07-03',
      'LFRS.EXPENDITURE.SUPPLIES_&_SERVICES.FIRE_OPERATIONAL_EQUIPMENT',
      'WILLIAM MOORE & SON LTD',
      'FIRE - OPERATIONAL EQUIPMENT',
      715,
    ]);
    expect(table.rowCount).toBe(864);
    expect(table.outcome).toBe('accepted');
  });

  it('finds the header below a merged title row, keeping text in a date column as text', async () => {
    // Act
    const table = await readTable(await fixture(`${souldern}.xlsx`));
    // Assess
    expect(table.header).toEqual([
      'Invoice Date',
      'Receipent',
      'Item',
      'amount £',
      'VAT reclaimed £',
    ]);
    expect(table.rows[0]).toEqual(['2025-04-01', 'CDC', 'Dog bin emptying', 334.62, 55.77]);
    expect(table.rows).toContainEqual(['Sept', null, 'Salary', 140.24, null]);
  });

  it('read the same from an ODS as from the XLSX it was saved from', async () => {
    for (const name of [fire, souldern]) {
      // Act
      const [xlsx, ods] = await Promise.all([
        readTable(await fixture(`${name}.xlsx`)),
        readTable(await fixture(`${name}.ods`)),
      ]);
      // Assess
      expect(ods.header).toEqual(xlsx.header);
      expect(ods.schema).toEqual(xlsx.schema);
      expect(ods.rows).toEqual(xlsx.rows);
    }
  });

  it('reports an empty sheet as empty', async () => {
    // Act
    const table = await readTable(await fixture(`${souldern}.xlsx`), { sheet: 'Sheet2' });
    // Assess
    expect(table.rowCount).toBe(0);
    expect(table.report.errors[0]?.message).toBe('Sheet "Sheet2" is empty');
  });
});

describe('XLSX datasets', () => {
  it('label columns under a merged header cell with both header rows', async () => {
    // Prepare
    const bytes = await xlsxOf((workbook) => {
      const sheet = workbook.addWorksheet('Spend');
      sheet.addRow(['Supplier', 'Amount', null]);
      sheet.addRow([null, 'Net', 'VAT']);
      sheet.addRow(['Acme', 100, 20]);
      sheet.mergeCells('A1:A2');
      sheet.mergeCells('B1:C1');
    });
    // Act
    const table = await readTable(bytes);
    // Assess
    expect(table.header).toEqual(['Supplier', 'Amount Net', 'Amount VAT']);
    expect(table.rows).toEqual([['Acme', 100, 20]]);
  });

  it('number the columns a merged header cell covers alone, so labels stay distinct', async () => {
    // Prepare
    const bytes = await xlsxOf((workbook) => {
      const sheet = workbook.addWorksheet('Spend');
      sheet.addRow(['Supplier', 'Amount', null]);
      sheet.addRow(['Acme', 100, 20]);
      sheet.addRow(['Bolt', 200, 40]);
      sheet.mergeCells('B1:C1');
    });
    // Act
    const table = await readTable(bytes);
    // Assess
    expect(table.header).toEqual(['Supplier', 'Amount', 'Amount (2)']);
    expect(table.report.valid).toBe(true);
  });

  it('give a cell merged down over data rows to each of them', async () => {
    // Prepare
    const bytes = await xlsxOf((workbook) => {
      const sheet = workbook.addWorksheet('Spend');
      sheet.addRows([
        ['Department', 'Supplier'],
        ['Highways', 'Acme'],
        [null, 'Bolt'],
        ['Parks', 'Crane'],
      ]);
      sheet.mergeCells('A2:A3');
    });
    // Act
    const table = await readTable(bytes);
    // Assess
    expect(table.rows).toEqual([
      ['Highways', 'Acme'],
      ['Highways', 'Bolt'],
      ['Parks', 'Crane'],
    ]);
  });

  it('read date serials as dates or date-times by their number format, and formulas by their cached value', async () => {
    // Prepare
    const bytes = await xlsxOf((workbook) => {
      const sheet = workbook.addWorksheet('Spend');
      sheet.addRow(['Paid', 'Logged', 'Net', 'Gross']);
      const row = sheet.addRow([
        new Date(Date.UTC(2024, 6, 1, 1, 0)),
        new Date(Date.UTC(2024, 6, 1, 13, 30)),
        100,
        { formula: 'C2*1.2', result: 120 },
      ]);
      row.getCell(1).numFmt = 'dd/mm/yyyy';
      row.getCell(2).numFmt = 'dd/mm/yyyy hh:mm';
      // A formula with no cached value was never calculated: it is empty, never evaluated.
      sheet
        .addRow([new Date(Date.UTC(2024, 6, 2)), null, 50, { formula: 'C3*1.2' }])
        .getCell(1).numFmt = 'dd/mm/yyyy';
    });
    // Act
    const table = await readTable(bytes);
    // Assess
    expect(table.schema.fields.map((field) => field.type)).toEqual([
      'date',
      'datetime',
      'integer',
      'integer',
    ]);
    expect(table.rows).toEqual([
      ['2024-07-01', '2024-07-01T13:30:00', 100, 120],
      ['2024-07-02', null, 50, null],
    ]);
  });

  it('skip a hidden sheet with a note in the report, and read it when the upload names it', async () => {
    // Prepare
    const bytes = await xlsxOf((workbook) => {
      const lookup = workbook.addWorksheet('Lookup codes');
      lookup.addRows([
        ['Code', 'Meaning'],
        ['A', 'Agency'],
      ]);
      lookup.state = 'hidden';
      workbook.addWorksheet('Spend').addRows([
        ['Supplier', 'Amount'],
        ['Acme', 5],
      ]);
    });
    // Act
    const visible = await readTable(bytes);
    const named = await readTable(bytes, { sheet: 'lookup codes' });
    // Assess
    expect(visible.sheet).toBe('Spend');
    expect(visible.report.warnings).toEqual([
      {
        type: 'skipped-sheet',
        rowNumber: null,
        message: expect.stringMatching(/^Sheet "Lookup codes" is hidden: not read/),
      },
    ]);
    expect(named.sheet).toBe('Lookup codes');
    expect(named.rows).toEqual([['A', 'Agency']]);
  });

  it('report a sheet the upload names that the workbook does not have, listing those it has', async () => {
    // Prepare
    const bytes = await xlsxOf((workbook) => {
      workbook.addWorksheet('Spend').addRows([
        ['Supplier', 'Amount'],
        ['Acme', 5],
      ]);
    });
    // Act
    const table = await readTable(bytes, { sheet: 'Budget' });
    // Assess
    expect(table.outcome).toBe('rejected');
    expect(table.report.errors[0]?.message).toMatch(
      /no sheet of cells named "Budget".*its sheets are "Spend"/,
    );
  });

  it('are read when written as a stream (sizes after each part, as the ExcelJS streaming writer does)', async () => {
    // Prepare
    const out = new PassThrough();
    const parts: Buffer[] = [];
    out.on('data', (chunk: Buffer) => parts.push(chunk));
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true });
    const sheet = writer.addWorksheet('Spend');
    sheet.addRow(['Supplier', 'Amount']).commit();
    sheet.addRow(['Acme', 5]).commit();
    sheet.commit();
    await writer.commit();
    const bytes = new Uint8Array(Buffer.concat(parts));
    // Act
    const [sniffed, table] = await Promise.all([sniffTable(bytesSource(bytes)), readTable(bytes)]);
    // Assess
    expect(sniffed.format).toBe('xlsx');
    expect(table.rows).toEqual([['Acme', 5]]);
  });
});
