import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../../functions/domain/search/document.ts';
import {
  decodeShard,
  emptyShard,
  encodeShard,
  readShard,
  replaceGroup,
  type Shard,
  shardOf,
} from '../../../functions/domain/search/engine.ts';
import type { SearchFilters } from '../../../functions/domain/search/filters.ts';
import { parseQuery } from '../../../functions/domain/search/query.ts';
import { pageOf, rank } from '../../../functions/domain/search/rank.ts';
import { searchDocument } from '../../support/search-documents.ts';

const shardWith = (...documents: SearchDocument[]): Shard => {
  const shard = emptyShard();
  for (const document of documents) replaceGroup(shard, document.key, [document]);
  return shard;
};

/** A shard as the API reads it: stored, then read back. */
const searchable = (shard: Shard) => readShard(encodeShard(shard));

const keys = (shards: Shard[], q: string, filters: SearchFilters = {}) =>
  rank(shards.map(searchable), parseQuery(q), filters).map((hit) => hit.key);

describe('parseQuery', () => {
  it('reads words, prefixes, near spellings and exclusions, dropping case, accents and common words', () => {
    // Act
    const parsed = parseQuery('The Café librar* councilor~ -closure "budget"');
    // Assess
    expect(parsed).toEqual({
      all: [
        { term: 'cafe', prefix: false, fuzzy: false },
        { term: 'librar', prefix: true, fuzzy: false },
        { term: 'councilor', prefix: false, fuzzy: true },
        { term: 'budget', prefix: false, fuzzy: false },
      ],
      none: ['closure'],
    });
  });
});

describe('rank', () => {
  const library = searchDocument('paper:library', {
    title: 'Library closures',
    content: 'The library at Aylesbury will close. Library staff are consulted.',
    body: 'Cabinet',
    bodySlug: 'cabinet',
    meetingDate: '2024-05-09',
    documentType: 'report',
  });
  const budget = searchDocument('paper:budget', {
    title: 'Budget 2024',
    content:
      'The budget mentions the library once, among parks and highways and many other services.',
    body: 'Full Council',
    bodySlug: 'full-council',
    meetingDate: '2024-02-20',
    documentType: 'minutes',
  });
  const decision = searchDocument('paper:budget#decision-1', {
    kind: 'decision',
    title: 'Decision of Full Council, 2024-02-20',
    content: 'RESOLVED that the budget be approved, with the library savings.',
    body: 'Full Council',
    bodySlug: 'full-council',
    meetingDate: '2024-02-20',
    members: [],
  });
  const dataset = searchDocument('dataset:library-visits', {
    kind: 'dataset',
    title: 'Library visits',
    content: 'Visits to each library by month.',
  });
  const shards = [shardWith(library, dataset), shardWith(budget, decision)];

  it('ranks the document about the words first, across shards', () => {
    expect(keys(shards, 'library')[0]).toBe('paper:library');
    expect(keys(shards, 'library')).toHaveLength(4);
  });

  it('needs every word, and leaves out excluded ones', () => {
    expect(keys(shards, 'library budget').sort()).toEqual([
      'paper:budget',
      'paper:budget#decision-1',
    ]);
    expect(keys(shards, 'library -budget').sort()).toEqual([
      'dataset:library-visits',
      'paper:library',
    ]);
  });

  it('matches prefixes and near spellings only when asked', () => {
    expect(keys(shards, 'librar')).toEqual([]);
    expect(keys(shards, 'librar*')).toHaveLength(4);
    expect(keys(shards, 'libary~')).toHaveLength(4);
  });

  it('filters by kind, body, meeting dates and document type', () => {
    expect(keys(shards, 'library', { type: 'decision' })).toEqual(['paper:budget#decision-1']);
    expect(keys(shards, 'library', { type: 'dataset' })).toEqual(['dataset:library-visits']);
    expect(keys(shards, 'library', { bodySlug: 'cabinet' })).toEqual(['paper:library']);
    expect(keys(shards, 'library', { from: '2024-03-01' })).toEqual(['paper:library']);
    expect(keys(shards, 'library', { to: '2024-03-01' }).sort()).toEqual([
      'paper:budget',
      'paper:budget#decision-1',
    ]);
    expect(keys(shards, 'library', { documentType: 'minutes' })).toEqual(['paper:budget']);
  });

  it('finds nothing for a query of common words only', () => {
    expect(keys(shards, 'the of and')).toEqual([]);
  });
});

describe('pageOf', () => {
  const shard = searchable(
    shardWith(
      ...Array.from({ length: 7 }, (_, n) =>
        searchDocument(`paper:p${n}`, { content: `planning ${'planning '.repeat(n)}` }),
      ),
    ),
  );

  it('pages through every hit once, in rank order, by cursor', () => {
    // Prepare
    const hits = rank([shard], parseQuery('planning'), {});
    // Act
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = pageOf(hits, 3, cursor);
      seen.push(...page.items.map((hit) => hit.key));
      cursor = page.next ?? undefined;
    } while (cursor);
    // Assess
    expect(seen).toEqual(hits.map((hit) => hit.key));
    expect(new Set(seen).size).toBe(7);
  });

  it('resumes after the last hit served even when a hit above it has gone', () => {
    // Prepare
    const hits = rank([shard], parseQuery('planning'), {});
    const first = pageOf(hits, 3, undefined);
    // Act
    const next = pageOf(hits.slice(1), 3, first.next ?? undefined);
    // Assess
    expect(next.items.map((hit) => hit.key)).toEqual(hits.slice(3, 6).map((hit) => hit.key));
  });

  it('refuses a cursor it did not issue', () => {
    expect(() => pageOf([], 3, 'bm90LWpzb24')).toThrow(/cursor/);
  });
});

describe('shards', () => {
  it('replace a group whole: its old documents go, its new ones come', () => {
    // Prepare
    const shard = emptyShard();
    replaceGroup(shard, 'paper:a', [
      searchDocument('paper:a', {
        content: 'first text',
        members: ['paper:a', 'paper:a#decision-1'],
      }),
      searchDocument('paper:a#decision-1', {
        kind: 'decision',
        content: 'first decision',
        members: [],
      }),
    ]);
    // Act
    replaceGroup(shard, 'paper:a', [searchDocument('paper:a', { content: 'second text' })]);
    // Assess
    expect(keys([shard], 'first')).toEqual([]);
    expect(keys([shard], 'second')).toEqual(['paper:a']);
    replaceGroup(shard, 'paper:a', []);
    expect(keys([shard], 'second')).toEqual([]);
  });

  it('survive being stored and read back, discarded documents vacuumed out', async () => {
    // Prepare
    const shard = shardWith(
      searchDocument('paper:a', { content: 'library' }),
      searchDocument('paper:b', { content: 'library' }),
    );
    replaceGroup(shard, 'paper:b', []);
    // Act
    const read = decodeShard(await encodeShard(shard));
    // Assess
    expect(keys([read], 'library')).toEqual(['paper:a']);
    expect(read.dirtCount).toBe(0);
  });

  it('are chosen by a stable hash that spreads groups evenly', () => {
    const counts = new Array<number>(16).fill(0);
    for (let n = 0; n < 1600; n++) {
      const shard = shardOf(`paper:paper-${n}`, 16);
      counts[shard] = (counts[shard] ?? 0) + 1;
    }
    expect(shardOf('paper:x', 16)).toBe(shardOf('paper:x', 16));
    expect(Math.min(...counts)).toBeGreaterThan(70);
    expect(Math.max(...counts)).toBeLessThan(130);
  });
});
