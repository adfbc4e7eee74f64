import { readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, build, type Metafile, type Plugin } from 'esbuild';
import semver from 'semver';

const root = new URL('../', import.meta.url);

/**
 * Where the compiled CLI goes (gitignored). Two folders deep, as infra/local/ is, and every chunk
 * beside the entry: paths.ts finds the repository from its own `import.meta.url` ('../../'), which
 * then holds in the bundle as in the sources.
 */
export const cliOutDir = fileURLToPath(new URL('dist/cli/', root));

/** What the launcher (bin/council-papers.js) reads to tell a build older than its sources. */
export const cliManifestFile = 'inputs.json';

export interface CliManifest {
  /** When the build began (ms since the epoch): a source changed after it makes the build stale. */
  readonly startedAt: number;
  /** Every source file of ours bundled (not node_modules), relative to the repository. */
  readonly inputs: readonly string[];
}

/** The lowest Node our package.json admits, as esbuild names it (`node20.19.0`). */
export const cliTarget = (): string => {
  const { engines } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
    engines: { node: string };
  };
  const lowest = semver.minVersion(engines.node);
  if (!lowest) throw new Error(`package.json engines.node "${engines.node}" admits no version`);
  return `node${lowest.version}`;
};

/** The AWS SDK's packages: pure JavaScript, bundled (and tree-shaken) as the Lambda bundles do. */
const bundledPackages = /^@(aws-sdk|smithy|aws-crypto|aws)\//;

/**
 * Every other package stays in node_modules, imported by Node as the sources import it: the
 * engines (PDF, DOCX, Tesseract with its worker and wasm) find their files where npm put them.
 */
const otherPackagesExternal: Plugin = {
  name: 'other-packages-external',
  setup(build) {
    // What a bundled package imports is bundled with it; only our own imports stay outside.
    build.onResolve({ filter: /^[^./]/ }, ({ path, importer }) =>
      bundledPackages.test(path) || importer.includes('/node_modules/')
        ? undefined
        : { path, external: true },
    );
  },
};

/**
 * The CLI as plain JavaScript: our TypeScript and the AWS SDK bundled (ESM, one chunk per
 * command, split so a command loads only its own code: Node then reads a few files where the SDK
 * spread over hundreds took half of `upload`'s start); the other packages stay in node_modules,
 * so the engines load only in the commands that use them.
 */
export const cliBuildOptions = (outdir = cliOutDir): BuildOptions => ({
  absWorkingDir: fileURLToPath(root),
  entryPoints: { main: 'functions/cli/main.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: cliTarget(),
  plugins: [otherPackagesExternal],
  mainFields: ['module', 'main'],
  // A bundled CommonJS module that calls require() finds it, as in the Lambda bundles.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  chunkNames: '[name]-[hash]',
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'error',
});

/**
 * Builds the CLI afresh into `outdir` and writes the manifest the launcher checks; returns the
 * metafile. The manifest goes first and comes back last: a launcher that starts meanwhile finds
 * none and runs the sources, never half a build.
 */
export const buildCli = async (outdir = cliOutDir): Promise<Metafile> => {
  const startedAt = Date.now();
  await rm(join(outdir, cliManifestFile), { force: true });
  await rm(outdir, { recursive: true, force: true });
  const { metafile } = await build(cliBuildOptions(outdir));
  if (!metafile) throw new Error('esbuild returned no metafile');
  // Our sources only: npm ci, which changes node_modules, builds the CLI again itself.
  const inputs = Object.keys(metafile.inputs).filter((input) => !input.startsWith('node_modules/'));
  const manifest: CliManifest = { startedAt, inputs: inputs.sort() };
  await writeFile(join(outdir, cliManifestFile), `${JSON.stringify(manifest, null, 2)}\n`);
  return metafile;
};
