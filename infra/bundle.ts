import type { BuildOptions } from 'esbuild';
import { bundling } from './function.ts';

/**
 * The esbuild options NodejsFunction derives from {@link bundling} for one entry file (see
 * `entryFile`), for building a bundle outside CDK (the bundle test, `bench/bundles.ts`) exactly as
 * a deploy builds it: `<outdir>/index.mjs` and its source map.
 */
export const esbuildOptions = (entry: string, outdir: string): BuildOptions => ({
  entryPoints: { index: entry },
  outdir,
  bundle: true,
  platform: 'node',
  target: bundling.target,
  format: 'esm',
  outExtension: { '.js': '.mjs' },
  minify: bundling.minify,
  sourcemap: bundling.sourceMap,
  mainFields: [...bundling.mainFields],
  external: [...bundling.externalModules],
  banner: { js: bundling.banner },
  metafile: true,
  logLevel: 'error',
});
