import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PaperExtraction } from '../../../functions/domain/papers/model.ts';
import { analysePaper } from '../../../functions/domain/papers/read-paper.ts';
import { corpusDir } from '../../support/corpus.ts';
import { noScans } from '../../support/page-ocr.ts';
import { renderDocx, renderPdf } from '../../support/render.ts';

// The same papers as text, as PDF and as DOCX must read the same: every format path end to end.
const fixtures = [
  '02-numbered-minutes.txt',
  '04-cabinet-report.txt',
  '06-us-city-council-minutes.txt',
  '08-exempt-report.txt',
];

const essentials = (extraction: PaperExtraction) => ({
  documentType: extraction.documentType,
  council: extraction.council,
  meetingDate: extraction.meetingDate,
  resolutions: extraction.resolutions.length,
  recommendations: extraction.recommendations.length,
  votes: extraction.votes.length,
  exempt: extraction.exempt.exempt,
});

describe.each(fixtures)('%s rendered as PDF and DOCX', (fixture) => {
  const text = readFileSync(new URL(fixture, corpusDir), 'utf8');

  it('reads the same essentials from the PDF as from the text', async () => {
    const fromText = await analysePaper(Buffer.from(text), { ocr: noScans });
    const fromPdf = await analysePaper(await renderPdf(text), { ocr: noScans });
    expect(fromPdf.source.format).toBe('pdf');
    expect(essentials(fromPdf.extraction)).toEqual(essentials(fromText.extraction));
  });

  it('reads the same essentials from the DOCX as from the text', async () => {
    const fromText = await analysePaper(Buffer.from(text), { ocr: noScans });
    const fromDocx = await analysePaper(await renderDocx(text), { ocr: noScans });
    expect(fromDocx.source.format).toBe('docx');
    expect(essentials(fromDocx.extraction)).toEqual(essentials(fromText.extraction));
  });
});
