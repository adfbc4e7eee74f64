import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';
import { type SchemaName, schemas } from '../functions/domain/schemas.ts';

/** Where the validators compiled from `schemas/` live: `<name>.js` and its types, `<name>.d.ts`. */
export const validatorsDir = fileURLToPath(
  new URL('../functions/domain/generated/', import.meta.url),
);

/** The ajv options every schema is compiled with (as they were when compiled at run time). */
const ajvOptions = { allErrors: true, strict: true, allowUnionTypes: true, coerceTypes: false };

const banner = (name: string) =>
  [
    `// Generated from schemas/${name}.schema.json by \`npm run build:validators\``,
    '// (infra/schema-validators.ts): do not edit. test/unit/domain/schema-validators.test.ts fails',
    '// when it no longer matches the schema.',
  ].join('\n');

const types = (name: string) =>
  [
    banner(name),
    "import type { ValidateFunction } from 'ajv';",
    '',
    'export declare const validate: ValidateFunction;',
    '',
  ].join('\n');

/**
 * ajv's standalone code of one schema: the validator `ajv.compile` made at run time (same options,
 * same formats, same error objects), compiled once at build time, so that no function loads ajv's
 * compiler or compiles a schema at cold start. One module per schema, so a function bundles only
 * the validators it imports. ajv writes its run-time helpers (and ajv-formats' formats) as
 * `require()` even for ESM: each becomes an import.
 */
const moduleCode = (name: SchemaName): string => {
  // One ajv per schema, so its names (validate0, schema1…) do not shift when another schema changes.
  const ajv = addFormats.default(
    new Ajv2020({ ...ajvOptions, code: { source: true, esm: true, lines: true } }),
  );
  // Referenced by both record schemas; added (not compiled) so their $refs resolve.
  if (name !== 'version-history') ajv.addSchema(schemas['version-history']);
  const code = standaloneCode
    .default(ajv, ajv.compile(schemas[name]))
    .replace(/^"use strict";\n?/, '')
    // A named export only: the module's default would be a second name for it.
    .replace(/^export default \w+;\n/m, '');
  // `require("m").p`: a named import of `p`; for `default`, the module itself, since Node and
  // esbuild give a CommonJS module's `module.exports` as its default import and vitest its
  // `exports.default`.
  const required = [
    ...new Set([...code.matchAll(/require\("([^"]+)"\)\.(\w+)/g)].map((m) => m[0])),
  ];
  const bare = code.replaceAll(/require\("([^"]+)"\)\.(\w+)/g, '');
  if (bare.includes('require('))
    throw new Error(`${name}: ajv required a module in a way not handled`);
  const imports: string[] = [];
  const interop: string[] = [];
  const body = required.reduce<string>((text, call, index) => {
    const [, module = '', property = ''] = /require\("([^"]+)"\)\.(\w+)/.exec(call) ?? [];
    const from = module.endsWith('.js') ? module : `${module}.js`;
    const local = `runtime${index}`;
    if (property !== 'default') imports.push(`import { ${property} as ${local} } from '${from}';`);
    else {
      imports.push(`import ${local}Module from '${from}';`);
      interop.push(`const ${local} = ${local}Module.default ?? ${local}Module;`);
    }
    return text.replaceAll(call, local);
  }, code);
  return [banner(name), ...imports, ...interop, body.trimEnd(), ''].join('\n');
};

/** Every generated file, by its name in {@link validatorsDir}, from the schemas as they are now. */
export const validatorModules = (): Map<string, string> => {
  const names = Object.keys(schemas) as SchemaName[];
  return new Map(
    names.flatMap((name) => [
      [`${name}.js`, moduleCode(name)],
      [`${name}.d.ts`, types(name)],
    ]),
  );
};

/** The generated files that differ from what the schemas compile to now, or are missing or extra. */
export const staleValidators = async (): Promise<string[]> => {
  const expected = validatorModules();
  const present = await readdir(validatorsDir).catch(() => [] as string[]);
  const stale: string[] = present.filter((file) => !expected.has(file));
  for (const [file, text] of expected) {
    const committed = await readFile(join(validatorsDir, file), 'utf8').catch(() => undefined);
    if (committed !== text) stale.push(file);
  }
  return stale.sort();
};
