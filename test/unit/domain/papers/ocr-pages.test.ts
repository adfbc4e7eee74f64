import { decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { UploadRejectedError } from '../../../../functions/domain/errors.ts';
import { ocrFacts, readScans } from '../../../../functions/domain/papers/ocr-pages.ts';
import { analysePaper } from '../../../../functions/domain/papers/read-paper.ts';
import { pdfPages } from '../../../../functions/domain/papers/readers/pdf-text.ts';
import {
  checkScanLength,
  ocrLimits,
  sparsePages,
} from '../../../../functions/domain/papers/readers/scan-pages.ts';
import { noScans, ScriptedPageOcr, stalledOcr } from '../../../support/page-ocr.ts';
import { mixedPdf } from '../../../support/scans.ts';

const agenda = [
  'STOKE FERRY PARISH COUNCIL',
  'Agenda for the meeting of the Parish Council on 9 April 2024 at 7.00 pm',
  '1. Apologies for absence',
  '2. Declarations of interest',
].join('\n');

const rejection = (work: Promise<unknown>) =>
  work.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );

describe('which pages are scans', () => {
  it('are the pages with fewer than forty letters and digits in their text layer', () => {
    // Prepare
    const texts = [agenda, '', '  3  ', 'Page 4 of 9 — scanned by the clerk'];

    // Act
    const sparse = sparsePages(texts);

    // Assess
    expect(sparse).toEqual([1, 2, 3]);
  });

  it('are found only on pages that paint an image, and sent to OCR alone', async () => {
    // Prepare
    const bytes = await mixedPdf([agenda, null, '']);

    // Act
    const pages = await pdfPages(bytes);

    // Assess
    expect(pages.map((page) => page.scan !== null)).toEqual([false, true, false]);
    expect(pages[1]?.scan?.width).toBeGreaterThan(1000);
  });
});

describe('reading a PDF with scanned pages', () => {
  it('asks OCR for the scanned page only, and puts its text in that page’s place', async () => {
    // Prepare
    const ocr = new ScriptedPageOcr({
      2: { text: 'Minutes of the meeting held on 12 March 2024\n', confidence: 91 },
    });
    const bytes = await mixedPdf([
      agenda,
      null,
      'Appendix A: the budget for 2024 and 2025 in full',
    ]);

    // Act
    const { source } = await analysePaper(bytes, { ocr });

    // Assess
    expect(ocr.seen.map((page) => page.page)).toEqual([2]);
    expect(source.text.split('\n\f\n')).toEqual([
      agenda,
      'Minutes of the meeting held on 12 March 2024',
      'Appendix A: the budget for 2024 and 2025 in full',
    ]);
    expect(source.ocr).toEqual({ pages: [2], meanConfidence: 91, lowConfidencePages: [] });
    expect(source.warnings).toEqual([]);
  });

  it('sends the page as a grey PNG of the scan', async () => {
    // Prepare
    const ocr = new ScriptedPageOcr({ 1: { text: agenda, confidence: 90 } });

    // Act
    await analysePaper(await mixedPdf([null]), { ocr });

    // Assess
    const png = decode(ocr.seen[0]?.png ?? new Uint8Array());
    expect(png).toMatchObject({ channels: 1, depth: 8 });
    // A4 at the scan's 150 dpi.
    expect(png.width).toBeCloseTo((595.28 / 72) * 150, -1);
  });

  it('extracts from the OCR text as from any other text', async () => {
    // Prepare
    const ocr = new ScriptedPageOcr({ 1: { text: agenda, confidence: 88 } });

    // Act
    const { extraction } = await analysePaper(await mixedPdf([null]), { ocr });

    // Assess
    expect(extraction.meetingDate).toBe('2024-04-09');
    expect(extraction.agendaItems.length).toBeGreaterThanOrEqual(2);
  });

  it('names the pages read below the confidence floor in the warnings, ahead of the extraction’s', async () => {
    // Prepare
    const ocr = new ScriptedPageOcr({
      1: { text: agenda, confidence: 92 },
      2: { text: 'Smudged page with few words', confidence: 41.6 },
    });

    // Act
    const { source, extraction } = await analysePaper(await mixedPdf([null, null]), { ocr });

    // Assess
    expect(source.ocr).toEqual({ pages: [1, 2], meanConfidence: 66.8, lowConfidencePages: [2] });
    expect(extraction.warnings[0]).toBe(
      `OCR read page 2 (confidence 42) below the confidence floor of ${ocrLimits.confidenceFloor}: check its text against the scan.`,
    );
  });

  it('does not call OCR for a PDF with a text layer on every page', async () => {
    // Act
    const { source } = await analysePaper(await mixedPdf([agenda]), { ocr: noScans });

    // Assess
    expect(source.ocr).toBeNull();
  });

  it('rejects a scan of more pages than OCR reads, before decoding them', () => {
    // Act
    const error = (() => {
      try {
        checkScanLength(ocrLimits.maxPages + 1, ocrLimits.maxPages + 3);
      } catch (caught) {
        return caught;
      }
    })();

    // Assess
    expect(error).toBeInstanceOf(UploadRejectedError);
    expect(error).toMatchObject({
      code: 'scan-too-long',
      message: `This scan has ${ocrLimits.maxPages + 1} page(s) without text (of ${ocrLimits.maxPages + 3}); OCR reads at most ${ocrLimits.maxPages} in one paper: split it into PDFs of ${ocrLimits.maxPages} pages or fewer, or upload a PDF with text.`,
    });
  });

  it('rejects a PDF of more scanned pages than OCR reads, without asking OCR', async () => {
    // Prepare
    const bytes = await mixedPdf(Array.from({ length: ocrLimits.maxPages + 1 }, () => null));

    // Act
    const error = await rejection(analysePaper(bytes, { ocr: noScans }));

    // Assess
    expect(error).toMatchObject({
      code: 'scan-too-long',
      message: expect.stringContaining(
        `This scan has ${ocrLimits.maxPages + 1} page(s) without text (of ${ocrLimits.maxPages + 1}); OCR reads at most ${ocrLimits.maxPages}`,
      ),
    });
  }, 60_000);

  it('does not count the blank pages of a paper with text against the scan limit', async () => {
    // Prepare
    const bytes = await mixedPdf([
      agenda,
      ...Array.from({ length: ocrLimits.maxPages + 1 }, () => ''),
    ]);

    // Act
    const { source } = await analysePaper(bytes, { ocr: noScans });

    // Assess
    expect(source.pages).toBe(ocrLimits.maxPages + 2);
    expect(source.ocr).toBeNull();
  });

  it('rejects a scan whose OCR outlasts the time budget', async () => {
    // Prepare
    const pages = await pdfPages(await mixedPdf([null]));

    // Act
    const error = await rejection(readScans(pages, stalledOcr, { ...ocrLimits, timeBudgetMs: 5 }));

    // Assess
    expect(error).toMatchObject({
      code: 'scan-too-long',
      message: expect.stringMatching(/^OCR of this scan's 1 page\(s\) did not finish within/),
    });
  });

  it('rejects a scan on which OCR finds no text', async () => {
    // Act
    const error = await rejection(
      analysePaper(await mixedPdf([null]), { ocr: new ScriptedPageOcr() }),
    );

    // Assess
    expect(error).toMatchObject({ code: 'no-text-layer' });
  });

  it('lets an OCR failure through, for the queue to retry', async () => {
    // Prepare
    const failing = {
      recognise: async () => {
        throw new Error('OCR function throttled');
      },
    };

    // Act
    const error = await rejection(analysePaper(await mixedPdf([null]), { ocr: failing }));

    // Assess
    expect(error).not.toBeInstanceOf(UploadRejectedError);
    expect(error).toMatchObject({ message: 'OCR function throttled' });
  });
});

describe('OCR facts', () => {
  it('average the pages’ confidences to one decimal', () => {
    // Act
    const { ocr, warnings } = ocrFacts([
      { page: 3, text: 'a', confidence: 80 },
      { page: 4, text: 'b', confidence: 90.25 },
    ]);

    // Assess
    expect(ocr).toEqual({ pages: [3, 4], meanConfidence: 85.1, lowConfidencePages: [] });
    expect(warnings).toEqual([]);
  });
});
