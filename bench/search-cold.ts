import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

// A cold API function's first search, in a fresh process (cold JIT, nothing cached): read every
// shard's bytes, open them, answer one query with a page of 20 results, their stored fields and
// snippets. Run by bench/search.ts: `tsx bench/search-cold.ts DIR FORMAT SHARDS QUERY`, FORMAT
// `packed` (format 2, what the API reads now) or `minisearch` (format 1: gzipped MiniSearch JSON,
// loaded whole, as before). Prints the milliseconds of each step as JSON.

const [dir = '', format = 'packed', count = '16', q = 'council'] = process.argv.slice(2);
const { decodeShard, readShard } = await import('../functions/domain/search/engine.ts');
const { parseQuery } = await import('../functions/domain/search/query.ts');
const { pageOf, rank } = await import('../functions/domain/search/rank.ts');
const { snippet } = await import('../functions/domain/search/snippet.ts');
const { minisearchQuery } = await import('../test/support/minisearch-reference.ts');

const start = performance.now();
const bytes = Array.from({ length: Number(count) }, (_, n) =>
  readFileSync(`${dir}/shard-${n}.${format}`),
);
const read = performance.now();
let hits: { key: string; score: number; terms: readonly string[]; text: string | null }[];
let opened: number;
if (format === 'packed') {
  const shards = bytes.map(readShard);
  opened = performance.now();
  hits = pageOf(rank(shards, parseQuery(q), {}), 20, undefined).items.map((hit) => ({
    ...hit,
    text: hit.stored.text,
  }));
} else {
  const shards = bytes.map(decodeShard);
  opened = performance.now();
  hits = shards
    .flatMap((shard) =>
      shard.search(minisearchQuery(parseQuery(q))).map((result) => ({
        key: String(result.id),
        score: result.score,
        terms: result.terms,
        text: (result.text as string | null) ?? null,
      })),
    )
    .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1))
    .slice(0, 20);
}
for (const hit of hits) snippet(hit.text ?? '', new Set(hit.terms));
const answered = performance.now();
console.log(
  JSON.stringify({
    read: read - start,
    open: opened - read,
    query: answered - opened,
    total: answered - start,
    first: hits[0]?.key ?? null,
  }),
);
