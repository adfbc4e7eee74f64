import { describe, expect, it } from 'vitest';
import { MemorySearchIndexStore } from '../../../functions/adapters/memory/memory-search-index-store.ts';
import { silentLogger } from '../../../functions/adapters/observability/silent.ts';
import type { PaperExtraction } from '../../../functions/domain/papers/model.ts';
import { emptyShard, encodeShard, readShard } from '../../../functions/domain/search/engine.ts';
import { PackedRows, unpack } from '../../../functions/domain/search/packed.ts';
import { encodeSegment, foldAt } from '../../../functions/domain/search/parts.ts';
import { hiddenLines, visibleText } from '../../../functions/domain/search/records.ts';
import { ingestUpload } from '../../../functions/usecases/ingest/ingest-upload.ts';
import { SearchIndexCache } from '../../../functions/usecases/search/search-index-cache.ts';
import {
  foldShard,
  rebuildSearchIndex,
} from '../../../functions/usecases/search/search-indexing.ts';
import { searchArchive } from '../../../functions/usecases/search/search-queries.ts';
import { type MemoryDeps, memoryDeps, uploadEvent } from '../../support/memory-deps.ts';
import { searchDocument } from '../../support/search-documents.ts';

const exemptLine =
  'NOT FOR PUBLICATION by virtue of paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972';

const paper = (words: string) =>
  `Minutes of the Planning Committee\n\nMeeting held on 3 March 2024\n\nPresent: Cllr A Smith\n\n${words}\n`;

const setup = () => {
  const deps = memoryDeps();
  const search = new SearchIndexCache(deps.searchIndex, () => Date.now(), 0, silentLogger);
  const upload = async (key: string, text: string) => {
    await deps.uploads.put(key, new TextEncoder().encode(text), { contentType: 'text/plain' });
    return ingestUpload(deps, uploadEvent(key));
  };
  const remove = (key: string) =>
    ingestUpload(deps, uploadEvent(key, { eventName: 'ObjectRemoved:Delete' }));
  const find = async (q: string, filters: { type?: 'paper' | 'decision' | 'dataset' } = {}) =>
    searchArchive(
      { search, archive: deps.archive },
      { q, limit: 20, cursor: undefined, ...filters },
    );
  return { deps, search, upload, remove, find };
};

describe('keeping the search index', () => {
  it('finds a paper by its text once it is ingested, with the words marked', async () => {
    // Prepare
    const { upload, find } = setup();
    // Act
    await upload(
      'uploads/papers/plan.txt',
      paper('The Zebra crossing on Mill Lane was discussed.'),
    );
    // Assess
    const results = await find('zebra crossing');
    expect(results.total).toBe(1);
    const [hit] = results.items;
    expect(hit).toMatchObject({ kind: 'paper', id: 'plan', links: { self: '/v1/papers/plan' } });
    const { text, highlights } = hit?.snippet ?? { text: '', highlights: [] };
    expect(highlights.map(({ start, end }) => text.slice(start, end))).toEqual([
      'Zebra',
      'crossing',
    ]);
  });

  it('never indexes an exempt paper', async () => {
    const { upload, find } = setup();
    await upload('uploads/papers/secret.txt', paper(`The Quokka land sale.\n${exemptLine}`));
    expect((await find('quokka')).total).toBe(0);
  });

  it('replaces the old text when a paper is corrected', async () => {
    // Prepare
    const { upload, find } = setup();
    await upload('uploads/papers/plan.txt', paper('The Aardvark report.'));
    // Act
    await upload('uploads/papers/plan.txt', paper('The Pangolin report.'));
    // Assess
    expect((await find('aardvark')).total).toBe(0);
    expect((await find('pangolin')).items.map((item) => item.id)).toEqual(['plan']);
  });

  it('forgets a paper when it is withdrawn, and one corrected into an exempt one', async () => {
    // Prepare
    const { upload, remove, find } = setup();
    await upload('uploads/papers/gone.txt', paper('The Narwhal survey.'));
    await upload('uploads/papers/hidden.txt', paper('The Narwhal budget.'));
    // Act
    await remove('uploads/papers/gone.txt');
    await upload('uploads/papers/hidden.txt', paper(`The Narwhal budget.\n${exemptLine}`));
    // Assess
    expect((await find('narwhal')).total).toBe(0);
  });

  it('indexes decisions with their meeting, and datasets by title and description', async () => {
    // Prepare
    const { deps, upload, find } = setup();
    await deps.uploads.put(
      'uploads/datasets/visits.csv',
      new TextEncoder().encode('ward,visits\nA,1\n'),
      {
        contentType: 'text/csv',
        metadata: { title: 'Library visits', description: 'Visits to each Wombat library' },
      },
    );
    // Act
    await ingestUpload(deps, uploadEvent('uploads/datasets/visits.csv'));
    await upload(
      'uploads/papers/mins.txt',
      paper('RESOLVED that the Wombat library be kept open.'),
    );
    // Assess
    const datasets = await find('wombat', { type: 'dataset' });
    expect(datasets.items.map((item) => [item.kind, item.id, item.title])).toEqual([
      ['dataset', 'visits', 'Library visits'],
    ]);
    const decisions = await find('wombat', { type: 'decision' });
    expect(decisions.items[0]).toMatchObject({
      kind: 'decision',
      id: 'mins',
      body: 'Planning Committee',
      meetingDate: '2024-03-03',
      bodyId: 'test-council--planning-committee',
      links: {
        meeting: '/v1/meetings/test-council--planning-committee--2024-03-03',
        paper: '/v1/papers/mins',
        body: '/v1/bodies/test-council--planning-committee',
      },
    });
  });

  it('rebuilds the whole index from the records', async () => {
    // Prepare
    const { deps, upload, find } = setup();
    await upload('uploads/papers/a.txt', paper('The Ocelot report.'));
    deps.searchIndex.clear();
    // Act
    const documents = await rebuildSearchIndex(deps);
    // Assess
    expect(documents).toBeGreaterThan(0);
    expect((await find('ocelot')).total).toBe(1);
  });
});

const base = (shard: number) => ({ shard, kind: 'base', seq: 0 }) as const;

describe('SearchIndexCache', () => {
  it('reads a part again only when its ETag changed, and not before the refresh interval', async () => {
    // Prepare
    const store = new MemorySearchIndexStore();
    let now = 0;
    const cache = new SearchIndexCache(store, () => now, 10_000, silentLogger);
    await store.put(base(0), encodeShard(emptyShard()), null);
    const reads: number[] = [];
    const get = store.get.bind(store);
    store.get = (part) => {
      reads.push(part.shard);
      return get(part);
    };
    // Act
    await cache.shards();
    await store.put(base(1), encodeShard(emptyShard()), null);
    now = 5_000;
    const early = await cache.shards();
    now = 10_000;
    const late = await cache.shards();
    // Assess
    expect(early).toHaveLength(1);
    expect(late).toHaveLength(2);
    expect(reads).toEqual([0, 1]);
  });

  it('touches storage with one listing per refresh when nothing changed', async () => {
    // Prepare
    const { deps, upload, find } = setup();
    await upload('uploads/papers/a.txt', paper('The Ocelot report.'));
    await upload('uploads/papers/b.txt', paper('The Margay report.'));
    await find('ocelot');
    const calls: string[] = [];
    const store = deps.searchIndex;
    for (const verb of ['list', 'get', 'put', 'delete'] as const) {
      const real = store[verb].bind(store) as (...args: unknown[]) => Promise<unknown>;
      (store as unknown as Record<string, unknown>)[verb] = (...args: unknown[]) => {
        calls.push(verb);
        return real(...args);
      };
    }
    // Act
    await find('margay');
    // Assess
    expect(calls).toEqual(['list']);
  });
});

/** Every part's bytes, as text: what storage holds, wherever a word might hide. */
const storedText = async (store: MemoryDeps['searchIndex']) => {
  const texts: string[] = [];
  for (const part of await store.list()) {
    const bytes = (await store.get(part))?.bytes ?? new Uint8Array();
    const packed = unpack(bytes);
    const rows = new PackedRows(packed);
    for (let row = 0; row < rows.count; row++)
      texts.push(JSON.stringify(readShard(bytes).stored(row)));
    texts.push(packed.terms.join(' '));
  }
  return texts.join('\n').toLowerCase();
};

describe('the index stored as parts', () => {
  it('writes an ingest as a small segment of its shard, not the shard again', async () => {
    // Prepare
    const { deps, upload } = setup();
    await upload('uploads/papers/a.txt', paper('The Ocelot report.'));
    const written: number[] = [];
    const put = deps.searchIndex.put.bind(deps.searchIndex);
    deps.searchIndex.put = (part, bytes, expected) => {
      written.push(bytes.length);
      return put(part, bytes, expected);
    };
    // Act
    await upload('uploads/papers/b.txt', paper('The Margay report.'));
    // Assess
    expect(written).toHaveLength(1);
    expect((await deps.searchIndex.list()).map((part) => part.kind)).toEqual([
      'segment',
      'segment',
    ]);
  });

  it(`folds a shard's segments into its base once it has ${foldAt}, and drops them`, async () => {
    // Prepare
    const { deps, find } = setup();
    const single = { ...deps, searchShards: 1 };
    const ingest = async (n: number) => {
      const key = `uploads/papers/p${n}.txt`;
      await deps.uploads.put(key, new TextEncoder().encode(paper(`Report number w${n}x.`)), {
        contentType: 'text/plain',
      });
      return ingestUpload(single, uploadEvent(key));
    };
    // Act
    for (let n = 0; n < foldAt; n++) await ingest(n);
    // Assess
    expect(await deps.searchIndex.list()).toMatchObject([{ shard: 0, kind: 'base', seq: foldAt }]);
    expect((await find('w3x')).items.map((item) => item.id)).toEqual(['p3']);
  });

  it('takes the next number when a rival wrote the segment it meant to, losing neither', async () => {
    // Prepare
    const { deps, upload, find } = setup();
    const store = deps.searchIndex;
    const list = store.list.bind(store);
    let raced = false;
    // A rival writer in another process claims the number this writer is about to take, once.
    store.list = async (shard) => {
      const parts = await list(shard);
      if (!raced && shard !== undefined) {
        raced = true;
        const rival = encodeSegment('paper:rival', [
          searchDocument('paper:rival', { content: 'caracal', text: 'caracal' }),
        ]);
        await store.put({ shard, kind: 'segment', seq: parts.length + 1 }, rival, null);
      }
      return parts;
    };
    // Act
    await upload('uploads/papers/a.txt', paper('The Serval report.'));
    // Assess
    expect(store.puts).toBe(3);
    expect((await find('serval')).items.map((item) => item.id)).toEqual(['a']);
    expect((await find('caracal')).items.map((item) => item.id)).toEqual(['rival']);
  });

  it("keeps no part holding a withdrawn paper's text", async () => {
    // Prepare
    const { deps, upload, remove, find } = setup();
    await upload('uploads/papers/gone.txt', paper('The Narwhal survey.'));
    await upload('uploads/papers/kept.txt', paper('The Dugong survey.'));
    // Act
    await remove('uploads/papers/gone.txt');
    // Assess
    expect(await storedText(deps.searchIndex)).not.toContain('narwhal');
    expect((await find('dugong')).total).toBe(1);
  });

  it('keeps no part holding text a correction made exempt', async () => {
    // Prepare
    const { deps, upload, find } = setup();
    await upload('uploads/papers/sale.txt', paper('The Quagga land sale.'));
    // Act
    await upload('uploads/papers/sale.txt', paper(`The Quagga land sale.\n${exemptLine}`));
    // Assess
    expect(await storedText(deps.searchIndex)).not.toContain('quagga');
    expect((await find('quagga')).total).toBe(0);
  });

  it('fills a base that cannot be read again from the records when it folds', async () => {
    // Prepare
    const { deps, upload, find } = setup();
    await upload('uploads/papers/a.txt', paper('The Otter report.'));
    const [segment] = await deps.searchIndex.list();
    const shard = segment?.shard ?? 0;
    await deps.searchIndex.put({ shard, kind: 'base', seq: 0 }, new Uint8Array([1, 2, 3]), null);
    // Act
    await foldShard(deps, shard);
    // Assess
    expect(await deps.searchIndex.list()).toMatchObject([{ shard, kind: 'base', seq: 1 }]);
    expect((await find('otter')).items.map((item) => item.id)).toEqual(['a']);
  });

  it('cuts snippets from the text it keeps, reading no paper from the archive', async () => {
    // Prepare
    const { deps, upload, find } = setup();
    await upload('uploads/papers/plan.txt', paper('The Zebra crossing on Mill Lane.'));
    const get = deps.archive.get.bind(deps.archive);
    const reads: string[] = [];
    deps.archive.get = (key, ...rest) => {
      reads.push(key);
      return get(key, ...rest);
    };
    // Act
    const results = await find('zebra');
    // Assess
    expect(results.items[0]?.snippet.text).toContain('Zebra crossing');
    expect(reads).toEqual([]);
  });
});

describe('exempt documents of a pack', () => {
  it('are left out of the text that is searched and shown', () => {
    // Prepare
    const extraction = {
      documents: [
        { startLine: 1, endLine: 2, exempt: { exempt: false, reason: null } },
        { startLine: 3, endLine: 4, exempt: { exempt: true, reason: 'Schedule 12A' } },
      ],
    } as unknown as PaperExtraction;
    // Act
    const text = visibleText('agenda\nitem one\nsecret sale\nprice\n', hiddenLines(extraction));
    // Assess
    expect(text).toBe('agenda\nitem one\n');
  });
});
