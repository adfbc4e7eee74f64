import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, tableRules } from './support/axe.ts';
import {
  connectBrowser,
  desktop,
  keptTabs,
  mobile,
  openTab,
  pagePath,
  site,
} from './support/browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await connectBrowser();
});

afterAll(() => browser.close());

const tab = keptTabs(() => browser);

const windows = [
  { name: 'desktop', viewport: desktop },
  { name: 'mobile', viewport: mobile },
];

describe.for(windows)(
  'every kind of page, on $name, checked by axe-core against WCAG 2.2 A and AA',
  (window) => {
    it.for(site.pages)('the $name page ($path) has no violations', async (pageType) => {
      // Prepare
      const page = await tab(window.viewport, pageType);
      const response = await page.goto(pageType.path);

      // Act
      const violations = await axeViolations(page);

      // Assess
      expect(response?.status()).toBe(pageType.status);
      expect(violations).toEqual([]);
    });
  },
);

describe('tables read from papers', () => {
  it('name every column, so a screen reader can say what each cell is', async () => {
    // Prepare
    const { page, context } = await openTab(browser);
    await page.goto(pagePath('paper'));
    const tables = await page.locator('main table').count();

    // Act
    const violations = await axeViolations(page, tableRules);
    await context.close();

    // Assess
    expect(tables).toBeGreaterThan(1);
    expect(violations).toEqual([]);
  });
});
