/**
 * `tsx bench/run.ts` (section `extraction`): how fast papers are read and extracted, by format, on
 * the real papers of test/fixtures/corpus/papers, each figure against a floor measured in the same
 * rounds on the same bytes:
 * - text and Markdown, HTML, DOCX (and the five seeds): MB/s of hashing, reading and extracting,
 *   against hashing, decoding and splitting the bytes into lines;
 * - PDF (those with a text layer: a scan's time is OCR's): pages/s and MB/s against pdf.js's own
 *   text extraction alone (getTextContent over every page);
 * - the text corpus joined into 100 KB, 1 MB and 5 MB papers: whether extraction stays linear.
 * Times are CPU time of this process (`process.cpuUsage`), so a figure is per core and other work
 * on a shared machine does not count in it; floor and task alternate within each round.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Hex } from '../functions/domain/hashing.ts';
import { analysePaper } from '../functions/domain/papers/read-paper.ts';
import { pdfPages } from '../functions/domain/papers/readers/pdf-text.ts';
import { repoRoot } from '../infra/local/paths.ts';
import { noScans } from '../test/support/page-ocr.ts';
import { type Figure, figure, median, record } from './results.ts';

const papersDir = join(repoRoot, 'test', 'fixtures', 'corpus', 'papers');
const seedsDir = join(repoRoot, 'seeds');
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
/** The budget: extraction of text at 20 MB/s or more on one core. */
const textBudget = { on: 'value', min: 20 } as const;

const filesOf = (dir: string, pattern: RegExp) =>
  readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));

/** CPU seconds `task` takes over every input. */
const cpuSeconds = async (
  inputs: readonly Buffer[],
  task: (bytes: Buffer) => Promise<unknown> | unknown,
): Promise<number> => {
  const start = process.cpuUsage();
  for (const bytes of inputs) await task(bytes);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};

/**
 * Median seconds of `task` and of `floor` over `rounds` rounds, alternating which goes first, after
 * one warm-up of each (the first run of a module compiles it).
 */
const race = async (
  inputs: readonly Buffer[],
  task: (bytes: Buffer) => Promise<unknown> | unknown,
  floor: (bytes: Buffer) => Promise<unknown> | unknown,
) => {
  await cpuSeconds(inputs, task);
  await cpuSeconds(inputs, floor);
  const tasks: number[] = [];
  const floors: number[] = [];
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      tasks.push(await cpuSeconds(inputs, task));
      floors.push(await cpuSeconds(inputs, floor));
    } else {
      floors.push(await cpuSeconds(inputs, floor));
      tasks.push(await cpuSeconds(inputs, task));
    }
  }
  return { task: median(tasks), floor: median(floors) };
};

const megabytes = (inputs: readonly Buffer[]) =>
  inputs.reduce((sum, bytes) => sum + bytes.length, 0) / 1e6;

/** What ingest does with a paper's bytes: hash them, read them and extract the fields. */
const extract = async (bytes: Buffer) => {
  sha256Hex(bytes);
  return analysePaper(bytes, { ocr: noScans });
};

/** The floor: what any ingest must do with text bytes, hash, decode and split them into lines. */
const decodeLines = (bytes: Buffer) => {
  sha256Hex(bytes);
  return new TextDecoder().decode(bytes).split(/\r?\n/);
};

/** pdf.js alone: open the document and take every page's text content. */
const pdfjsText = async (bytes: Buffer) => {
  const { getDocumentProxy } = await import('unpdf');
  const document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  try {
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      await page.getTextContent();
      page.cleanup();
    }
  } finally {
    await document.destroy();
  }
};

const figures: Figure[] = [];
const printed: Record<string, string | number>[] = [];

const throughput = async (
  name: string,
  inputs: readonly Buffer[],
  note: string,
  budget?: typeof textBudget,
) => {
  const size = megabytes(inputs);
  const seconds = await race(inputs, extract, decodeLines);
  const value = size / seconds.task;
  figures.push(
    figure({
      name: `extraction ${name}`,
      value,
      unit: 'MB/s',
      runs: rounds,
      floor: { name: 'hash + decode + split lines', value: size / seconds.floor },
      ...(budget ? { budget } : {}),
      note,
    }),
  );
  printed.push({
    input: name,
    files: inputs.length,
    MB: Number(size.toFixed(3)),
    'MB/s': Number(value.toFixed(2)),
    'floor MB/s': Number((size / seconds.floor).toFixed(1)),
    ratio: Number((seconds.floor / seconds.task).toFixed(4)),
  });
};

const texts = filesOf(papersDir, /\.(?:txt|md)$/);
await throughput(
  'text/markdown',
  texts.map((file) => file.bytes),
  `${texts.length} corpus papers (.txt, .md, pdftotext -layout dumps)`,
  textBudget,
);
const htmls = filesOf(papersDir, /\.html?$/);
await throughput(
  'HTML',
  htmls.map((file) => file.bytes),
  `${htmls.length} corpus papers`,
);
const docxs = filesOf(papersDir, /\.docx$/);
await throughput(
  'DOCX',
  docxs.map((file) => file.bytes),
  `${docxs.length} corpus papers; the floor decodes the zip's bytes as text, as the issue names it`,
);
const seeds = filesOf(seedsDir, /./);
await throughput(
  'seeds',
  seeds.map((file) => file.bytes),
  `the ${seeds.length} sample papers in seeds/ (where the issue measured 8.8 MB/s)`,
);

// The text corpus joined into one long paper (a pack of many documents), to show linearity.
const joined = texts.map((file) => file.bytes.toString('utf8')).join('\n\n');
for (const [label, size] of [
  ['100 KB', 100_000],
  ['1 MB', 1_000_000],
  ['5 MB', 5_000_000],
] as const) {
  let text = '';
  while (text.length < size) text += `${joined}\n\n`;
  await throughput(
    `text at ${label}`,
    [Buffer.from(text.slice(0, size))],
    'the text corpus joined into one paper of this size: MB/s should not fall as it grows',
    textBudget,
  );
}

// PDFs with a text layer; a scan's time is rasterising and OCR, which bench/ocr.ts measures.
const pdfs = [];
const scans: string[] = [];
for (const file of filesOf(papersDir, /\.pdf$/)) {
  const pages = await pdfPages(file.bytes);
  if (pages.some((page) => page.scan)) scans.push(file.name);
  else pdfs.push({ ...file, pages: pages.length });
}
const pdfBytes = pdfs.map((file) => file.bytes);
const pageCount = pdfs.reduce((sum, file) => sum + file.pages, 0);
const pdfSeconds = await race(pdfBytes, extract, pdfjsText);
const pdfNote = `${pdfs.length} corpus PDFs, ${pageCount} pages; scans left out (${scans.join(', ')})`;
figures.push(
  figure({
    name: 'extraction PDF pages',
    value: pageCount / pdfSeconds.task,
    unit: 'pages/s',
    runs: rounds,
    floor: { name: 'pdf.js getTextContent alone', value: pageCount / pdfSeconds.floor },
    note: pdfNote,
  }),
  figure({
    name: 'extraction PDF',
    value: megabytes(pdfBytes) / pdfSeconds.task,
    unit: 'MB/s',
    runs: rounds,
    floor: {
      name: 'pdf.js getTextContent alone',
      value: megabytes(pdfBytes) / pdfSeconds.floor,
    },
    note: pdfNote,
  }),
);
printed.push({
  input: `PDF (${pageCount} pages)`,
  files: pdfs.length,
  MB: Number(megabytes(pdfBytes).toFixed(3)),
  'MB/s': Number((megabytes(pdfBytes) / pdfSeconds.task).toFixed(2)),
  'floor MB/s': Number((megabytes(pdfBytes) / pdfSeconds.floor).toFixed(2)),
  ratio: Number((pdfSeconds.floor / pdfSeconds.task).toFixed(3)),
});

console.log(
  `\nExtraction (CPU time of one process, median of ${rounds} rounds; floor: hash + decode + split lines, or pdf.js text alone for PDF)`,
);
console.table(printed);
console.log(
  `PDF: ${(pageCount / pdfSeconds.task).toFixed(1)} pages/s, pdf.js alone ${(pageCount / pdfSeconds.floor).toFixed(1)} pages/s`,
);
record('extraction', 'tsx bench/run.ts', figures);
