import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { UploadRejectedError } from '../../../functions/domain/errors.ts';
import { analysePaper } from '../../../functions/domain/papers/read-paper.ts';
import { noScans, ScriptedPageOcr } from '../../support/page-ocr.ts';

const minutesPages = [
  [
    'Westhaven District Council',
    'Minutes of the Planning Committee',
    'held on Tuesday 14 March 2023 at 7.00 pm',
    '',
    'Present: Councillors J Patel (Chair), A Khan and B Ode',
    '',
    '1. Apologies for Absence',
    'Apologies were received from Councillor C Lee.',
  ],
  [
    '2. Land at Mill Lane',
    'RESOLVED – That planning permission be granted.',
    '',
    'Application\tDecision',
    '23/0412/FUL\tGranted',
  ],
];

/** A PDF with a text layer: one line of text per entry, cells of tab-laid rows at their own x. */
const pdfOf = async (pages: string[][]): Promise<Uint8Array> => {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pages.forEach((lines, index) => {
    const page = pdf.addPage([595, 842]);
    for (const [row, line] of lines.entries()) {
      for (const [column, cell] of line.split('\t').entries()) {
        page.drawText(cell, { x: 50 + column * 200, y: 792 - row * 16, size: 11, font });
      }
    }
    page.drawText(`Page ${index + 1}`, { x: 50, y: 40, size: 9, font });
  });
  return pdf.save();
};

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('reading papers from PDF and DOCX', () => {
  it('reads a PDF page by page, keeping lines, tab-laid tables and page count', async () => {
    const { source, extraction } = await analysePaper(await pdfOf(minutesPages), { ocr: noScans });
    expect(source).toMatchObject({
      format: 'pdf',
      mediaType: 'application/pdf',
      pages: 2,
      encoding: null,
    });
    expect(extraction).toMatchObject({
      documentType: 'minutes',
      council: 'Westhaven District Council',
      meetingDate: '2023-03-14',
      meetingTime: '19:00',
      pages: 2,
      attendance: { present: ['J Patel', 'A Khan', 'B Ode'], apologies: ['C Lee'] },
    });
    expect(extraction.resolutions.map(({ item, text }) => [item, text])).toEqual([
      ['2', 'planning permission be granted.'],
    ]);
    expect(extraction.tables.map(({ columns, rows }) => [columns, rows])).toEqual([
      [['Application', 'Decision'], [['23/0412/FUL', 'Granted']]],
    ]);
  });

  it('rejects a PDF without a text layer when OCR finds no text on its image', async () => {
    const pdf = await PDFDocument.create();
    const png = await pdf.embedPng(
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        'base64',
      ),
    );
    pdf.addPage([595, 842]).drawImage(png, { x: 50, y: 400, width: 400, height: 300 });
    const error = await rejection(analysePaper(await pdf.save(), { ocr: new ScriptedPageOcr() }));
    expect(error).toBeInstanceOf(UploadRejectedError);
    expect(error).toMatchObject({
      code: 'no-text-layer',
      message: expect.stringMatching(/without a text layer, and OCR found no text/),
    });
  });

  it('rejects a corrupt PDF as unreadable', async () => {
    const error = await rejection(
      analysePaper(new TextEncoder().encode('%PDF-1.7\nnot really a pdf'), { ocr: noScans }),
    );
    expect(error).toMatchObject({
      code: 'unreadable-document',
      message: expect.stringContaining('The PDF cannot be read'),
    });
  });

  it('reads a DOCX with headings, paragraphs and a table as tab-separated rows', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Report to Cabinet', heading: HeadingLevel.HEADING_1 }),
            new Paragraph('Date: 9 May 2023'),
            new Paragraph('Title: Housing Allocations Policy'),
            new Paragraph('Housing register'),
            new Table({
              rows: [
                new TableRow({ children: [cell('Band'), cell('Households')] }),
                new TableRow({ children: [cell('A'), cell('1,170')] }),
              ],
            }),
          ],
        },
      ],
    });
    const { source, extraction } = await analysePaper(
      new Uint8Array(await Packer.toBuffer(document)),
      { ocr: noScans },
    );
    expect(source.format).toBe('docx');
    expect(extraction).toMatchObject({
      documentType: 'report',
      body: 'Cabinet',
      title: 'Housing Allocations Policy',
      meetingDate: '2023-05-09',
    });
    expect(extraction.tables[0]).toMatchObject({
      heading: 'Housing register',
      columns: ['Band', 'Households'],
      rows: [['A', '1,170']],
      values: [
        [
          { type: 'string', value: 'A' },
          { type: 'integer', value: 1170 },
        ],
      ],
    });
  });
});
