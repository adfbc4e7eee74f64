import { relative } from 'node:path';
import { buildCli, cliOutDir } from './cli-build.ts';

/**
 * `npm run build:cli` (and `prepare`, which `npm ci` and `npm install` run): compiles the CLI into
 * dist/cli/, which bin/council-papers.js runs.
 */
const started = performance.now();
const metafile = await buildCli();
const bytes = Object.values(metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
console.log(
  `council-papers CLI: ${relative(process.cwd(), cliOutDir) || '.'} (${Object.keys(metafile.inputs).length} sources, ${(bytes / 1024).toFixed(0)} KiB with source maps) in ${Math.round(performance.now() - started)} ms`,
);
