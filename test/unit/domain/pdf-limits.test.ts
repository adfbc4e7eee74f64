import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { maxPdfPages } from '../../../functions/config/limits.ts';
import { UploadRejectedError } from '../../../functions/domain/errors.ts';
import { pdfPages } from '../../../functions/domain/papers/readers/pdf-text.ts';

describe('PDF caps', () => {
  it('refuses a PDF of more pages than papers are read to, before reading them', async () => {
    // Prepare
    const pdf = await PDFDocument.create();
    // Blank pages: the count is checked before any page is read.
    for (let page = 0; page <= maxPdfPages; page++) pdf.addPage([200, 200]);

    // Act
    const error = await pdfPages(await pdf.save()).then(
      () => undefined,
      (failure: unknown) => failure,
    );

    // Assess
    expect(error).toBeInstanceOf(UploadRejectedError);
    expect(error).toMatchObject({
      code: 'too-large',
      message: `The PDF has ${maxPdfPages + 1} pages; papers are read up to ${maxPdfPages} pages. Split it into parts.`,
    });
  });
});
