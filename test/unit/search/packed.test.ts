import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { generatePapers } from '../../../bench/search-corpus.ts';
import { MemorySearchIndexStore } from '../../../functions/adapters/memory/memory-search-index-store.ts';
import type { SearchDocument } from '../../../functions/domain/search/document.ts';
import {
  decodeShard,
  emptyShard,
  encodeShard,
  readShard,
  replaceGroup,
  type Shard,
} from '../../../functions/domain/search/engine.ts';
import type { SearchFilters } from '../../../functions/domain/search/filters.ts';
import { passes } from '../../../functions/domain/search/filters.ts';
import { SearchIndexDamagedError } from '../../../functions/domain/search/packed.ts';
import { encodeSegment } from '../../../functions/domain/search/parts.ts';
import { parseQuery } from '../../../functions/domain/search/query.ts';
import { rank } from '../../../functions/domain/search/rank.ts';
import type { Logger } from '../../../functions/ports/logger.ts';
import { SearchIndexCache } from '../../../functions/usecases/search/search-index-cache.ts';
import { foldShard } from '../../../functions/usecases/search/search-indexing.ts';
import { memoryDeps } from '../../support/memory-deps.ts';
import { minisearchQuery } from '../../support/minisearch-reference.ts';
import { searchDocument } from '../../support/search-documents.ts';

/** A generated archive's papers, each with two decisions, in one shard built by MiniSearch. */
const built = (() => {
  const shard = emptyShard();
  for (const paper of generatePapers(60, 300, 7)) {
    const key = `paper:${paper.id}`;
    const decisions = [1, 2].map((n) =>
      searchDocument(`${key}#decision-${n}`, {
        kind: 'decision',
        title: `Decision of ${paper.body}`,
        content: paper.text.split('. ')[n * 3] ?? '',
        bodySlug: paper.body.toLowerCase().replace(/[^a-z]+/g, '-'),
        meetingDate: paper.meetingDate,
        members: [],
      }),
    );
    replaceGroup(shard, key, [
      searchDocument(key, {
        title: paper.title,
        meta: `${paper.body} Example Council`,
        content: paper.text,
        bodySlug: paper.body.toLowerCase().replace(/[^a-z]+/g, '-'),
        meetingDate: paper.meetingDate,
        documentType: paper.documentType,
        members: [key, ...decisions.map((decision) => decision.key)],
      }),
      ...decisions,
    ]);
  }
  // A correction and a withdrawal, so the shard holds discarded documents too.
  replaceGroup(shard, 'paper:paper-00003', [searchDocument('paper:paper-00003')]);
  replaceGroup(shard, 'paper:paper-00004', []);
  return shard;
})();

/**
 * The results MiniSearch gives for a query over the same shard, stored and loaded back as the
 * previous format was: vacuumed first.
 */
const reference = async (shard: Shard, q: string, filters: SearchFilters) => {
  const loaded = decodeShard(gzipSync(JSON.stringify(shard)));
  await loaded.vacuum();
  return loaded
    .search(minisearchQuery(parseQuery(q)), {
      filter: (result) => passes(result as never, filters),
    })
    .map((result) => ({ key: String(result.id), score: result.score, terms: result.terms }));
};

const sortedByRank = <T extends { key: string; score: number }>(results: T[]) =>
  [...results].sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));

describe('a packed shard', () => {
  it.each([
    ['one word', 'budget', {}],
    ['common words', 'council report', {}],
    ['a prefix', 'recomm*', {}],
    ['near spellings', 'councilor~', {}],
    ['a prefix and a near spelling', 'plan* housng~', {}],
    ['an excluded word', 'budget -planning', {}],
    ['a filter', 'council', { type: 'decision', from: '2018-01-01' }],
  ] as const)('ranks %s exactly as MiniSearch does', async (_, q, filters: SearchFilters) => {
    // Prepare
    const expected = sortedByRank(await reference(built, q, filters));
    // Act
    const hits = rank([readShard(encodeShard(built))], parseQuery(q), filters);
    // Assess
    expect(expected.length).toBeGreaterThan(0);
    expect(hits.map((hit) => hit.key)).toEqual(expected.map((result) => result.key));
    hits.forEach((hit, n) => {
      expect(hit.score).toBeCloseTo(expected[n]?.score ?? Number.NaN, 9);
      expect([...hit.terms].sort()).toEqual([...(expected[n]?.terms ?? [])].sort());
    });
  });

  it('gives back every stored field of a hit', () => {
    // Prepare
    const shard = emptyShard();
    const document: SearchDocument = searchDocument('paper:a', {
      title: 'Café closures',
      content: 'The café closes.',
      hidden: [[2, 3]],
      textKey: 'papers/a/v1/text.txt',
      members: ['paper:a'],
    });
    replaceGroup(shard, 'paper:a', [document]);
    // Act
    const [hit] = rank([readShard(encodeShard(shard))], parseQuery('cafe'), {});
    // Assess
    const { key, meta, content, ...stored } = document;
    expect(hit?.stored).toEqual(stored);
  });

  it('is edited after being read back whole, and keeps its documents', () => {
    // Prepare
    const stored = encodeShard(built);
    // Act
    const edited = decodeShard(stored);
    replaceGroup(edited, 'paper:new', [searchDocument('paper:new', { content: 'aardvark' })]);
    const read = readShard(encodeShard(edited));
    // Assess
    expect(read.documentCount).toBe(built.documentCount + 1);
    expect(rank([read], parseQuery('aardvark'), {}).map((hit) => hit.key)).toEqual(['paper:new']);
  });

  it('refuses bytes cut short with an error that says how to rebuild', () => {
    // Prepare
    const bytes = encodeShard(built);
    // Act
    const read = () => readShard(bytes.subarray(0, bytes.length - 10));
    // Assess
    expect(read).toThrow(SearchIndexDamagedError);
    expect(read).toThrow(/council-papers reindex/);
  });
});

describe('a shard of the previous format (gzipped MiniSearch JSON)', () => {
  const previous = () => {
    const shard = emptyShard();
    replaceGroup(shard, 'paper:old', [searchDocument('paper:old', { content: 'heron survey' })]);
    return new Uint8Array(gzipSync(JSON.stringify(shard)));
  };

  it('is searched as it is', () => {
    // Act
    const hits = rank([readShard(previous())], parseQuery('heron'), {});
    // Assess
    expect(hits.map((hit) => hit.key)).toEqual(['paper:old']);
  });

  it('is written back packed by the next fold, its documents kept', async () => {
    // Prepare
    const deps = { ...memoryDeps(), searchShards: 1 };
    const store = deps.searchIndex;
    await store.put({ shard: 0, kind: 'base', seq: 0 }, previous(), null);
    const segment = encodeSegment('paper:new', [searchDocument('paper:new', { content: 'heron' })]);
    await store.put({ shard: 0, kind: 'segment', seq: 1 }, segment, null);
    // Act
    await foldShard(deps, 0);
    // Assess
    const parts = await store.list();
    expect(parts).toMatchObject([{ shard: 0, kind: 'base', seq: 1 }]);
    const bytes =
      (await store.get(parts[0] ?? { shard: 0, kind: 'base', seq: 1 }))?.bytes ?? new Uint8Array();
    expect(String.fromCharCode(...bytes.subarray(0, 4))).toBe('CPSI');
    const keys = rank([readShard(bytes)], parseQuery('heron'), {}).map((hit) => hit.key);
    expect(keys.sort()).toEqual(['paper:new', 'paper:old']);
  });
});

describe('an unreadable shard', () => {
  const cut = () => encodeShard(built).subarray(0, 100);

  it('is left out of searches and logged, the other shards still answering', async () => {
    // Prepare
    const store = new MemorySearchIndexStore();
    const good = emptyShard();
    replaceGroup(good, 'paper:a', [searchDocument('paper:a', { content: 'otter' })]);
    await store.put({ shard: 0, kind: 'base', seq: 0 }, encodeShard(good), null);
    await store.put({ shard: 1, kind: 'base', seq: 0 }, cut(), null);
    const warnings: Record<string, unknown>[] = [];
    const logger: Pick<Logger, 'warn'> = { warn: (_, fields = {}) => warnings.push(fields) };
    // Act
    const shards = await new SearchIndexCache(store, () => 0, 10_000, logger).shards();
    // Assess
    expect(rank(shards, parseQuery('otter'), {}).map((hit) => hit.key)).toEqual(['paper:a']);
    expect(warnings).toMatchObject([{ shard: 1 }]);
  });
});
