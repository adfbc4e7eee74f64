/**
 * What keeping each paper's visible text in the search index costs (`tsx bench/search-text.ts`):
 * the corpus papers (test/fixtures/corpus/papers) read and extracted as ingest does, indexed as
 * ingest indexes them, packed with and without their text kept for snippets. Bytes are counted,
 * not timed: the figures do not move with the machine's load.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { analysePaper } from '../functions/domain/papers/read-paper.ts';
import type { SearchDocument } from '../functions/domain/search/document.ts';
import { emptyShard, encodeShard } from '../functions/domain/search/engine.ts';
import { hiddenLines, visibleText } from '../functions/domain/search/records.ts';
import { blankOcr } from '../test/support/page-ocr.ts';
import { searchDocument } from '../test/support/search-documents.ts';
import { figure, record } from './results.ts';

const dir = join(import.meta.dirname, '..', 'test', 'fixtures', 'corpus', 'papers');

const documents: { withText: SearchDocument; without: SearchDocument; raw: number }[] = [];
for (const name of readdirSync(dir).sort()) {
  const bytes = readFileSync(join(dir, name));
  const { source, extraction } = await analysePaper(bytes, { ocr: blankOcr });
  const shown = visibleText(source.text, hiddenLines(extraction));
  // Keyed and filled as the tests' search documents are: every field but the text empty.
  const base = searchDocument(`paper:${name}`, {
    recordId: name,
    title: name,
    content: shown,
    textKey: `texts/${name}`,
    hidden: hiddenLines(extraction),
  });
  documents.push({
    withText: { ...base, text: shown },
    without: { ...base, text: null },
    raw: Buffer.byteLength(shown),
  });
}

const packed = (pick: 'withText' | 'without') => {
  const shard = emptyShard();
  shard.addAll(documents.map((document) => document[pick]));
  return encodeShard(shard).length;
};
const n = documents.length;
const raw = documents.reduce((sum, document) => sum + document.raw, 0);
const gzipped = documents.reduce(
  (sum, document) => sum + gzipSync(document.withText.content).length,
  0,
);
const withText = packed('withText');
const without = packed('without');
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
console.log(
  `search text: ${n} corpus papers, visible text ${kb(raw / n)} KB a paper (${kb(gzipped / n)} KB gzipped); packed index ${kb(without / n)} KB a paper without the text, ${kb(withText / n)} KB with it (×${(withText / without).toFixed(2)})`,
);
record('search-text', 'tsx bench/search-text.ts', [
  figure({
    name: 'visible text per paper',
    value: raw / n / 1024,
    unit: 'KB',
    runs: 1,
    note: `${n} corpus papers; ${kb(gzipped / n)} KB gzipped on its own`,
  }),
  figure({
    name: 'index bytes per paper, text kept',
    value: withText / n / 1024,
    unit: 'KB',
    runs: 1,
    floor: { name: 'index without the text', value: without / n / 1024 },
    note: 'packed shard of the corpus papers (terms, postings, stored fields); the text gzipped in the stored blocks',
  }),
]);
