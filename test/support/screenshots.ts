import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { repoRoot } from '../../infra/local/paths.ts';
import { chromiumPath, sessionCookie } from '../browser/support/site.ts';
import { startBrowsedSite } from './browsed-site.ts';

/** The two windows each page is shown in: a desktop's and the narrowest phone's (WCAG reflow). */
const windows = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'mobile', viewport: { width: 320, height: 640 } },
] as const;

const outDir = join(repoRoot, 'docs/screenshots');

/** A page type's name as a file name: "error (404)" → "error-404". */
export const fileStem = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * `npm run screenshots`: starts the local stack with the seeds (as the browser tests do), opens
 * every kind of page in Debian's Chromium at 1280 and 320 px, and saves the first screen of each
 * as docs/screenshots/<page>-<window>.png, for the README.
 */
const main = async () => {
  const executablePath = await chromiumPath();
  const { harness, site } = await startBrowsedSite();
  const browser = await chromium.launch({ executablePath });
  try {
    await mkdir(outDir, { recursive: true });
    for (const window of windows) {
      const context = await browser.newContext({ baseURL: site.apiUrl, viewport: window.viewport });
      const page = await context.newPage();
      for (const pageType of site.pages) {
        // Officer and auditor pages: signed in as the one the page is for.
        await context.clearCookies();
        if (pageType.signIn)
          await context.addCookies([
            sessionCookie(
              site.apiUrl,
              pageType.signIn === 'officer' ? site.officerToken : site.auditToken,
            ),
          ]);
        await page.goto(pageType.path);
        const file = join(outDir, `${fileStem(pageType.name)}-${window.name}.png`);
        await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
        console.log(
          `${file}  ${pageType.path}  ${((await stat(file)).size / 1024).toFixed(0)} KiB`,
        );
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await harness.stop();
  }
};

await main();
