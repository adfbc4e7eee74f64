import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { App, Stack } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bundleHandler,
  bundling,
  codeBytes,
  type HandlerEntry,
  handlerEntries,
  initOutputs,
} from '../../infra/bundle.ts';
import { handlerCode, runtime } from '../../infra/function.ts';

const outRoot = mkdtempSync(join(tmpdir(), 'council-papers-bundles-'));
const built = new Map<string, { dir: string; metafile: Metafile }>();

beforeAll(() => {
  // As a deploy builds them: the same function CDK's local bundling calls.
  for (const handler of handlerEntries) {
    const dir = join(outRoot, handler);
    built.set(handler, { dir, metafile: bundleHandler(handler, dir) });
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

/** Issue 18's budget for the code a function loads at init: 1 MB, minified. */
const initBudgetBytes = 1_000_000;

/** The engines loaded only for the files that need them (by `import()`), never at a cold start. */
const lazyEngines =
  /node_modules\/((?:@aws-sdk\/)?(?:unpdf|mammoth|word-extractor|mailparser|iconv-lite|html-to-text|tesseract\.js|yauzl|saxes|file-type|client-lambda|fast-png))\//;

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
    // Prepare: the bundle as deployed, its OCR assets beside it.
    const { dir, file } = bundleOf('ocr');
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
  it('builds into an ESM entry file with its source map, its lazy chunks beside it', () => {
    const { file, metafile } = bundleOf(handler);
    expect(existsSync(`${file}.map`)).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(/\/\/# sourceMappingURL=index\.mjs\.map\s*$/);
    const [output] = Object.entries(metafile.outputs).filter(([path]) =>
      path.endsWith('index.mjs'),
    );
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

  it('loads at most 1 MB of minified code at a cold start', () => {
    // Prepare
    const { metafile } = bundleOf(handler);

    // Act: the entry file and the chunks it imports statically.
    const bytes = codeBytes(metafile, initOutputs(metafile));

    // Assess
    expect(bytes).toBeLessThanOrEqual(initBudgetBytes);
  });

  it('loads none of the heavy engines at a cold start', () => {
    // Prepare
    const { metafile } = bundleOf(handler);

    // Act
    const engines = initOutputs(metafile).flatMap((path) =>
      Object.keys(metafile.outputs[path]?.inputs ?? {})
        .map((input) => lazyEngines.exec(input)?.[1])
        .filter((name) => name !== undefined),
    );

    // Assess
    expect([...new Set(engines)]).toEqual([]);
  });

  it('loads each of its chunks in a fresh Node process', () => {
    // Prepare: every file a lazy import() may load, as Lambda would find them beside index.mjs.
    const { dir } = bundleOf(handler);
    const chunks = readdirSync(dir).filter((name) => name.endsWith('.mjs'));
    const probe =
      'for (const file of process.argv.slice(1)) await import(file); process.stdout.write("loaded");';

    // Act
    const output = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        probe,
        ...chunks.map((name) => pathToFileURL(join(dir, name)).href),
      ],
      { encoding: 'utf8', cwd: dir, env: { PATH: process.env.PATH ?? '' }, timeout: 60_000 },
    );

    // Assess
    expect(chunks.length).toBeGreaterThan(1);
    expect(output).toBe('loaded');
  });
});

describe('the lazy engines', () => {
  it('are in chunks of the ingest bundle that a cold start does not load, the PDF engine included', () => {
    // Prepare
    const { metafile } = bundleOf('ingest');
    const atInit = new Set(initOutputs(metafile));

    // Act
    const lazy = Object.entries(metafile.outputs)
      .filter(([path]) => !atInit.has(path))
      .flatMap(([, output]) => Object.keys(output.inputs))
      .map((input) => lazyEngines.exec(input)?.[1])
      .filter((name) => name !== undefined);

    // Assess
    expect([...new Set(lazy)]).toEqual(
      expect.arrayContaining([
        'unpdf',
        'mammoth',
        'word-extractor',
        'mailparser',
        'iconv-lite',
        'html-to-text',
        'fast-png',
      ]),
    );
  });

  it('include no paper reader in the API bundle, even lazily', () => {
    expect(inputsFrom('api', /node_modules\/(unpdf|mammoth|word-extractor|mailparser)\//)).toEqual(
      [],
    );
  });
});

describe('the code assets', () => {
  it("are one for each function, each built from the function's own handler", () => {
    // Prepare: a stack that bundles (the template tests skip bundling).
    const stack = new Stack(new App({ outdir: join(outRoot, 'cdk.out') }), 'Assets');

    // Act
    const keys = (['api', 'digest'] as const).map(
      (handler) => handlerCode(handler).bind(new Construct(stack, handler)).s3Location?.objectKey,
    );

    // Assess
    expect(keys[0]).toMatch(/\.zip$/);
    expect(keys[1]).toMatch(/\.zip$/);
    expect(keys[0]).not.toBe(keys[1]);
  }, 120_000);
});
