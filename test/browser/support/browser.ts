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

/**
 * Tabs kept across the tests of a file that each load one kind of page: one per window size and
 * visitor (public, officer, auditor). A page loads into a fresh document either way; what a kept
 * tab spares is opening a browser context per test, and for axe-core, loading it into a new
 * renderer each time (most of each check's time before).
 */
export const keptTabs = (browser: () => Browser) => {
  const tabs = new Map<string, Promise<{ page: Page; context: BrowserContext }>>();
  return (
    viewport: { readonly width: number; readonly height: number } = desktop,
    pageType?: PageType,
  ): Promise<Page> => {
    const key = `${viewport.width}x${viewport.height} ${pageType?.signIn ?? 'public'}`;
    let tab = tabs.get(key);
    if (!tab) {
      tab = openTab(browser(), viewport, pageType);
      tabs.set(key, tab);
    }
    return tab.then(({ page }) => page);
  };
};

/** The address of a kind of page (by its name in {@link BrowsedSite.pages}). */
export const pagePath = (name: string): string => {
  const found = site.pages.find((pageType) => pageType.name === name);
  if (!found) throw new Error(`The browsed site has no ${name} page`);
  return found.path;
};
