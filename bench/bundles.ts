/**
 * Each deployed bundle's size and cold-start cost: built with the stack's own esbuild options,
 * then imported by fresh `node` processes, as a Lambda init does. Init time is the median of the
 * import alone (measured inside the process) and of the whole process, each as a ratio to an
 * empty handler bundled the same way, so the figures compare across machines.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { esbuildOptions } from '../infra/bundle.ts';
import { entryFile, handlerEntries } from '../infra/function.ts';

const runs = 15;
const root = mkdtempSync(join(tmpdir(), 'council-papers-bench-bundles-'));

const emptyEntry = join(root, 'empty.ts');
writeFileSync(emptyEntry, 'export const handler = async () => ({ statusCode: 204 });\n');

const entries: [string, string][] = [
  ['(empty handler)', emptyEntry],
  ...handlerEntries.map((handler): [string, string] => [handler, entryFile(handler)]),
];

const bundles = [];
for (const [name, entry] of entries) {
  const dir = join(root, name.replace(/\W/g, ''));
  await build(esbuildOptions(entry, dir));
  const file = join(dir, 'index.mjs');
  const bytes = readFileSync(file);
  bundles.push({ name, file, size: bytes.length, gzip: gzipSync(bytes).length });
}

// The functions run with --enable-source-maps, which reads the map at load: measured the same way.
const probe = [
  "const { performance } = await import('node:perf_hooks');",
  'const start = performance.now();',
  'const m = await import(process.argv[1]);',
  "if (typeof m.handler !== 'function') throw new Error('no handler');",
  'process.stdout.write(String(performance.now() - start));',
].join('\n');

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const timings = new Map(
  bundles.map((b) => [b.name, { importMs: [] as number[], processMs: [] as number[] }]),
);
// Interleaved, so a slow moment of the machine falls on every bundle alike.
for (let run = 0; run < runs; run++) {
  for (const bundle of bundles) {
    const start = performance.now();
    const importMs = Number(
      execFileSync(
        process.execPath,
        [
          '--enable-source-maps',
          '--input-type=module',
          '-e',
          probe,
          pathToFileURL(bundle.file).href,
        ],
        { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } },
      ),
    );
    const timing = timings.get(bundle.name);
    timing?.importMs.push(importMs);
    timing?.processMs.push(performance.now() - start);
  }
}
rmSync(root, { recursive: true, force: true });

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const baseline = timings.get('(empty handler)');
const baseImport = median(baseline?.importMs ?? []);
const baseProcess = median(baseline?.processMs ?? []);
const rows = bundles.map((bundle) => {
  const timing = timings.get(bundle.name) ?? { importMs: [], processMs: [] };
  const importMs = median(timing.importMs);
  const processMs = median(timing.processMs);
  return {
    bundle: bundle.name,
    minified: kib(bundle.size),
    gzip: kib(bundle.gzip),
    'import ms': importMs.toFixed(1),
    'import ×empty': (importMs / baseImport).toFixed(1),
    'process ms': processMs.toFixed(0),
    'process ×empty': (processMs / baseProcess).toFixed(2),
  };
});

console.log(
  `\nBundles (esbuild, ESM, minified; median of ${runs} fresh node ${process.version} processes)`,
);
console.table(rows);
