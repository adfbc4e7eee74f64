import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, buildSync, type Metafile } from 'esbuild';
import { ocrAssetCommands, ocrBanner } from './ocr-bundle.ts';

/** The handler files the stack deploys, under functions/handlers/ (the audit function reuses `api`). */
export const handlerEntries = ['ingest', 'api', 'digest', 'ocr'] as const;
export type HandlerEntry = (typeof handlerEntries)[number];

export const handlersDir = fileURLToPath(new URL('../functions/handlers/', import.meta.url));
export const entryFile = (handler: HandlerEntry): string => `${handlersDir}${handler}.ts`;

/** How a handler is bundled: the options of {@link esbuildOptions} that vary by function. */
export interface BundleOptions {
  readonly format: 'esm';
  readonly minify: boolean;
  readonly sourceMap: boolean;
  readonly target: string;
  readonly mainFields: readonly string[];
  readonly externalModules: readonly string[];
  readonly banner: string;
}

/**
 * How every handler is bundled by the local esbuild: ESM, minified, with source maps, and with the
 * AWS SDK clients bundled in (tree-shaken to the commands used) rather than taken from the runtime,
 * so a deploy runs exactly the SDK the tests ran.
 */
export const bundling = {
  format: 'esm',
  minify: true,
  sourceMap: true,
  target: 'node24',
  mainFields: ['module', 'main'],
  externalModules: [],
  // Some CommonJS dependencies call require(); ESM bundles need it defined.
  banner:
    "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
} as const satisfies BundleOptions;

/**
 * How one handler is bundled: the shared options, but for the OCR function, whose banner also
 * defines the `__dirname` tesseract.js reads when it loads.
 */
export const bundlingFor = (handler: HandlerEntry): BundleOptions =>
  handler === 'ocr' ? { ...bundling, banner: `${bundling.banner} ${ocrBanner}` } : bundling;

/**
 * The esbuild options a handler is deployed with: `<outdir>/index.mjs`, the code a cold start
 * loads, and beside it one chunk for each engine a handler imports with `import()` (the PDF,
 * Word, e-mail, spreadsheet and text-decoding readers), loaded on the first file that needs it.
 * Code splitting is why the stack builds its functions itself rather than with NodejsFunction,
 * whose esbuild writes one `--outfile`. The bundle test and `bench/bundles.ts` build from these.
 */
export const esbuildOptions = (
  entry: string,
  outdir: string,
  options: BundleOptions = bundling,
): BuildOptions => ({
  entryPoints: { index: entry },
  outdir,
  bundle: true,
  splitting: true,
  chunkNames: 'chunk-[hash]',
  platform: 'node',
  target: options.target,
  format: options.format,
  outExtension: { '.js': '.mjs' },
  minify: options.minify,
  sourcemap: options.sourceMap,
  // Stack traces need only the mappings; without the sources each map is a fraction of the size,
  // and Node reads every loaded file's map at load with --enable-source-maps.
  sourcesContent: false,
  mainFields: [...options.mainFields],
  external: [...options.externalModules],
  banner: { js: options.banner },
  metafile: true,
  logLevel: 'error',
});

/**
 * Builds one handler's deployment into `outdir`, as a deploy does (synchronously: CDK's local
 * bundling calls it), the OCR function's worker, wasm and trained data included.
 */
export const bundleHandler = (handler: HandlerEntry, outdir: string): Metafile => {
  const { metafile } = buildSync(esbuildOptions(entryFile(handler), outdir, bundlingFor(handler)));
  if (!metafile) throw new Error(`esbuild returned no metafile for the ${handler} function`);
  if (handler === 'ocr')
    for (const command of ocrAssetCommands(outdir)) execFileSync('sh', ['-c', command]);
  return metafile;
};

/** What a cold start loads: the entry file and the chunks it imports statically, transitively. */
export const initOutputs = (metafile: Metafile): string[] => {
  // Every module imported with `import()` is an entry point too: the handler's is `index.mjs`.
  const entry = Object.keys(metafile.outputs).find((path) => /(^|\/)index\.mjs$/.test(path));
  const loaded = new Set<string>();
  const pending = entry ? [entry] : [];
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    if (loaded.has(path)) continue;
    loaded.add(path);
    for (const imported of metafile.outputs[path]?.imports ?? [])
      if (imported.kind === 'import-statement' && !imported.external) pending.push(imported.path);
  }
  return [...loaded];
};

/** The bytes of the JavaScript outputs (source maps left out) among `paths`, or all of them. */
export const codeBytes = (metafile: Metafile, paths = Object.keys(metafile.outputs)): number =>
  paths
    .filter((path) => path.endsWith('.mjs'))
    .reduce((sum, path) => sum + (metafile.outputs[path]?.bytes ?? 0), 0);
