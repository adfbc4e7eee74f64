import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { searchRefreshMs, searchShardCount } from '../functions/config/search.ts';
import type { SearchDocument } from '../functions/domain/search/document.ts';
import {
  decodeShard,
  emptyShard,
  encodeShard,
  readShard,
  replaceGroup,
  type Shard,
  shardOf,
} from '../functions/domain/search/engine.ts';
import type { SearchFilters } from '../functions/domain/search/filters.ts';
import { parseQuery } from '../functions/domain/search/query.ts';
import { pageOf, rank } from '../functions/domain/search/rank.ts';
import { snippet } from '../functions/domain/search/snippet.ts';
import { type GeneratedPaper, generatePapers, prng } from './search-corpus.ts';

// `npm run bench` (or `tsx bench/search.ts`): a council's archive of 1,000 and 10,000 papers of
// about 2,000 words, generated from a seed, indexed as the API stores it (16 packed shards), then:
// the cold first query (a fresh process reads every shard and answers one query, as a cold API
// function does; also with the previous format, gzipped MiniSearch JSON loaded whole, for the
// ratio), warm queries, and one ingest's update of its shard. Each figure is the median of RUNS
// runs, all in this one run. SEARCH_BENCH_SIZES and SEARCH_BENCH_RUNS change the sizes and runs.

const sizes = (process.env.SEARCH_BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const runs = Number(process.env.SEARCH_BENCH_RUNS ?? 5);
const words = 2_000;
const seed = 20240509;

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
};
const timed = async <T>(work: () => T | Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
};

/** A paper's group as ingest would index it: the paper and three of its decisions. */
const documentsOf = (paper: GeneratedPaper): SearchDocument[] => {
  const key = `paper:${paper.id}`;
  const base = {
    recordId: paper.id,
    meta: `${paper.body} Example Council`,
    body: paper.body,
    bodyId: `example-council--${paper.body.toLowerCase().replace(/[^a-z]+/g, '-')}`,
    bodySlug: paper.body.toLowerCase().replace(/[^a-z]+/g, '-'),
    meetingDate: paper.meetingDate,
    meetingId: null,
    textKey: null,
    hidden: [],
  } as const;
  const sentences = paper.text.split('. ');
  const decisions = [0, 1, 2].map((n) => {
    const text = `RESOLVED that ${sentences[(n + 1) * 7] ?? ''}.`;
    return {
      ...base,
      key: `${key}#decision-${n + 1}`,
      kind: 'decision' as const,
      title: `Decision of ${paper.body}, ${paper.meetingDate}`,
      content: text,
      documentType: null,
      text,
      members: [],
    };
  });
  return [
    {
      ...base,
      key,
      kind: 'paper',
      title: paper.title,
      content: paper.text,
      documentType: paper.documentType,
      text: null,
      members: [key, ...decisions.map((decision) => decision.key)],
    },
    ...decisions,
  ];
};

const build = (groups: readonly SearchDocument[][]): Shard[] => {
  const shards = Array.from({ length: searchShardCount }, emptyShard);
  for (const documents of groups) {
    const group = documents[0]?.key ?? '';
    replaceGroup(shards[shardOf(group, searchShardCount)] as Shard, group, documents);
  }
  return shards;
};

/** The cold first query in a fresh process, for one format; the child reports its own times. */
const cold = (dir: string, format: 'packed' | 'minisearch', q: string) => {
  const out = execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      join(import.meta.dirname, 'search-cold.ts'),
      dir,
      format,
      `${searchShardCount}`,
      q,
    ],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as {
    read: number;
    open: number;
    query: number;
    total: number;
    first: string | null;
  };
};

interface Figures {
  papers: number;
  buildMs: number;
  packedBytes: number;
  previousBytes: number;
  cold: { read: number; open: number; query: number; total: number };
  coldPrevious: number;
  warmP50: number;
  warmP99: number;
  hits: number;
  updateMs: number;
  updatePreviousMs: number;
  sameFirst: boolean;
}

const measure = async (papers: number): Promise<Figures> => {
  const [corpus, generateMs] = await timed(() => [...generatePapers(papers, words, seed)]);
  const groups = corpus.map(documentsOf);
  const texts = new Map(corpus.map((paper) => [paper.id, paper.text]));
  console.log(
    `search at ${papers.toLocaleString('en-GB')} papers: generated in ${(generateMs / 1000).toFixed(1)} s; building ${searchShardCount} shards…`,
  );
  const [built, buildMs] = await timed(() => build(groups));
  const packed = built.map(encodeShard);
  const previous = await Promise.all(
    built.map(async (shard) => {
      await shard.vacuum();
      return new Uint8Array(gzipSync(JSON.stringify(shard)));
    }),
  );
  built.length = 0;
  const dir = mkdtempSync(join(tmpdir(), 'search-bench-'));
  for (const [n, bytes] of packed.entries()) writeFileSync(join(dir, `shard-${n}.packed`), bytes);
  for (const [n, bytes] of previous.entries())
    writeFileSync(join(dir, `shard-${n}.minisearch`), bytes);
  const asked = queries(corpus);
  const colds: Figures['cold'][] = [];
  const coldPrevious: number[] = [];
  let sameFirst = true;
  for (let run = 0; run < runs; run++) {
    const q = asked[run % asked.length]?.q ?? 'council';
    const now = cold(dir, 'packed', q);
    const before = cold(dir, 'minisearch', q);
    colds.push(now);
    coldPrevious.push(before.total);
    sameFirst &&= now.first === before.first;
  }
  // Warm: the shards open, every query answered RUNS times (a page of 20 with snippets; the
  // papers' texts are in memory here, where the API reads each page's texts from S3 in parallel).
  const shards = packed.map(readShard);
  const p50: number[] = [];
  const p99: number[] = [];
  let hits = 0;
  for (let run = 0; run < runs; run++) {
    const latencies: number[] = [];
    hits = 0;
    for (const { q, filters } of asked) {
      const [, ms] = await timed(() => {
        const ranked = rank(shards, parseQuery(q), filters);
        hits += ranked.length;
        for (const hit of pageOf(ranked, 20, undefined).items)
          snippet(hit.stored.text ?? texts.get(hit.stored.recordId) ?? '', new Set(hit.terms));
      });
      latencies.push(ms);
    }
    p50.push(percentile(latencies, 50));
    p99.push(percentile(latencies, 99));
  }
  // One ingest: read its shard whole, replace its paper's group, write the shard; both formats.
  const updates: number[] = [];
  const updatesPrevious: number[] = [];
  for (let run = 0; run < runs; run++) {
    const documents = groups[run] as SearchDocument[];
    const group = documents[0]?.key ?? '';
    const shard = shardOf(group, searchShardCount);
    const [, ms] = await timed(() => {
      const index = decodeShard(packed[shard] as Uint8Array);
      replaceGroup(index, group, documents);
      return encodeShard(index);
    });
    updates.push(ms);
    const [, previousMs] = await timed(async () => {
      const index = decodeShard(previous[shard] as Uint8Array);
      replaceGroup(index, group, documents);
      await index.vacuum();
      return gzipSync(JSON.stringify(index));
    });
    updatesPrevious.push(previousMs);
  }
  rmSync(dir, { recursive: true, force: true });
  const sum = (parts: readonly Uint8Array[]) =>
    parts.reduce((total, bytes) => total + bytes.length, 0);
  const step = (key: keyof Figures['cold']) => median(colds.map((figures) => figures[key]));
  return {
    papers,
    buildMs,
    packedBytes: sum(packed),
    previousBytes: sum(previous),
    cold: { read: step('read'), open: step('open'), query: step('query'), total: step('total') },
    coldPrevious: median(coldPrevious),
    warmP50: median(p50),
    warmP99: median(p99),
    hits: Math.round(hits / asked.length),
    updateMs: median(updates),
    updatePreviousMs: median(updatesPrevious),
    sameFirst,
  };
};

/** A few hundred queries of the kinds people type: one word, several, prefixes, near spellings, filters. */
const queries = (corpus: readonly GeneratedPaper[]): { q: string; filters: SearchFilters }[] => {
  const random = prng(seed + 1);
  const wordsOf = (paper: GeneratedPaper) => paper.text.match(/[A-Za-z]{4,}/g) ?? [];
  const out: { q: string; filters: SearchFilters }[] = [];
  for (let n = 0; n < 300; n++) {
    const paper = corpus[Math.floor(random() * corpus.length)] as GeneratedPaper;
    const pool = wordsOf(paper);
    const pick = () => (pool[Math.floor(random() * pool.length)] ?? 'council').toLowerCase();
    const kind = n % 6;
    const q =
      kind === 0
        ? pick()
        : kind === 1
          ? `${pick()} ${pick()}`
          : kind === 2
            ? `${pick()} ${pick()} ${pick()}`
            : kind === 3
              ? `${pick().slice(0, 4)}*`
              : kind === 4
                ? `${pick()}~`
                : `${pick()} ${pick()}`;
    const filters: SearchFilters =
      n % 5 === 0
        ? { type: 'paper', from: '2019-01-01', to: '2020-12-31' }
        : n % 7 === 0
          ? { type: 'decision' }
          : {};
    out.push({ q, filters });
  }
  return out;
};

const figures: Figures[] = [];
for (const papers of sizes) figures.push(await measure(papers));

const ms = (value: number) =>
  value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
console.log(
  `\nsearch: ${words} words a paper, +3 decisions each; ${searchShardCount} shards; median of ${runs} runs; load average ${(await import('node:os')).loadavg()[0]?.toFixed(1)}`,
);
for (const f of figures) {
  console.log(`\n${f.papers.toLocaleString('en-GB')} papers`);
  console.log(
    `  stored            ${mb(f.packedBytes)} packed (previous format: ${mb(f.previousBytes)} gzipped JSON)`,
  );
  console.log(`  build             ${ms(f.buildMs)} (every document, all shards, in memory)`);
  console.log(
    `  cold first query  ${ms(f.cold.total)}: read ${ms(f.cold.read)}, open ${ms(f.cold.open)}, query and page ${ms(f.cold.query)} (previous format: ${ms(f.coldPrevious)}, ${ratio(f.coldPrevious, f.cold.total)} slower; same first result: ${f.sameFirst})`,
  );
  console.log(
    `  warm query        p50 ${ms(f.warmP50)}, p99 ${ms(f.warmP99)} over 300 queries (${f.hits} hits a query on average); cold/warm p50 ${ratio(f.cold.total, f.warmP50)}`,
  );
  console.log(
    `  one ingest        ${ms(f.updateMs)} to read its shard, replace the paper, write it (previous format: ${ms(f.updatePreviousMs)}); a warm API sees it within ${ms(f.updateMs + searchRefreshMs)}`,
  );
}
const [small, large] = [figures[0], figures.at(-1)];
if (small && large && small !== large)
  console.log(
    `\n${large.papers}/${small.papers} papers: cold ${ratio(large.cold.total, small.cold.total)}, warm p50 ${ratio(large.warmP50, small.warmP50)}, update ${ratio(large.updateMs, small.updateMs)}`,
  );
