import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/** Characters the PDF standard fonts (WinAnsi) cannot encode, replaced so a fixture renders. */
const winAnsi = (text: string) =>
  text.replace(/[^\x20-\x7E\u00A0-\u00FF\u2018\u2019\u201C\u201D\u2013\u2014\u2022\u20AC]/g, '?');

/**
 * Renders plain text as a PDF with a text layer: one text line per line, tab-separated cells at
 * their own x (as a table laid out in a PDF), a page break at each form feed or every 50 lines.
 */
export const renderPdf = async (text: string): Promise<Uint8Array> => {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const pages = text.split('\f').flatMap((page) => {
    const lines = page.split('\n');
    return Array.from({ length: Math.ceil(lines.length / 50) || 1 }, (_, index) =>
      lines.slice(index * 50, index * 50 + 50),
    );
  });
  for (const lines of pages) {
    const page = pdf.addPage([595, 842]);
    for (const [row, line] of lines.entries()) {
      for (const [column, cell] of line.split('\t').entries()) {
        if (cell.trim())
          page.drawText(winAnsi(cell.trim()), {
            x: 40 + column * 130,
            y: 800 - row * 15,
            size: 9,
            font,
          });
      }
    }
  }
  return pdf.save();
};

/**
 * Renders plain text as a Word document: a paragraph per block of lines (its lines kept apart by
 * line breaks, as pasted text is), tab-laid runs of lines as a table.
 */
export const renderDocx = async (text: string): Promise<Uint8Array> => {
  const children: (Paragraph | Table)[] = [];
  let rows: string[][] = [];
  const flush = () => {
    if (rows.length === 0) return;
    const width = Math.max(...rows.map((row) => row.length));
    children.push(
      new Table({
        rows: rows.map(
          (row) =>
            new TableRow({
              children: Array.from(
                { length: width },
                (_, index) => new TableCell({ children: [new Paragraph(row[index] ?? '')] }),
              ),
            }),
        ),
      }),
    );
    rows = [];
  };
  let block: string[] = [];
  const flushBlock = () => {
    if (block.length > 0) {
      children.push(
        new Paragraph({
          children: block.map(
            (line, index) => new TextRun({ text: line, break: index > 0 ? 1 : 0 }),
          ),
        }),
      );
    }
    block = [];
  };
  for (const line of text.replace(/\f/g, '\n').split('\n')) {
    if (line.includes('\t') && line.split('\t').filter((cell) => cell.trim()).length >= 2) {
      flushBlock();
      rows.push(line.split('\t').map((cell) => cell.trim()));
      continue;
    }
    flush();
    if (line.trim() === '') flushBlock();
    else block.push(line.trim());
  }
  flushBlock();
  flush();
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
};
