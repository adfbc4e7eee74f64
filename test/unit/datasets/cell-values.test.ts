import { describe, expect, it } from 'vitest';
import {
  dateShapeOf,
  dateShapeOfFormat,
  numberText,
  serialToIso,
} from '../../../functions/domain/datasets/sheets/cell-values.ts';
import { chosenSheet } from '../../../functions/domain/upload-metadata.ts';

describe('spreadsheet cell values', () => {
  it.each([
    ['dd/mm/yyyy', 'date'],
    ['[$-F800]dddd, mmmm dd, yyyy', 'date'],
    ['mmm-yy', 'date'],
    ['h:mm AM/PM', 'time'],
    ['[h]:mm:ss', 'time'],
    ['dd/mm/yyyy hh:mm', 'datetime'],
    ['#,##0.00', undefined],
    ['"£"#,##0.00;[Red]-"£"#,##0.00', undefined],
    ['0.00E+00', undefined],
    ['0 "days"', undefined],
  ])('tells what the format %s shows: %s', (code, shape) => {
    // Act
    const found = dateShapeOfFormat(code);
    // Assess
    expect(found).toBe(shape);
  });

  it('knows the built-in date formats, and a custom format overriding an id', () => {
    // Act
    const shapes = [
      dateShapeOf(14, new Map()),
      dateShapeOf(22, new Map()),
      dateShapeOf(4, new Map()),
      dateShapeOf(164, new Map([[164, 'yyyy-mm-dd']])),
    ];
    // Assess
    expect(shapes).toEqual(['date', 'datetime', undefined, 'date']);
  });

  it('turns serials of the 1900 and 1904 systems into the same calendar day', () => {
    // Act
    const days = [serialToIso(45474, 'date'), serialToIso(45474 - 1462, 'date', true)];
    // Assess
    expect(days).toEqual(['2024-07-01', '2024-07-01']);
  });

  it('keeps the time of day only when the format shows one', () => {
    // Act
    const values = [
      serialToIso(45474.0417, 'date'),
      serialToIso(45474.5, 'datetime'),
      serialToIso(0.75, 'time'),
    ];
    // Assess
    expect(values).toEqual(['2024-07-01', '2024-07-01T12:00:00', '18:00:00']);
  });

  it('reads stored numbers to the 15 digits a spreadsheet keeps', () => {
    // Act
    const values = ['1041.4099999999999', '0.1', '-3', '12345678901234'].map(numberText);
    // Assess
    expect(values).toEqual(['1041.41', '0.1', '-3', '12345678901234']);
  });

  it('takes the sheet to publish from x-amz-meta-sheet, decoding an encoded word', () => {
    // Act
    const sheets = [
      chosenSheet({ sheet: ' Q2 ' }),
      chosenSheet({ sheet: '=?UTF-8?B?VGFibGXDoXU=?=' }),
      chosenSheet({}),
    ];
    // Assess
    expect(sheets).toEqual(['Q2', 'Tableáu', null]);
  });
});
