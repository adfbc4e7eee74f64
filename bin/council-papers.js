#!/usr/bin/env node
// Runs the CLI compiled to plain JavaScript in dist/cli/ (`npm run build:cli`, which `npm ci` and
// `npm install` run as `prepare`). When that build is missing (`npm ci --ignore-scripts`) or older
// than a source it was built from, it says so and runs the TypeScript sources through tsx instead:
// slower, never stale.
import { readFileSync, statSync } from 'node:fs';
import module from 'node:module';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// Node 22.1+ keeps compiled code between runs; Node 20 has no such cache.
module.enableCompileCache?.();

const root = new URL('../', import.meta.url);
const dist = new URL('dist/cli/', root);

/** Why the compiled CLI cannot run (missing, or older than one of its sources), or undefined. */
const notRunnable = () => {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(new URL('inputs.json', dist), 'utf8'));
  } catch {
    return 'the compiled CLI (dist/cli/) is missing';
  }
  for (const input of manifest.inputs) {
    const info = statSync(new URL(input, root), { throwIfNoEntry: false });
    if (!info || info.mtimeMs > manifest.startedAt)
      return `${input} changed after the CLI was compiled`;
  }
  return undefined;
};

const reason = notRunnable();
if (reason === undefined) {
  await import(new URL('main.js', dist).href);
} else {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    console.error(
      `council-papers: ${reason}, and tsx, which runs the sources, is not installed: run \`npm ci\` (with its scripts: it builds the CLI), then \`npm run build:cli\` after changing the sources.`,
    );
    process.exit(2);
  }
  console.error(
    `council-papers: ${reason}: running the sources through tsx (slower). \`npm run build:cli\` compiles it again.`,
  );
  register();
  await import('../functions/cli/main.ts');
}
