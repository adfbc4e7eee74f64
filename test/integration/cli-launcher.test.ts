import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliManifest } from '../../infra/cli-build.ts';
import { repoRoot } from '../../infra/local/paths.ts';

const run = promisify(execFile);
const folders: string[] = [];

afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/**
 * A checkout of the launcher alone, in a folder of its own: bin/ copied, the sources (and, unless
 * told otherwise, node_modules) linked from this repository, and dist/cli/ as the test makes it.
 */
const checkout = async (options: { readonly packages: boolean }) => {
  const dir = await mkdtemp(join(tmpdir(), 'council-papers-launcher-'));
  folders.push(dir);
  await mkdir(join(dir, 'bin'));
  for (const file of ['council-papers.js', 'package.json'])
    await copyFile(join(repoRoot, 'bin', file), join(dir, 'bin', file));
  await symlink(join(repoRoot, 'functions'), join(dir, 'functions'));
  if (options.packages) await symlink(join(repoRoot, 'node_modules'), join(dir, 'node_modules'));
  return dir;
};

/** A stand-in for the compiled CLI that says it ran, with the manifest the launcher checks. */
const compiled = async (dir: string, manifest: CliManifest) => {
  await mkdir(join(dir, 'dist/cli'), { recursive: true });
  await writeFile(join(dir, 'dist/cli/main.js'), "console.log('the compiled CLI ran');\n");
  await writeFile(join(dir, 'dist/cli/inputs.json'), JSON.stringify(manifest));
};

const launch = (dir: string, ...args: string[]) =>
  run(process.execPath, [join(dir, 'bin/council-papers.js'), ...args]).catch(
    (error: { stdout: string; stderr: string; code: number }) => error,
  );

describe('bin/council-papers.js', () => {
  it('runs the compiled CLI when no source changed since it was built', async () => {
    // Prepare
    const dir = await checkout({ packages: true });
    await compiled(dir, { startedAt: Date.now() + 60_000, inputs: ['functions/cli/main.ts'] });

    // Act
    const result = await launch(dir, '--help');

    // Assess
    expect(result).toMatchObject({ stdout: 'the compiled CLI ran\n', stderr: '' });
  });

  it('says the build is missing and how to make it, and runs the sources meanwhile', async () => {
    // Prepare
    const dir = await checkout({ packages: true });

    // Act
    const result = await launch(dir, '--help');

    // Assess
    expect(result.stderr).toContain('the compiled CLI (dist/cli/) is missing');
    expect(result.stderr).toContain('npm run build:cli');
    expect(result.stdout).toMatch(/^council-papers: upload papers and datasets/);
  });

  it('names the source that changed after the build, and runs the sources', async () => {
    // Prepare
    const dir = await checkout({ packages: true });
    await compiled(dir, { startedAt: 0, inputs: ['functions/cli/main.ts'] });

    // Act
    const result = await launch(dir, '--help');

    // Assess
    expect(result.stderr).toContain('functions/cli/main.ts changed after the CLI was compiled');
    expect(result.stdout).toMatch(/^council-papers: upload papers and datasets/);
  });

  it('says to run npm ci when neither the build nor tsx is there, exiting 2', async () => {
    // Prepare
    const dir = await checkout({ packages: false });

    // Act
    const result = await launch(dir, '--help');

    // Assess
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain('tsx, which runs the sources, is not installed: run `npm ci`');
  });
});
