import { describe, expect, it } from 'vitest';
import { generatePapers } from '../../../bench/search-corpus.ts';
import type { SearchDocument } from '../../../functions/domain/search/document.ts';
import { readShard } from '../../../functions/domain/search/engine.ts';
import { MergedShard } from '../../../functions/domain/search/merged-shard.ts';
import { pack } from '../../../functions/domain/search/packed.ts';
import {
  encodeSegment,
  foldParts,
  layoutOf,
  readPlain,
  removesText,
} from '../../../functions/domain/search/parts.ts';
import { parseQuery } from '../../../functions/domain/search/query.ts';
import { rank } from '../../../functions/domain/search/rank.ts';
import { searchDocument } from '../../support/search-documents.ts';

/** A paper's group: the paper and one decision, as ingest indexes them. */
const group = (id: string, words: string): SearchDocument[] => {
  const key = `paper:${id}`;
  return [
    searchDocument(key, { content: words, members: [key, `${key}#decision-1`] }),
    searchDocument(`${key}#decision-1`, { kind: 'decision', content: `${words} resolved` }),
  ];
};

const base = (...groups: [string, string][]) =>
  pack(
    foldParts(
      groups.map(([id, words]) => readPlain(encodeSegment(`paper:${id}`, group(id, words)))),
    ),
  );

const keys = (shard: Uint8Array[] | Uint8Array, q: string) =>
  rank(
    [Array.isArray(shard) ? new MergedShard(shard.map(readShard)) : readShard(shard)],
    parseQuery(q),
    {},
  ).map((hit) => hit.key);

describe('layoutOf', () => {
  it('reads the newest base and the segments after it, and marks the rest stale', () => {
    // Prepare
    const parts = [
      { kind: 'segment', seq: 5 },
      { kind: 'base', seq: 0 },
      { kind: 'segment', seq: 2 },
      { kind: 'base', seq: 3 },
      { kind: 'segment', seq: 4 },
    ] as const;
    // Act
    const layout = layoutOf(parts);
    // Assess
    expect(layout.base).toEqual({ kind: 'base', seq: 3 });
    expect(layout.segments.map((part) => part.seq)).toEqual([4, 5]);
    expect(layout.stale).toEqual([
      { kind: 'base', seq: 0 },
      { kind: 'segment', seq: 2 },
    ]);
    expect(layout.lastSeq).toBe(5);
  });

  it('numbers the first segment of an empty shard 1', () => {
    // Act
    const layout = layoutOf([]);
    // Assess
    expect(layout).toEqual({ base: undefined, segments: [], stale: [], lastSeq: 0 });
  });
});

describe('foldParts', () => {
  it('replaces a group with its segment, decisions included', () => {
    // Prepare
    const parts = [
      base(['a', 'heron'], ['b', 'otter']),
      encodeSegment('paper:a', group('a', 'egret')),
    ];
    // Act
    const folded = pack(foldParts(parts.map(readPlain)));
    // Assess
    expect(keys(folded, 'heron')).toEqual([]);
    expect(keys(folded, 'egret').sort()).toEqual(['paper:a', 'paper:a#decision-1']);
    expect(keys(folded, 'otter').sort()).toEqual(['paper:b', 'paper:b#decision-1']);
  });

  it('drops a group whose segment is empty (a tombstone), and its terms', () => {
    // Prepare
    const parts = [base(['a', 'heron'], ['b', 'otter']), encodeSegment('paper:a', [])];
    // Act
    const folded = foldParts(parts.map(readPlain));
    // Assess
    expect(Object.values(folded.documentIds).sort()).toEqual(['paper:b', 'paper:b#decision-1']);
    expect(new TextDecoder().decode(pack(folded))).not.toContain('heron');
  });

  it('applies segments in order: the last state of a group wins', () => {
    // Prepare
    const parts = [
      encodeSegment('paper:a', group('a', 'heron')),
      encodeSegment('paper:a', []),
      encodeSegment('paper:a', group('a', 'egret')),
    ];
    // Act
    const folded = pack(foldParts(parts.map(readPlain)));
    // Assess
    expect(keys(folded, 'heron')).toEqual([]);
    expect(keys(folded, 'egret')).toHaveLength(2);
  });
});

describe('MergedShard', () => {
  it('leaves out what a later segment superseded or removed', () => {
    // Prepare
    const parts = [
      base(['a', 'heron'], ['b', 'heron'], ['c', 'heron']),
      encodeSegment('paper:a', group('a', 'egret')),
      encodeSegment('paper:b', []),
    ];
    // Act
    const heron = keys(parts, 'heron');
    const egret = keys(parts, 'egret');
    // Assess
    expect(heron.sort()).toEqual(['paper:c', 'paper:c#decision-1']);
    expect(egret.sort()).toEqual(['paper:a', 'paper:a#decision-1']);
  });

  it('ranks a base with new groups in segments exactly as the base they fold into', () => {
    // Prepare
    const papers = [...generatePapers(40, 200, 11)];
    const documents = papers.map((paper) => [
      searchDocument(`paper:${paper.id}`, { title: paper.title, content: paper.text }),
    ]);
    const first = pack(
      foldParts(
        documents.slice(0, 30).map((docs) => readPlain(encodeSegment(docs[0]?.key ?? '', docs))),
      ),
    );
    const segments = documents.slice(30).map((docs) => encodeSegment(docs[0]?.key ?? '', docs));
    const folded = pack(foldParts([first, ...segments].map(readPlain)));
    const score = (shard: MergedShard | ReturnType<typeof readShard>, q: string) =>
      rank([shard], parseQuery(q), {}).map((hit) => [hit.key, hit.score]);
    // Act
    const merged = new MergedShard([first, ...segments].map(readShard));
    // Assess
    for (const q of ['budget', 'planning application', 'counc*', 'housing -budget'])
      expect(score(merged, q)).toEqual(score(readShard(folded), q));
  });
});

describe('removesText', () => {
  it('is true for a withdrawal and for documents with hidden lines, false otherwise', () => {
    // Act
    const withdrawn = removesText([]);
    const redacted = removesText([searchDocument('paper:a', { hidden: [[3, 4]] })]);
    const plain = removesText(group('a', 'heron'));
    // Assess
    expect([withdrawn, redacted, plain]).toEqual([true, true, false]);
  });
});
