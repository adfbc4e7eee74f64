import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, keptTabs, mobile, openTab, pagePath, site } from './support/browser.ts';
import { focused } from './support/focus.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await connectBrowser();
});

afterAll(() => browser.close());

const tab = keptTabs(() => browser);

describe('at 320 px wide (WCAG 1.4.10 reflow)', () => {
  it.for(site.pages)('the $name page does not scroll sideways', async (pageType) => {
    // Prepare
    const page = await tab(mobile, pageType);

    // Act
    await page.goto(pageType.path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);

    // Assess
    expect(width).toBeLessThanOrEqual(mobile.width);
  });

  it('a table wider than the screen scrolls in its own box, which the keyboard can focus and scroll', async () => {
    // Prepare
    const { page, context } = await openTab(browser, mobile);
    await page.goto(pagePath('dataset'));
    const wrappers = page.locator('.app-table-wrapper');
    const boxes = await wrappers.evaluateAll((elements) =>
      elements.map((element) => ({
        overflows: element.scrollWidth > element.clientWidth,
        right: element.getBoundingClientRect().right,
        overflowX: getComputedStyle(element).overflowX,
      })),
    );
    const index = boxes.findIndex((box) => box.overflows);
    if (index < 0) throw new Error('The dataset page has no table wider than 320 px to scroll');
    const box = wrappers.nth(index);

    // Act
    await box.focus();
    const focus = await focused(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    await context.close();

    // Assess
    expect(boxes[index]).toMatchObject({ overflowX: 'auto' });
    expect(boxes[index]?.right).toBeLessThanOrEqual(mobile.width);
    expect(focus.indicated).toBe(true);
    expect(pageWidth).toBeLessThanOrEqual(mobile.width);
  });
});
