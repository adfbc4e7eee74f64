/**
 * Datasets bench: a generated CSV of BENCH_ROWS rows (default 1,000,000, about 100 MB) through
 * csv-parse alone, through the streaming validator, and through the real ingest on the local
 * engines (S3 and DynamoDB stand-ins in another process). Each task runs in a fresh process so
 * its peak RSS is its own. Parse and validate report the median of BENCH_RUNS runs (5); the
 * ingest, which writes every row, runs once. Records section `rows`: rows/s, peak RSS (target
 * 256 MB), and the items, bytes and write units 1,000 rows take in the rows table.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { datasetTasks, heapCapMb, type Measure } from './dataset-tasks.ts';
import { compileDatasetWorker } from './dataset-worker-build.ts';
import { type Figure, figure, record } from './results.ts';
import { rowItemFigures } from './row-items.ts';

const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
/** Runs of parse and validate, each in a fresh process; the load writes every row, once. */
const runs = Number(process.env.BENCH_RUNS ?? 5);

/** Spend-over-£500-like rows: dates, suppliers with quoted commas, amounts, codes, free text. */
const writeCsv = async (path: string) => {
  const out = createWriteStream(path);
  out.write('Transaction ID,Date,Directorate,Supplier,Cost centre,Amount,Description\n');
  const directorates = ['Adult Social Care', 'Children’s Services', 'Place', 'Resources'];
  for (let index = 1; index <= rows; index++) {
    const day = String((index % 28) + 1).padStart(2, '0');
    const line = `${index},${day}/04/2024,${directorates[index % 4]},"Supplier ${index % 997}, Ltd",CC${String(index % 500).padStart(5, '0')},${(500 + (index % 100000) / 7).toFixed(2)},Payment for services ref ${index * 7}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
};

// Measured tasks run compiled to plain JavaScript, as in Lambda.
const tasks = datasetTasks(await compileDatasetWorker());

const dir = await mkdtemp(join(tmpdir(), 'council-papers-bench-'));
try {
  const file = join(dir, 'spend.csv');
  await writeCsv(file);
  const size = (await stat(file)).size;
  console.log(
    `datasets: ${rows.toLocaleString('en-GB')} rows, ${(size / 1e6).toFixed(1)} MB CSV; each task in a fresh node with a ${heapCapMb} MB heap cap`,
  );

  const parse = await tasks.medianOf(['parse', file], runs);
  const validate = await tasks.medianOf(['validate', file], runs);
  const items = await tasks.items(file);
  const rate = (m: Measure) => m.rows / m.seconds;
  const shown = (m: Measure) => Math.round(rate(m)).toLocaleString('en-GB');
  console.log(
    `csv-parse alone (baseline)   ${shown(parse)} rows/s  peak RSS ${parse.maxRssMb.toFixed(0)} MB`,
  );
  console.log(
    `validate (stream, no store)  ${shown(validate)} rows/s  peak RSS ${validate.maxRssMb.toFixed(0)} MB  (ratio to csv-parse ${(parse.seconds / validate.seconds).toFixed(3)})`,
  );
  const figures: Figure[] = [
    figure({
      name: 'CSV validate',
      value: rate(validate),
      unit: 'rows/s',
      runs,
      floor: { name: 'csv-parse alone', value: rate(parse) },
      note: `${rows.toLocaleString('en-GB')} rows, ${(size / 1e6).toFixed(1)} MB, streamed, stored nowhere`,
    }),
    figure({
      name: 'CSV validate peak RSS',
      value: validate.maxRssMb,
      unit: 'MB',
      runs,
      budget: { on: 'value', max: 256 },
    }),
    ...rowItemFigures(items),
  ];
  for (const layout of items.layouts)
    console.log(
      `per 1,000 rows, ${layout.name.padEnd(22)} ${layout.items} items, ${(layout.bytes / 1024).toFixed(0)} KiB, ${layout.writeUnits} write units (largest item ${layout.maxItemBytes} B)`,
    );
  console.log(`per 1,000 rows, ${items.s3.name}: 1 PUT, ${(items.s3.bytes / 1024).toFixed(0)} KiB`);

  const ingest = await tasks.load(file, 'text/csv', join(dir, 'engines'));
  const split = `CPU: our ingest ${ingest.cpuSeconds.toFixed(1)} s, the stand-ins ${ingest.standInCpuSeconds.toFixed(1)} s, of ${ingest.seconds.toFixed(1)} s`;
  console.log(
    `ingest (S3 → DynamoDB, local) ${shown(ingest)} rows/s  peak RSS ${ingest.maxRssMb.toFixed(0)} MB  (${ingest.seconds.toFixed(1)} s for ${ingest.rows.toLocaleString('en-GB')} rows; one run; ${split})`,
  );
  figures.push(
    figure({
      name: 'CSV load (S3 → DynamoDB stand-in)',
      value: rate(ingest),
      unit: 'rows/s',
      runs: 1,
      note: `one run of ${ingest.rows.toLocaleString('en-GB')} rows; ${split}`,
    }),
    figure({
      name: 'CSV load peak RSS',
      value: ingest.maxRssMb,
      unit: 'MB',
      runs: 1,
      budget: { on: 'value', max: 256 },
    }),
  );
  record('rows', `BENCH_ROWS=${rows} tsx bench/datasets.ts`, figures);
} finally {
  await rm(dir, { recursive: true, force: true });
}
