import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { validatorModules, validatorsDir } from './schema-validators.ts';

/**
 * `npm run build:validators`: compiles schemas/*.json into functions/domain/generated/, one module
 * per schema (run it after changing a schema; the unit tests say when it is due).
 */
const modules = validatorModules();
await mkdir(validatorsDir, { recursive: true });
for (const file of await readdir(validatorsDir))
  if (!modules.has(file)) await rm(join(validatorsDir, file));
for (const [file, text] of modules) await writeFile(join(validatorsDir, file), text);
console.log(
  `validators: ${modules.size / 2} schemas compiled into ${relative(process.cwd(), validatorsDir)}`,
);
