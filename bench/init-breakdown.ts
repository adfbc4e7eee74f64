/**
 * Where each function's init goes: the handler and one entry per part (the AWS SDK clients,
 * Powertools, middy, slugify, …) are built in ONE split esbuild build, as a deploy builds the
 * handler, so shared code sits in shared chunks; a fresh `node --enable-source-maps` process then
 * imports the parts in order and the handler last. Each step's time is what it adds to the steps
 * before it; the handler's step is what is left: our own modules and the smaller libraries.
 * Median of 9 processes per function.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { bundlingFor, entryFile, esbuildOptions, type HandlerEntry } from '../infra/bundle.ts';
import { type Figure, figure, median, record } from './results.ts';

const runs = 9;
const functions: readonly HandlerEntry[] = ['ingest', 'api', 'digest'];
const repo = fileURLToPath(new URL('..', import.meta.url));

/** Each part: its name and the module that imports it (and keeps what it imports). */
const parts: readonly (readonly [string, string])[] = [
  ['first ESM import (Node itself)', 'export const x = 1;'],
  ['@aws-sdk/client-dynamodb', "export { DynamoDBClient } from '@aws-sdk/client-dynamodb';"],
  ['@aws-sdk/client-s3', "export { S3Client } from '@aws-sdk/client-s3';"],
  ['@aws-sdk/lib-dynamodb', "export { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';"],
  ['@aws-sdk/lib-storage', "export { Upload } from '@aws-sdk/lib-storage';"],
  [
    'Powertools Logger and Metrics',
    [
      "export { Logger } from '@aws-lambda-powertools/logger';",
      "export { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';",
      "export { Metrics } from '@aws-lambda-powertools/metrics';",
    ].join('\n'),
  ],
  [
    'middy and its middlewares',
    ['core', 'http-router', 'http-cors', 'http-security-headers', 'sqs-partial-batch-failure']
      .map((name, index) => `export { default as m${index} } from '@middy/${name}';`)
      .join('\n'),
  ],
  ['@sindresorhus/slugify', "export { default } from '@sindresorhus/slugify';"],
  ['minisearch', "export { default } from 'minisearch';"],
  [
    'ajv run time and formats (validators)',
    "export { fullFormats } from 'ajv-formats/dist/formats.js';",
  ],
  [
    'composition root (adapters, config)',
    `export { productionRoot } from '${join(repo, 'functions/composition/root.ts')}';`,
  ],
];

const probe = [
  "const { performance } = await import('node:perf_hooks');",
  'const times = [];',
  'for (const url of process.argv.slice(1)) {',
  '  const start = performance.now();',
  '  await import(url);',
  '  times.push(performance.now() - start);',
  '}',
  'process.stdout.write(JSON.stringify(times));',
].join('\n');

const figures: Figure[] = [];
const rows: Record<string, Record<string, string>> = {};
for (const handler of functions) {
  const dir = mkdtempSync(join(tmpdir(), `council-papers-bench-init-${handler}-`));
  const entryPoints: Record<string, string> = { index: entryFile(handler) };
  parts.forEach(([, source], index) => {
    const file = join(dir, `part${index}.ts`);
    writeFileSync(file, `${source}\n`);
    entryPoints[`part${index}`] = file;
  });
  buildSync({
    ...esbuildOptions(entryFile(handler), join(dir, 'out'), bundlingFor(handler)),
    entryPoints,
    nodePaths: [join(repo, 'node_modules')],
  });
  const urls = [...parts.map((_, index) => `part${index}`), 'index'].map(
    (name) => pathToFileURL(join(dir, 'out', `${name}.mjs`)).href,
  );
  const samples: number[][] = [];
  for (let run = 0; run < runs; run++)
    samples.push(
      JSON.parse(
        execFileSync(
          process.execPath,
          ['--enable-source-maps', '--input-type=module', '-e', probe, ...urls],
          { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } },
        ),
      ) as number[],
    );
  rmSync(dir, { recursive: true, force: true });
  const names = [
    ...parts.map(([name]) => name),
    'the rest: routes, use cases, domain, other libraries',
  ];
  names.forEach((name, index) => {
    const value = median(samples.map((times) => times[index] ?? 0));
    figures.push(
      figure({
        name: `${handler} init: ${name}`,
        value,
        unit: 'ms',
        runs,
        note: 'what it adds to the parts before it, imported in this order in one process',
      }),
    );
    rows[name] = { ...rows[name], [handler]: value.toFixed(1) };
  });
}
record('init-breakdown', 'npx tsx bench/init-breakdown.ts', figures);

console.log(
  `\nWhere init goes (ms each part adds; median of ${runs} fresh node ${process.version} processes)`,
);
console.table(rows);
