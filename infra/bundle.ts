import type { BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { BuildOptions } from 'esbuild';
import { bundling } from './function.ts';

/**
 * The esbuild options NodejsFunction derives from {@link bundling} for one entry file (see
 * `entryFile`), for building a bundle outside CDK (the bundle test, `bench/bundles.ts`) exactly as
 * a deploy builds it: `<outdir>/index.mjs` and its source map.
 */
export const esbuildOptions = (
  entry: string,
  outdir: string,
  options: BundlingOptions = bundling,
): BuildOptions => ({
  entryPoints: { index: entry },
  outdir,
  bundle: true,
  platform: 'node',
  target: options.target ?? bundling.target,
  format: 'esm',
  outExtension: { '.js': '.mjs' },
  minify: options.minify ?? bundling.minify,
  sourcemap: options.sourceMap ?? bundling.sourceMap,
  mainFields: [...(options.mainFields ?? bundling.mainFields)],
  external: [...(options.externalModules ?? bundling.externalModules)],
  banner: { js: options.banner ?? bundling.banner },
  metafile: true,
  logLevel: 'error',
});
