/**
 * Spreadsheets bench: a generated XLSX of BENCH_SHEET_ROWS rows (default 1,000,000; ExcelJS's
 * streaming writer, shared strings and a date format as Excel writes them) and an ODS of
 * BENCH_ODS_ROWS rows (default 100,000), each validated as `council-papers validate` does (open
 * the zip, infer the schema from the first 10,000 rows, validate every row, store nothing) in a
 * fresh process whose peak RSS is read from the kernel (target: at most 256 MB); then the XLSX
 * loaded into the local engines as the ingest function does (BENCH_SHEET_LOAD=0 leaves it out).
 * Records section `rows-sheets`, with the items, bytes and write units of 1,000 of its rows.
 */
import { mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { repoRoot } from '../infra/local/paths.ts';
import { zipOf } from '../test/support/zip-files.ts';
import { datasetTasks, heapCapMb, type Measure } from './dataset-tasks.ts';
import { compileDatasetWorker } from './dataset-worker-build.ts';
import { type Figure, figure, record } from './results.ts';
import { rowItemFigures } from './row-items.ts';

const rows = Number(process.env.BENCH_SHEET_ROWS ?? 1_000_000);
const odsRows = Number(process.env.BENCH_ODS_ROWS ?? 100_000);
const targetMb = 256;
/** Validate runs per format, each in a fresh process (the XLSX load, which writes every row, runs once). */
const runs = Number(process.env.BENCH_RUNS ?? 5);
/** BENCH_SHEET_LOAD=0 leaves out loading the XLSX into the local engines (minutes at a million rows). */
const loadXlsx = process.env.BENCH_SHEET_LOAD !== '0';

const tasks = datasetTasks(await compileDatasetWorker('spreadsheet-worker.mjs'));

const directorates = ['Adult Social Care', 'Children’s Services', 'Place', 'Resources'];
/** Spend-over-£500-like rows: each description is unique, as transaction references are. */
const rowOf = (index: number) =>
  [
    index,
    new Date(Date.UTC(2024, 3, (index % 28) + 1)),
    directorates[index % 4] ?? '',
    `Supplier ${index % 997}, Ltd`,
    `CC${String(index % 500).padStart(5, '0')}`,
    Number((500 + (index % 100_000) / 7).toFixed(2)),
    `Payment for services ref ${index * 7}`,
  ] as const;
const header = [
  'Transaction ID',
  'Date',
  'Directorate',
  'Supplier',
  'Cost centre',
  'Amount',
  'Description',
];

const writeXlsx = async (file: string) => {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  const sheet = writer.addWorksheet('Spend');
  sheet.addRow(header).commit();
  for (let index = 1; index <= rows; index++) {
    const row = sheet.addRow([...rowOf(index)]);
    row.getCell(2).numFmt = 'dd/mm/yyyy';
    row.commit();
  }
  sheet.commit();
  await writer.commit();
};

const escapeXml = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

/** An ODS as LibreOffice writes one: typed cell values, a date style; built in memory. */
const writeOds = async (file: string) => {
  const cell = (value: string | number | Date) => {
    if (typeof value === 'number')
      return `<table:table-cell office:value-type="float" office:value="${value}"><text:p>${value}</text:p></table:table-cell>`;
    if (value instanceof Date) {
      const iso = value.toISOString().slice(0, 10);
      return `<table:table-cell office:value-type="date" office:date-value="${iso}"><text:p>${iso}</text:p></table:table-cell>`;
    }
    return `<table:table-cell office:value-type="string"><text:p>${escapeXml(value)}</text:p></table:table-cell>`;
  };
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="Spend">',
    `<table:table-row>${header.map(cell).join('')}</table:table-row>`,
  ];
  for (let index = 1; index <= odsRows; index++)
    lines.push(`<table:table-row>${rowOf(index).map(cell).join('')}</table:table-row>`);
  lines.push('</table:table></office:spreadsheet></office:body></office:document-content>');
  await writeFile(
    file,
    zipOf([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', stored: true },
      { name: 'content.xml', data: lines.join('') },
    ]),
  );
};

const dir = await mkdtemp(join(tmpdir(), 'council-papers-sheets-bench-'));
try {
  // Writing a million rows with ExcelJS takes minutes: the file is kept under .local/bench for reruns.
  const xlsx = join(repoRoot, '.local', 'bench', `spend-${rows}.xlsx`);
  const ods = join(dir, 'spend.ods');
  if (!(await stat(xlsx).catch(() => undefined))) {
    await writeXlsx(`${xlsx}.part`);
    await rename(`${xlsx}.part`, xlsx);
  }
  await writeOds(ods);
  const rate = (m: Measure) => m.rows / m.seconds;
  const shown = (m: Measure) => Math.round(rate(m)).toLocaleString('en-GB');
  const figures: Figure[] = [];
  for (const [name, file] of [
    ['XLSX', xlsx],
    ['ODS', ods],
  ] as const) {
    const size = (await stat(file)).size;
    const measure = await tasks.medianOf(['validate', file], runs);
    const within = measure.maxRssMb <= targetMb ? 'within' : 'OVER';
    console.log(
      `${name.padEnd(4)} ${measure.rows.toLocaleString('en-GB')} rows (${(size / 1e6).toFixed(1)} MB): validate ${shown(measure)} rows/s, ${measure.seconds.toFixed(1)} s, peak RSS ${measure.maxRssMb.toFixed(0)} MB (${within} the ${targetMb} MB target; ${heapCapMb} MB heap cap)`,
    );
    figures.push(
      figure({
        name: `${name} validate`,
        value: rate(measure),
        unit: 'rows/s',
        runs,
        note: `${measure.rows.toLocaleString('en-GB')} rows, ${(size / 1e6).toFixed(1)} MB`,
      }),
      figure({
        name: `${name} validate peak RSS`,
        value: measure.maxRssMb,
        unit: 'MB',
        runs,
        budget: { on: 'value', max: targetMb },
      }),
    );
  }
  figures.push(...rowItemFigures(await tasks.items(xlsx), 'XLSX '));
  if (loadXlsx) {
    const load = await tasks.load(
      xlsx,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      join(dir, 'engines'),
    );
    const split = `CPU: our ingest ${load.cpuSeconds.toFixed(1)} s, the stand-ins ${load.standInCpuSeconds.toFixed(1)} s, of ${load.seconds.toFixed(1)} s`;
    console.log(
      `XLSX load (S3 → DynamoDB, local) ${shown(load)} rows/s, peak RSS ${load.maxRssMb.toFixed(0)} MB (one run; ${split})`,
    );
    figures.push(
      figure({
        name: 'XLSX load (S3 → DynamoDB stand-in)',
        value: rate(load),
        unit: 'rows/s',
        runs: 1,
        note: `one run of ${load.rows.toLocaleString('en-GB')} rows; ${split}`,
      }),
      figure({
        name: 'XLSX load peak RSS',
        value: load.maxRssMb,
        unit: 'MB',
        runs: 1,
        budget: { on: 'value', max: targetMb },
      }),
    );
  }
  record(
    'rows-sheets',
    `BENCH_SHEET_ROWS=${rows} BENCH_ODS_ROWS=${odsRows} tsx bench/spreadsheets.ts`,
    figures,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
