import { pathToFileURL } from 'node:url';
import { corpusCases, corpusDir, scoreCase } from '../test/support/corpus.ts';

// Per-field results of the extractor on test/fixtures/papers: right, wrong (a stated value that
// differs: a precision failure) and missing (null or empty where a value was expected).
// `npx tsx bench/papers-corpus.ts [DIR]`: the second corpus, or any folder of papers with `.expected.json`.
const dir = process.argv[2] ? pathToFileURL(`${process.argv[2].replace(/\/?$/, '/')}`) : corpusDir;
const results = (
  await Promise.all(corpusCases(dir).map((corpusCase) => scoreCase(corpusCase, dir)))
).flat();
const fields = [...new Set(results.map((result) => result.field))];
console.log('field            right  wrong  missing  of');
for (const field of fields) {
  const rows = results.filter((result) => result.field === field);
  const right = rows.filter((row) => row.ok).length;
  const wrong = rows.filter((row) => row.wrong).length;
  console.log(
    `${field.padEnd(16)} ${String(right).padStart(5)}  ${String(wrong).padStart(5)}  ${String(rows.length - right - wrong).padStart(7)}  ${String(rows.length).padStart(3)}`,
  );
}
const right = results.filter((row) => row.ok).length;
const wrong = results.filter((row) => row.wrong).length;
console.log(
  `all              ${right}/${results.length} right (${((100 * right) / results.length).toFixed(1)}%), ${wrong} wrong, precision ${((100 * right) / (right + wrong)).toFixed(1)}%`,
);
