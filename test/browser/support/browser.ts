import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { type BrowsedSite, type PageType, sessionCookie } from './site.ts';

/** The site this run browses (started once by the browser project's global setup). */
export const site: BrowsedSite = inject('site');

/** What a browser sends when it follows a link. */
export const browserAccept =
  'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

export const desktop = { width: 1280, height: 800 } as const;
export const mobile = { width: 320, height: 640 } as const;

/** Connects to the run's Chromium. */
export const connectBrowser = (): Promise<Browser> => chromium.connect(site.wsEndpoint);

/**
 * A fresh tab (its own cookies and history) on the site, with a window of the given size, signed
 * in as the officer or auditor a page type needs.
 */
export const openTab = async (
  browser: Browser,
  viewport: { readonly width: number; readonly height: number } = desktop,
  pageType?: PageType,
): Promise<{ page: Page; context: BrowserContext }> => {
  const context = await browser.newContext({ baseURL: site.apiUrl, viewport });
  if (pageType?.signIn)
    await context.addCookies([
      sessionCookie(
        site.apiUrl,
        pageType.signIn === 'officer' ? site.officerToken : site.auditToken,
      ),
    ]);
  return { page: await context.newPage(), context };
};

/** The address of a kind of page (by its name in {@link BrowsedSite.pages}). */
export const pagePath = (name: string): string => {
  const found = site.pages.find((pageType) => pageType.name === name);
  if (!found) throw new Error(`The browsed site has no ${name} page`);
  return found.path;
};
