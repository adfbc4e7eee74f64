import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { esbuildOptions } from '../../infra/bundle.ts';
import {
  bundling,
  bundlingFor,
  entryFile,
  type HandlerEntry,
  handlerEntries,
  runtime,
} from '../../infra/function.ts';
import { ocrAssetCommands } from '../../infra/ocr-bundle.ts';

const outRoot = mkdtempSync(join(tmpdir(), 'council-papers-bundles-'));
const built = new Map<string, { dir: string; metafile: Metafile }>();

beforeAll(async () => {
  for (const handler of handlerEntries) {
    const dir = join(outRoot, handler);
    const result = await build(esbuildOptions(entryFile(handler), dir, bundlingFor(handler)));
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

/** S3 and DynamoDB for the data; Lambda to invoke the OCR function; the OCR function calls none. */
const serviceClients: Record<HandlerEntry, string[]> = {
  ingest: ['client-dynamodb', 'client-lambda', 'client-s3'],
  api: ['client-dynamodb', 'client-lambda', 'client-s3'],
  digest: ['client-dynamodb', 'client-lambda', 'client-s3'],
  ocr: [],
};

const inputsFrom = (handler: HandlerEntry, pattern: RegExp) =>
  Object.keys(bundleOf(handler).metafile.inputs).filter((path) => pattern.test(path));

describe('the OCR engine', () => {
  it.each(['ingest', 'api', 'digest'] as const)('is not in the %s bundle', (handler) => {
    expect(inputsFrom(handler, /node_modules\/(tesseract\.js|tesseract\.js-core)\//)).toEqual([]);
  });

  it('is in the OCR bundle, which has no PDF engine', () => {
    expect(inputsFrom('ocr', /node_modules\/tesseract\.js\//)).not.toEqual([]);
    expect(inputsFrom('ocr', /node_modules\/unpdf\//)).toEqual([]);
  });

  it('reads a scanned page from the OCR bundle with its worker, wasm and data beside it', async () => {
    // Prepare: the afterBundling commands, run as CDK runs them.
    const { dir, file } = bundleOf('ocr');
    for (const command of ocrAssetCommands(dir)) execFileSync('sh', ['-c', command]);
    const png = readFileSync(new URL('../fixtures/scans/minutes-scan-head.png', import.meta.url));
    const probe = [
      'const { handler } = await import(process.argv[1]);',
      'const event = { page: 1, png: process.argv[2] };',
      'const result = await handler(event, {});',
      'process.stdout.write(JSON.stringify(result));',
      'process.exit(0);',
    ].join('\n');

    // Act: in a fresh process whose only files are the bundle's, as in Lambda.
    const output = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', probe, pathToFileURL(file).href, png.toString('base64')],
      {
        encoding: 'utf8',
        cwd: dir,
        env: { PATH: process.env.PATH ?? '', OCR_ASSETS_DIR: dir, OCR_LANGUAGES: 'eng' },
        timeout: 90_000,
      },
    );

    // Assess
    const result = JSON.parse(output) as { page: number; text: string; confidence: number };
    expect(result.page).toBe(1);
    expect(result.text).toContain('ASHWELL PARISH COUNCIL');
    expect(result.confidence).toBeGreaterThan(50);
  }, 120_000);
});

describe.each(handlerEntries)('the %s bundle', (handler) => {
  it('builds into one ESM file with its source map', () => {
    const { file, metafile } = bundleOf(handler);
    expect(existsSync(`${file}.map`)).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(/\/\/# sourceMappingURL=index\.mjs\.map\s*$/);
    const [output] = Object.entries(metafile.outputs).filter(([path]) => path.endsWith('.mjs'));
    expect(output?.[1].exports).toContain('handler');
  });

  it('bundles only the service clients it calls', () => {
    const clients = new Set(
      Object.keys(bundleOf(handler).metafile.inputs)
        .map((path) => /node_modules\/@aws-sdk\/(client-[^/]+)\//.exec(path)?.[1])
        .filter((name) => name !== undefined),
    );
    expect([...clients].sort()).toEqual(serviceClients[handler]);
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
