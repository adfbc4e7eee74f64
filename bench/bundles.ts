/**
 * Each deployed function's cold start: built as a deploy builds it (infra/bundle.ts), then imported
 * by fresh `node` processes, as a Lambda init does. Per function: the code loaded at init (the
 * entry file and the chunks it imports statically), the total with the lazy chunks, and the median
 * import time as a ratio to an empty handler bundled the same way, in the same run.
 *
 * A second floor is measured beside the empty handler: a handler that only imports the two AWS SDK
 * clients every function uses (DynamoDB and S3), what any function of this stack must load at
 * init; each function's init is also given as a ratio to it.
 *
 * Two alternatives are measured beside the deployed build: the ingest function as one file (no
 * code splitting: what NodejsFunction builds, and what a layer holding the engines would still
 * load at init, since a layer's code is imported like the function's own), and what the first PDF
 * adds to a warm ingest function (importing its PDF chunk), to set against a separate PDF function
 * (its own cold start, plus an invoke and the file's bytes sent to it, on every PDF).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Metafile } from 'esbuild';
import {
  bundleHandler,
  bundlingFor,
  codeBytes,
  entryFile,
  esbuildOptions,
  handlerEntries,
  initOutputs,
} from '../infra/bundle.ts';
import { figure, median, record } from './results.ts';

const runs = 15;
const initBudgetKb = 1000;
const initBudgetRatio = 3;
const root = mkdtempSync(join(tmpdir(), 'council-papers-bench-bundles-'));

interface Built {
  readonly name: string;
  readonly file: string;
  readonly initBytes: number;
  readonly totalBytes: number;
  /** A chunk to import after the entry (its time is measured apart), e.g. the PDF engine's. */
  readonly after?: string;
}

const builtFrom = (
  name: string,
  dir: string,
  metafile: Metafile | undefined,
  after?: string,
): Built => {
  if (!metafile) throw new Error(`esbuild returned no metafile for ${name}`);
  return {
    name,
    file: join(dir, 'index.mjs'),
    initBytes: codeBytes(metafile, initOutputs(metafile)),
    totalBytes: codeBytes(metafile),
    ...(after === undefined ? {} : { after }),
  };
};

const emptyEntry = join(root, 'empty.ts');
writeFileSync(emptyEntry, 'export const handler = async () => ({ statusCode: 204 });\n');
const emptyDir = join(root, 'empty');
const empty = await build(esbuildOptions(emptyEntry, emptyDir));
const sdkEntry = join(root, 'sdk.ts');
writeFileSync(
  sdkEntry,
  [
    "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';",
    "import { S3Client } from '@aws-sdk/client-s3';",
    'export const handler = async () => [DynamoDBClient, S3Client].length;',
    '',
  ].join('\n'),
);
const sdkDir = join(root, 'sdk');
// Written outside the repository, so the clients are resolved from its node_modules.
const sdk = await build({
  ...esbuildOptions(sdkEntry, sdkDir),
  nodePaths: [fileURLToPath(new URL('../node_modules', import.meta.url))],
});

/** The output holding a package's own entry (e.g. unpdf's), which `import()` of it loads. */
/**
 * The chunk that holds most of an engine's code (its inputs matching `pattern`), not a small chunk
 * that only re-exports it: importing it costs what loading the engine costs.
 */
const chunkWith = (metafile: Metafile, dir: string, pattern: RegExp): string | undefined => {
  const weight = (inputs: Record<string, { bytesInOutput: number }>) =>
    Object.entries(inputs)
      .filter(([input]) => pattern.test(input))
      .reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
  const [found] = Object.entries(metafile.outputs)
    .filter(([path, output]) => path.endsWith('.mjs') && weight(output.inputs) > 0)
    .sort(([, a], [, b]) => weight(b.inputs) - weight(a.inputs))
    .map(([path]) => path);
  return found && join(dir, found.split('/').at(-1) ?? '');
};

const sdkFloor = '(SDK clients only: DynamoDB + S3)';
const bundles: Built[] = [
  builtFrom('(empty handler)', emptyDir, empty.metafile),
  builtFrom(sdkFloor, sdkDir, sdk.metafile),
];
for (const handler of handlerEntries) {
  const dir = join(root, handler);
  const metafile = bundleHandler(handler, dir);
  bundles.push(builtFrom(handler, dir, metafile));
  if (handler === 'ingest') {
    const pdf = chunkWith(metafile, dir, /node_modules\/unpdf\//);
    if (!pdf) throw new Error('no chunk of its own holds the PDF engine');
    bundles.push(builtFrom('ingest, then its first PDF', dir, metafile, pdf));
  }
}
// The ingest function as one file, as before code splitting (and as with a layer of engines).
const singleDir = join(root, 'ingest-single');
const single = await build({
  ...esbuildOptions(entryFile('ingest'), singleDir, bundlingFor('ingest')),
  splitting: false,
});
bundles.push(builtFrom('ingest as one file', singleDir, single.metafile));

// The functions run with --enable-source-maps, which reads each file's map as it loads.
const probe = [
  "const { performance } = await import('node:perf_hooks');",
  'const start = performance.now();',
  'const m = await import(process.argv[1]);',
  "if (typeof m.handler !== 'function') throw new Error('no handler');",
  'const loaded = performance.now();',
  'if (process.argv[2]) await import(process.argv[2]);',
  'process.stdout.write(JSON.stringify([loaded - start, performance.now() - loaded]));',
].join('\n');

const samples = new Map(
  bundles.map((b) => [b.name, { init: [] as number[], after: [] as number[] }]),
);
// Interleaved, so a slow moment of the machine falls on every bundle alike.
for (let run = 0; run < runs; run++) {
  for (const bundle of bundles) {
    const args = [pathToFileURL(bundle.file).href];
    if (bundle.after) args.push(pathToFileURL(bundle.after).href);
    const [init, after] = JSON.parse(
      execFileSync(
        process.execPath,
        ['--enable-source-maps', '--input-type=module', '-e', probe, ...args],
        { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } },
      ),
    ) as [number, number];
    samples.get(bundle.name)?.init.push(init);
    samples.get(bundle.name)?.after.push(after);
  }
}
rmSync(root, { recursive: true, force: true });

const emptyMs = median(samples.get('(empty handler)')?.init ?? []);
const floor = { name: 'empty handler import', value: emptyMs };
const sdkFloorFigure = {
  name: 'import of @aws-sdk/client-dynamodb + client-s3 alone',
  value: median(samples.get(sdkFloor)?.init ?? []),
};
const kb = (bytes: number) => bytes / 1000;
const figures = bundles
  .filter(
    (bundle) => bundle.name !== '(empty handler)' && bundle.name !== sdkFloor && !bundle.after,
  )
  .flatMap((bundle) => {
    const deployed = (handlerEntries as readonly string[]).includes(bundle.name);
    const total = `${kb(bundle.totalBytes).toFixed(0)} KB minified with its lazy chunks`;
    return [
      figure({
        name: `${bundle.name}: code loaded at init`,
        value: kb(bundle.initBytes),
        unit: 'KB',
        runs: 1,
        ...(deployed && { budget: { on: 'value', max: initBudgetKb } }),
        note: total,
      }),
      figure({
        name: `${bundle.name}: init (import)`,
        value: median(samples.get(bundle.name)?.init ?? []),
        unit: 'ms',
        runs,
        floor,
        ...(deployed && { budget: { on: 'ratio', max: initBudgetRatio } }),
        note: 'fresh node process, --enable-source-maps',
      }),
      ...(deployed
        ? [
            figure({
              name: `${bundle.name}: init (import) vs the SDK clients alone`,
              value: median(samples.get(bundle.name)?.init ?? []),
              unit: 'ms',
              runs,
              floor: sdkFloorFigure,
              note: 'the floor any function of this stack pays: both AWS SDK clients imported, nothing else',
            }),
          ]
        : []),
    ];
  });
figures.push(
  figure({
    name: 'SDK clients alone (DynamoDB + S3): init (import)',
    value: sdkFloorFigure.value,
    unit: 'ms',
    runs,
    floor,
    note: 'why 3× an empty handler is out of reach for any function that talks to DynamoDB and S3',
  }),
);
const firstPdf = median(samples.get('ingest, then its first PDF')?.after ?? []);
figures.push(
  figure({
    name: 'ingest: first PDF loads the PDF engine chunk',
    value: firstPdf,
    unit: 'ms',
    runs,
    floor,
    note: 'paid once a warm function, only by the first PDF; a separate PDF function pays a cold start and an invoke instead',
  }),
);
record('cold-start', 'npx tsx bench/bundles.ts', figures);

console.log(
  `\nCold start (esbuild, ESM, minified, split; median of ${runs} fresh node ${process.version} processes)`,
);
console.table(
  bundles.map((bundle) => {
    const init = median(samples.get(bundle.name)?.init ?? []);
    const after = median(samples.get(bundle.name)?.after ?? []);
    return {
      bundle: bundle.name,
      'init KB': kb(bundle.initBytes).toFixed(1),
      'total KB': kb(bundle.totalBytes).toFixed(1),
      'init ms': init.toFixed(1),
      '×empty': (init / emptyMs).toFixed(1),
      '×SDK': (init / sdkFloorFigure.value).toFixed(1),
      ...(bundle.after && { 'PDF chunk ms': after.toFixed(1) }),
    };
  }),
);
