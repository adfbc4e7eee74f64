/**
 * OCR: seconds per scanned page and character accuracy on the generated scan whose text is known
 * (test/fixtures/scans/), read by the OCR function's own handler in this process, as the local
 * stack reads it. `--corpus FILE [--languages fra]` also reads a real scan (e.g. the French
 * deliberations of ../shared/corpus) and prints its pages, time and mean confidence.
 *
 *   npx tsx bench/ocr.ts
 *   npx tsx bench/ocr.ts --corpus ../shared/corpus/papers/31_france-marmagne-deliberations-2024-05-22-scanned.pdf --languages fra
 */
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { inProcessOcr } from '../functions/adapters/ocr/in-process-page-ocr.ts';
import {
  installedAssets,
  ocrLanguages,
  recognisePng,
  stopEngine,
} from '../functions/adapters/ocr/tesseract-engine.ts';
import { maxPagePngBytes } from '../functions/config/ocr.ts';
import { analysePaper } from '../functions/domain/papers/read-paper.ts';
import { pagePng } from '../functions/domain/papers/readers/page-png.ts';
import { pdfPages } from '../functions/domain/papers/readers/pdf-text.ts';
import { characterAccuracy } from '../test/support/ocr-accuracy.ts';
import { scannedMinutes, scannedMinutesText } from '../test/support/scans.ts';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    languages: { type: 'string', default: 'eng' },
    rounds: { type: 'string', default: '5' },
  },
});
const rounds = Number(values.rounds);
const median = (samples: number[]) =>
  [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? Number.NaN;

// The known page: the engine started once (a cold start's cost), then warm pages as a warm
// function reads them.
const [page] = await pdfPages(await scannedMinutes());
if (!page?.scan) throw new Error('the generated scan has no page image');
const png = pagePng(page.scan, maxPagePngBytes);
const assets = installedAssets(['eng']);
let started = performance.now();
const first = await recognisePng(assets, png);
const coldSeconds = (performance.now() - started) / 1000;
const warm: number[] = [];
for (let round = 0; round < rounds; round++) {
  started = performance.now();
  await recognisePng(assets, png);
  warm.push((performance.now() - started) / 1000);
}
await stopEngine();

// The whole reading, as ingest does it: PDF, raster, PNG, OCR, merged text.
const { source } = await analysePaper(await scannedMinutes(), { ocr: inProcessOcr(['eng']) });
const known = await scannedMinutesText();

console.log(
  `\nOCR (tesseract.js, in-process, node ${process.version}; generated A4 scan at 150 dpi)`,
);
console.table({
  'known page': {
    pixels: `${page.scan.width}×${page.scan.height}`,
    'PNG KiB': (png.length / 1024).toFixed(0),
    'first page s (engine start + page)': coldSeconds.toFixed(2),
    [`warm s/page (median of ${rounds})`]: median(warm).toFixed(2),
    confidence: first.confidence.toFixed(1),
    'character accuracy': characterAccuracy(known, source.text).toFixed(3),
  },
});

if (values.corpus) {
  const languages = ocrLanguages(values.languages);
  started = performance.now();
  const { source: scan, extraction } = await analysePaper(await readFile(values.corpus), {
    ocr: inProcessOcr(languages),
  });
  const seconds = (performance.now() - started) / 1000;
  const pages = scan.ocr?.pages.length ?? 0;
  console.log(`\n${values.corpus} (${languages.join('+')})`);
  console.table({
    scan: {
      'OCR pages': pages,
      'total s': seconds.toFixed(1),
      's/page': (seconds / Math.max(1, pages)).toFixed(2),
      'mean confidence': scan.ocr?.meanConfidence,
      'pages below floor': scan.ocr?.lowConfidencePages.length,
      'document type': extraction.documentType,
      resolutions: extraction.resolutions.length,
    },
  });
}
