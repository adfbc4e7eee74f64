import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Metafile } from 'esbuild';
import semver from 'semver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, type CliManifest, cliManifestFile, cliTarget } from '../../infra/cli-build.ts';
import { repoRoot } from '../../infra/local/paths.ts';

const run = promisify(execFile);
let outdir: string;
let metafile: Metafile;

beforeAll(async () => {
  // Outside the repository: no node_modules above it, so a package the help imported would fail.
  outdir = await mkdtemp(join(tmpdir(), 'council-papers-cli-'));
  metafile = await buildCli(outdir);
}, 120_000);

afterAll(() => rm(outdir, { recursive: true, force: true }));

const output = (file: string) => {
  const found = Object.entries(metafile.outputs).find(
    ([path]) => resolve(repoRoot, path) === join(outdir, file),
  );
  if (!found) throw new Error(`${file} is not an output`);
  return found;
};

/** Every output Node loads before the entry runs: the entry and the chunks it imports statically. */
const loadedAtStart = (entry: string): string[] => {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const imported of metafile.outputs[path]?.imports ?? [])
      if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(output(entry)[0]);
  return [...seen];
};

describe('the compiled CLI', () => {
  it('targets the lowest Node our engines admit', async () => {
    // Prepare
    const { engines } = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as {
      engines: { node: string };
    };

    // Act
    const target = cliTarget();

    // Assess
    expect(target).toBe(`node${semver.minVersion(engines.node)?.version}`);
  });

  it('imports nothing but Node built-ins before a command is chosen', () => {
    // Act
    const imports = loadedAtStart('main.js').flatMap(
      (path) => metafile.outputs[path]?.imports.filter((imported) => imported.external) ?? [],
    );

    // Assess
    expect(
      imports.map((imported) => imported.path).filter((path) => !path.startsWith('node:')),
    ).toEqual([]);
  });

  it('loads no command, extractor or adapter before a command is chosen', () => {
    // Act
    const sources = loadedAtStart('main.js').flatMap((path) =>
      Object.keys(metafile.outputs[path]?.inputs ?? {}),
    );

    // Assess
    expect(
      sources.filter((source) => /cli\/commands\/|domain\/papers\/|adapters\//.test(source)),
    ).toEqual([]);
  });

  it('prints its help from a folder with no node_modules above it', async () => {
    // Act
    const { stdout } = await run(process.execPath, [join(outdir, 'main.js'), '--help']);

    // Assess
    expect(stdout).toMatch(/^council-papers: upload papers and datasets/);
    expect(stdout).toContain('council-papers extract FILE');
  });

  it('lists every source of ours it was built from, for the launcher to tell a stale build', async () => {
    // Act
    const manifest = JSON.parse(
      await readFile(join(outdir, cliManifestFile), 'utf8'),
    ) as CliManifest;

    // Assess
    expect(manifest.inputs).toEqual(
      Object.keys(metafile.inputs)
        .filter((input) => !input.startsWith('node_modules/'))
        .sort(),
    );
    expect(manifest.inputs).toContain('functions/cli/commands/extract.ts');
  });
});
