import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { esbuildOptions } from '../../infra/bundle.ts';
import { bundling, entryFile, handlerEntries, runtime } from '../../infra/function.ts';

const outRoot = mkdtempSync(join(tmpdir(), 'council-papers-bundles-'));
const built = new Map<string, { dir: string; metafile: Metafile }>();

beforeAll(async () => {
  for (const handler of handlerEntries) {
    const dir = join(outRoot, handler);
    const result = await build(esbuildOptions(entryFile(handler), dir));
    if (!result.metafile) throw new Error('esbuild returned no metafile');
    built.set(handler, { dir, metafile: result.metafile });
  }
}, 120_000);

afterAll(() => rmSync(outRoot, { recursive: true, force: true }));

const bundleOf = (handler: string) => {
  const found = built.get(handler);
  if (!found) throw new Error(`${handler} was not built`);
  return { ...found, file: join(found.dir, 'index.mjs') };
};

describe('bundling options', () => {
  it('are ESM, minified, with source maps, for the Node 22+ runtime the functions use', () => {
    expect(bundling).toMatchObject({ format: 'esm', minify: true, sourceMap: true });
    const major = Number(/^nodejs(\d+)\.x$/.exec(runtime.name)?.[1]);
    expect(major).toBeGreaterThanOrEqual(22);
    expect(bundling.target).toBe(`node${major}`);
  });
});

describe.each(handlerEntries)('the %s bundle', (handler) => {
  it('builds into one ESM file with its source map', () => {
    const { file, metafile } = bundleOf(handler);
    expect(existsSync(`${file}.map`)).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(/\/\/# sourceMappingURL=index\.mjs\.map\s*$/);
    const [output] = Object.entries(metafile.outputs).filter(([path]) => path.endsWith('.mjs'));
    expect(output?.[1].exports).toContain('handler');
  });

  it('bundles only the S3 and DynamoDB service clients', () => {
    const clients = new Set(
      Object.keys(bundleOf(handler).metafile.inputs)
        .map((path) => /node_modules\/@aws-sdk\/(client-[^/]+)\//.exec(path)?.[1])
        .filter((name) => name !== undefined),
    );
    expect([...clients].sort()).toEqual(['client-dynamodb', 'client-s3']);
  });

  it('loads in a fresh Node process without configuration and exports a handler function', () => {
    const probe =
      'const m = await import(process.argv[1]); process.stdout.write(typeof m.handler);';
    const kind = execFileSync(
      process.execPath,
      [
        '--enable-source-maps',
        '--input-type=module',
        '-e',
        probe,
        pathToFileURL(bundleOf(handler).file).href,
      ],
      { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, timeout: 30_000 },
    );
    expect(kind).toBe('function');
  });
});
