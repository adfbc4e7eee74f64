import { readFile } from 'node:fs/promises';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const scans = new URL('../fixtures/scans/', import.meta.url);

/** The generated scan (test/fixtures/scans/make-scan.ts): a page image, no text layer. */
export const scannedMinutes = () => readFile(new URL('minutes-scan.pdf', scans));

/** The text drawn on that scan. */
export const scannedMinutesText = async () =>
  (await readFile(new URL('minutes-scan.txt', scans), 'utf8')).trimEnd();

/**
 * A PDF whose pages are, in order, text pages (the given strings, drawn with a text layer) and
 * copies of the scanned page where the string is `null`.
 */
export const mixedPdf = async (pages: readonly (string | null)[]): Promise<Uint8Array> => {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const scan = await PDFDocument.load(await scannedMinutes());
  for (const text of pages) {
    if (text === null) {
      const [copy] = await pdf.copyPages(scan, [0]);
      if (copy) pdf.addPage(copy);
      continue;
    }
    const page = pdf.addPage([595, 842]);
    text.split('\n').forEach((line, index) => {
      page.drawText(line, { x: 72, y: 770 - index * 16, size: 11, font });
    });
  }
  return pdf.save();
};
