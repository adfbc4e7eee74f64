/**
 * Spreadsheets bench: a generated XLSX of BENCH_SHEET_ROWS rows (default 1,000,000; ExcelJS's
 * streaming writer, shared strings and a date format as Excel writes them) and an ODS of
 * BENCH_ODS_ROWS rows (default 100,000), each validated as `council-papers validate` does (open
 * the zip, infer the schema from the first 10,000 rows, validate every row, store nothing) in a
 * fresh process whose peak RSS is read from the kernel. Target: at most 256 MB.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { repoRoot } from '../infra/local/paths.ts';
import { zipOf } from '../test/support/zip-files.ts';
import { compileDatasetWorker } from './dataset-worker-build.ts';

const rows = Number(process.env.BENCH_SHEET_ROWS ?? 1_000_000);
const odsRows = Number(process.env.BENCH_ODS_ROWS ?? 100_000);
const targetMb = 256;
/** As in the datasets bench: a task that held its rows would fail rather than show a high RSS. */
const heapCapMb = 128;

const compiled = await compileDatasetWorker('spreadsheet-worker.mjs');

interface Measure {
  rows: number;
  seconds: number;
  maxRssMb: number;
}

const validate = async (file: string): Promise<Measure> => {
  const child = spawn(
    process.execPath,
    [`--max-old-space-size=${heapCapMb}`, compiled, 'validate', file],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  for await (const chunk of child.stdout) out += String(chunk);
  const [code] = await once(child, 'exit');
  if (code !== 0) throw new Error(`validate ${file} exited with ${code}`);
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Measure;
};

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
  const rate = (m: Measure) => Math.round(m.rows / m.seconds).toLocaleString('en-GB');
  for (const [name, file] of [
    ['XLSX', xlsx],
    ['ODS', ods],
  ] as const) {
    const size = (await stat(file)).size;
    const measure = await validate(file);
    const within = measure.maxRssMb <= targetMb ? 'within' : 'OVER';
    console.log(
      `${name.padEnd(4)} ${measure.rows.toLocaleString('en-GB')} rows (${(size / 1e6).toFixed(1)} MB): validate ${rate(measure)} rows/s, ${measure.seconds.toFixed(1)} s, peak RSS ${measure.maxRssMb.toFixed(0)} MB (${within} the ${targetMb} MB target; ${heapCapMb} MB heap cap)`,
    );
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
