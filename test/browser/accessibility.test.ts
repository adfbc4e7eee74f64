import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { connectBrowser, desktop, mobile, openTab, site } from './support/browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await connectBrowser();
});

afterAll(() => browser.close());

const windows = [
  { name: 'desktop', viewport: desktop },
  { name: 'mobile', viewport: mobile },
];

describe.for(windows)(
  'every kind of page, on $name, checked by axe-core against WCAG 2.2 A and AA',
  (window) => {
    it.for(site.pages)('the $name page ($path) has no violations', async (pageType) => {
      // Prepare
      const { page, context } = await openTab(browser, window.viewport);
      const response = await page.goto(pageType.path);

      // Act
      const violations = await axeViolations(page);
      await context.close();

      // Assess
      expect(response?.status()).toBe(pageType.status);
      expect(violations).toEqual([]);
    });
  },
);
