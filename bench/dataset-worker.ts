/**
 * One measured task of the datasets bench, in its own process so that its peak RSS is its own:
 *   engines DIR             start the local engines on disk, print their endpoints, run until killed
 *   parse FILE              csv-parse alone over the file, streamed (the baseline)
 *   validate FILE           the full streaming reader: dialect, inference, validation, no storage
 *   ingest ENDPOINTS KEY    the real ingest of an uploaded object on the local engines
 *   items FILE              the first 1,000 rows' items as the row store writes them: count, bytes
 *                           and write units, and the same for other layouts (several rows an item,
 *                           an S3 object of NDJSON); prints { layouts: [...] }
 * Prints one JSON line: { rows, seconds, maxRssMb, cpuSeconds } (cpuSeconds: this process's user and
 * system CPU time, to tell our work from the stand-ins' when they run elsewhere).
 */
import { createReadStream, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parse } from 'csv-parse';
import { rowItem } from '../functions/adapters/dynamo/row-store.ts';
import { fileSource } from '../functions/cli/file-source.ts';
import { buildRoot } from '../functions/composition/root.ts';
import { silentTelemetry } from '../functions/composition/telemetry.ts';
import { streamTable } from '../functions/domain/datasets/read-table.ts';
import type { DatasetRow } from '../functions/ports/row-store.ts';
import { ingestUpload } from '../functions/usecases/ingest/ingest-upload.ts';
import { startEngines } from '../infra/local/engines.ts';
import { localClients } from '../infra/local/local-clients.ts';
import { localNames, provision } from '../infra/local/provision.ts';
import { itemBytes, writeUnits } from './dynamo-size.ts';

export const benchNamespace = 'bench';

/**
 * The process's own peak RSS: Linux's VmHWM, which counts only this program's memory. The kernel's
 * maxRSS (getrusage) starts at the parent's RSS when it forked, so a large parent (the spreadsheets
 * bench, which has just written a million-row workbook) would be counted in.
 */
const peakRssMb = (): number => {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]) / 1024;
  } catch {
    // Not Linux: fall back on getrusage.
  }
  return process.resourceUsage().maxRSS / 1024;
};

const report = (rows: number, start: number) => {
  const maxRssMb = peakRssMb();
  const cpu = process.cpuUsage();
  console.log(
    JSON.stringify({
      rows,
      seconds: (performance.now() - start) / 1000,
      maxRssMb,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
    }),
  );
};

const [mode, arg, key] = process.argv.slice(2);
const start = performance.now();
if (mode === 'engines' && arg) {
  const engines = await startEngines(arg);
  await provision(localClients(engines), localNames(benchNamespace));
  console.log(
    JSON.stringify({ dynamoEndpoint: engines.dynamoEndpoint, s3Endpoint: engines.s3Endpoint }),
  );
  process.on('SIGTERM', () => void engines.close().then(() => process.exit(0)));
} else if (mode === 'parse' && arg) {
  let rows = 0;
  for await (const _record of createReadStream(arg).pipe(parse({ relax_column_count: true })))
    rows++;
  report(rows - 1, start);
} else if (mode === 'validate' && arg) {
  const summary = await streamTable(await fileSource(arg), {}, async () => {});
  if (!summary.report.valid) throw new Error(JSON.stringify(summary.report.errors.slice(0, 3)));
  report(summary.rowCount, start);
} else if (mode === 'ingest' && arg && key) {
  const names = localNames(benchNamespace);
  const root = buildRoot(names, localClients(JSON.parse(arg)), silentTelemetry);
  const entry = await ingestUpload(root.ingest, {
    bucket: names.uploadBucket,
    key,
    eventName: 'ObjectCreated:Put',
    eventTime: new Date().toISOString(),
    sequencer: '0A',
    uploader: 'bench',
  });
  if (entry.outcome !== 'accepted') throw new Error(JSON.stringify(entry));
  // A workbook's sheets are datasets of their own, `<id>-<sheet>`: every row of them counts.
  const { items } = await root.ingest.versions.listLatest(
    'dataset',
    { limit: 100 },
    { idPrefix: entry.id ?? '' },
  );
  report(
    items.reduce((sum, record) => sum + record.rowCount, 0),
    start,
  );
} else if (mode === 'items' && arg) {
  const raw: { rowNumber: number; values: readonly unknown[] }[] = [];
  const summary = await streamTable(await fileSource(arg), {}, async (batch) => {
    if (raw.length < 1000) raw.push(...batch.slice(0, 1000 - raw.length));
  });
  const fields = summary.schema.fields.map((field) => field.name);
  // As ingest stores them: values by field name.
  const sample: DatasetRow[] = raw.map(({ rowNumber, values }) => ({
    rowNumber,
    values: Object.fromEntries(
      fields.map((field, column) => [
        field,
        (values[column] ?? null) as DatasetRow['values'][string],
      ]),
    ),
  }));
  // As ingest names a rowset: the dataset's id and the upload's SHA-256.
  const rowset = `spend-bench#${'0'.repeat(64)}`;
  const rowItems = sample.map((row) => rowItem(rowset, row));
  const packed = (size: number) => {
    const items = [];
    for (let at = 0; at < sample.length; at += size)
      items.push({
        pk: rowset,
        sk: `p#${String(at / size).padStart(10, '0')}`,
        rows: rowItems.slice(at, at + size).map(({ rowNumber, values }) => ({ rowNumber, values })),
      });
    return items;
  };
  const layout = (name: string, items: Record<string, unknown>[]) => ({
    name,
    items: items.length,
    bytes: items.reduce((sum, item) => sum + itemBytes(item), 0),
    writeUnits: items.reduce((sum, item) => sum + writeUnits(item), 0),
    maxItemBytes: Math.max(...items.map(itemBytes)),
  });
  const ndjson = sample.map((row) => JSON.stringify(row.values)).join('\n');
  console.log(
    JSON.stringify({
      rows: sample.length,
      layouts: [
        layout('one row an item (now)', rowItems),
        ...[4, 10, 25].map((size) => layout(`${size} rows an item`, packed(size))),
      ],
      s3: { name: '1,000 rows an S3 object (NDJSON)', bytes: Buffer.byteLength(ndjson) },
    }),
  );
} else {
  throw new Error(
    `usage: dataset-worker.ts engines DIR | parse FILE | validate FILE | ingest ENDPOINTS KEY | items FILE`,
  );
}
