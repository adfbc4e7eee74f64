import { performance } from 'node:perf_hooks';
import { searchShardCount } from '../functions/config/search.ts';
import type { SearchDocument } from '../functions/domain/search/document.ts';
import {
  decodeShard,
  emptyShard,
  encodeShard,
  replaceGroup,
  type Shard,
  shardOf,
} from '../functions/domain/search/engine.ts';
import type { SearchFilters } from '../functions/domain/search/filters.ts';
import { parseQuery } from '../functions/domain/search/query.ts';
import { pageOf, rank } from '../functions/domain/search/rank.ts';
import { snippet } from '../functions/domain/search/snippet.ts';
import { type GeneratedPaper, generatePapers, prng } from './search-corpus.ts';

// `npm run bench` (or `tsx bench/search.ts`): a council's whole archive, 10,000 papers of about
// 2,000 words, generated from a seed; the index built as the API stores it (16 shards of gzipped
// MiniSearch JSON), then loaded as a cold API function loads it, then queried. Each figure is the
// median of RUNS runs. SEARCH_BENCH_PAPERS and SEARCH_BENCH_RUNS change the size and the runs.

const papers = Number(process.env.SEARCH_BENCH_PAPERS ?? 10_000);
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

const [corpus, generateMs] = await timed(() => [...generatePapers(papers, words, seed)]);
const groups = corpus.map(documentsOf);
const texts = new Map(corpus.map((paper) => [paper.id, paper.text]));
const totalWords = corpus.reduce((sum, paper) => sum + paper.text.split(/\s+/).length, 0);
console.log(
  `search: ${papers.toLocaleString('en-GB')} papers, ${Math.round(totalWords / papers)} words each on average (${(totalWords / 1e6).toFixed(1)} M words), +3 decisions each; generated in ${(generateMs / 1000).toFixed(1)} s; ${searchShardCount} shards; median of ${runs} runs`,
);

const buildMs: number[] = [];
const loadMs: number[] = [];
const updateMs: number[] = [];
const p50: number[] = [];
const p99: number[] = [];
let jsonBytes = 0;
let gzipBytes = 0;
let heapMb = 0;
let hits = 0;
const asked = queries(corpus);
for (let run = 0; run < runs; run++) {
  const [built, buildTime] = await timed(() => build(groups));
  buildMs.push(buildTime);
  jsonBytes = built.reduce((sum, shard) => sum + Buffer.byteLength(JSON.stringify(shard)), 0);
  const stored = await Promise.all(built.map(encodeShard));
  gzipBytes = stored.reduce((sum, bytes) => sum + bytes.length, 0);
  built.length = 0;
  // What a cold API function does: decode every shard.
  const [loaded, loadTime] = await timed(() => stored.map(decodeShard));
  loadMs.push(loadTime);
  heapMb = process.memoryUsage().heapUsed / 1e6;
  // What one ingest does to the index: read its shard, replace its group, write it back.
  const [, updateTime] = await timed(async () => {
    const documents = groups[run] as SearchDocument[];
    const shard = shardOf(documents[0]?.key ?? '', searchShardCount);
    const index = decodeShard(stored[shard] as Uint8Array);
    replaceGroup(index, documents[0]?.key ?? '', documents);
    return encodeShard(index);
  });
  updateMs.push(updateTime);
  // A warm search: rank everything, take a page of 20, cut their snippets (texts in memory here;
  // the API reads each page's texts from S3 in parallel, tens of milliseconds more).
  const latencies: number[] = [];
  hits = 0;
  for (const { q, filters } of asked) {
    const [, ms] = await timed(() => {
      const ranked = rank(loaded, parseQuery(q), filters);
      hits += ranked.length;
      for (const hit of pageOf(ranked, 20, undefined).items) {
        const text = hit.stored.text ?? texts.get(hit.stored.recordId) ?? '';
        snippet(text, new Set(hit.terms));
      }
    });
    latencies.push(ms);
  }
  p50.push(percentile(latencies, 50));
  p99.push(percentile(latencies, 99));
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
console.log(`index size       ${mb(jsonBytes)} JSON, ${mb(gzipBytes)} gzipped (as stored)`);
console.log(
  `build            ${(median(buildMs) / 1000).toFixed(1)} s (every document, all shards)`,
);
console.log(
  `load (cold)      ${(median(loadMs) / 1000).toFixed(2)} s to decode every shard; heap after ${heapMb.toFixed(0)} MB`,
);
console.log(
  `update (ingest)  ${median(updateMs).toFixed(0)} ms to decode one shard, replace a paper, encode it`,
);
console.log(
  `query (warm)     p50 ${median(p50).toFixed(1)} ms, p99 ${median(p99).toFixed(1)} ms over ${asked.length} queries, a page of 20 with snippets (${Math.round(hits / asked.length)} hits a query on average)`,
);
