/**
 * Rows budget bench: a dataset of BENCH_ROWS rows (default 300,000) whose only match for a filter
 * is its last row, written to DynamoDB on the local engines, then read as a client would, following
 * `next`. Reports how long one request takes (each reads at most the budget of rows) and how many
 * requests reach the match: before the budget, the first request read the whole table.
 *
 * `npx tsx bench/rows-budget.ts` (BENCH_ROWS=… for another size).
 */
import { DynamoRowStore } from '../functions/adapters/dynamo/row-store.ts';
import { maxRowsScannedPerRead } from '../functions/config/limits.ts';
import { startEngines } from '../infra/local/engines.ts';
import { localClients } from '../infra/local/local-clients.ts';
import { localNames, provision } from '../infra/local/provision.ts';

const rows = Number(process.env.BENCH_ROWS ?? 300_000);
const engines = await startEngines();
try {
  const clients = localClients(engines);
  const names = localNames('bench-rows');
  await provision(clients, names);
  const store = new DynamoRowStore(clients.dynamo, names.rowsTable, { concurrency: 8 });
  const batch = 10_000;
  for (let start = 1; start <= rows; start += batch)
    await store.write(
      'bench#1',
      Array.from({ length: Math.min(batch, rows - start + 1) }, (_, index) => ({
        rowNumber: start + index,
        values: { kind: start + index === rows ? 'rare' : 'common', amount: start + index },
      })),
    );
  const times: number[] = [];
  let cursor: string | undefined;
  let found = 0;
  do {
    const started = performance.now();
    const page = await store.read('bench#1', {
      limit: 20,
      cursor,
      filters: [{ field: 'kind', op: 'eq', value: 'rare' }],
    });
    times.push(performance.now() - started);
    found += page.items.length;
    cursor = page.next ?? undefined;
  } while (cursor);
  times.sort((a, b) => a - b);
  const at = (share: number) => Math.round(times[Math.floor((times.length - 1) * share)] ?? 0);
  console.log(
    `${rows} rows, one match at the end: ${times.length} requests of at most ${maxRowsScannedPerRead} rows to reach it (found ${found}); per request median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`,
  );
} finally {
  await engines.close();
}
