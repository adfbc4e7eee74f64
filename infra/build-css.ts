import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compile } from 'sass';
import { stylesheetPathOf } from '../functions/web/assets/stylesheet.ts';

const assets = new URL('../functions/web/assets/', import.meta.url);
const frontend = new URL('../node_modules/govuk-frontend/package.json', import.meta.url);

/**
 * Embeds the upload page's script (`functions/web/assets/upload.js`, browser JavaScript as it is
 * served) into `upload-js.json`, imported like the stylesheet; a unit test fails while it is stale.
 */
const embedScript = async () => {
  const js = await readFile(new URL('upload.js', assets), 'utf8');
  const out = new URL('upload-js.json', assets);
  await writeFile(out, `${JSON.stringify({ js }, null, 2)}\n`);
  console.log(`${fileURLToPath(out)}: ${js.length} characters`);
};

/**
 * Compiles the site's stylesheet (`functions/web/assets/site.scss`: GOV.UK Frontend in the system
 * font stack, plus our own rules) into `site-css.json` (and its path into `site-css-meta.json`), a module every runtime imports the same
 * way (Lambda bundle, local stack, tests). Run after changing the SCSS or bumping govuk-frontend:
 * `npm run build:css`; a unit test fails while the JSON names another govuk-frontend version.
 */
const build = async () => {
  const { version } = JSON.parse(await readFile(frontend, 'utf8')) as { version: string };
  const { css } = compile(fileURLToPath(new URL('site.scss', assets)), {
    style: 'compressed',
    loadPaths: [fileURLToPath(new URL('../node_modules/', import.meta.url))],
    quietDeps: true,
    silenceDeprecations: ['import'],
  });
  const out = new URL('site-css.json', assets);
  await writeFile(out, `${JSON.stringify({ govukFrontend: version, css }, null, 2)}\n`);
  // Its path, apart, so pages can name it without loading it.
  const path = stylesheetPathOf(css);
  const meta = new URL('site-css-meta.json', assets);
  await writeFile(meta, `${JSON.stringify({ govukFrontend: version, path }, null, 2)}\n`);
  console.log(`${fileURLToPath(out)}: ${css.length} characters (govuk-frontend ${version})`);
};

await build();
await embedScript();
