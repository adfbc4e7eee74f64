import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, keptTabs, openTab, pagePath, site } from './support/browser.ts';
import { type Focused, focused, tabTo } from './support/focus.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await connectBrowser();
});

afterAll(() => browser.close());

const tab = keptTabs(() => browser);

const headerOrder = [
  'Skip to main content',
  'Council papers',
  'Papers',
  'Meetings',
  'Decisions',
  'Committees',
  'Datasets',
];

describe('keyboard-only use', () => {
  it.for(site.pages)(
    'on the $name page, Tab reaches the skip link first, then the header links, each visibly focused',
    async (pageType) => {
      // Prepare
      const page = await tab(undefined, pageType);
      await page.goto(pageType.path);

      // Act
      const stops: Focused[] = [];
      for (const _ of headerOrder) {
        await page.keyboard.press('Tab');
        stops.push(await focused(page));
      }

      // Assess
      expect(stops.map((stop) => stop.text)).toEqual(headerOrder);
      expect(stops.filter((stop) => !stop.indicated)).toEqual([]);
    },
  );

  it('the skip link takes the focus past the header and breadcrumbs into the main content', async () => {
    // Prepare
    const { page, context } = await openTab(browser);
    await page.goto(pagePath('paper version'));
    await page.keyboard.press('Tab');

    // Act
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const next = await focused(page);
    await context.close();

    // Assess
    expect(next.inMain).toBe(true);
    expect(next.indicated).toBe(true);
  });

  it('filters the decision register from the home page with the keyboard alone', async () => {
    // Prepare
    const { page, context } = await openTab(browser);
    await page.goto('/');
    const committee = new URL(
      pagePath('decisions register, filtered'),
      site.apiUrl,
    ).searchParams.get('body');
    await tabTo(page, (element) => element.text === 'Decisions');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/v1/decisions');
    await tabTo(page, (element) => element.text.startsWith('All committees'));

    // Act
    let chosen = await page.locator('#filter-body').inputValue();
    for (let press = 0; press < 20 && chosen !== committee; press++) {
      await page.keyboard.press('ArrowDown');
      chosen = await page.locator('#filter-body').inputValue();
    }
    const button = await tabTo(page, (element) => element.text === 'Filter');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/v1\/decisions\?/);
    const url = new URL(page.url());
    const rows = await page
      .getByRole('region', { name: 'Decisions, earliest meeting first' })
      .locator('tbody tr')
      .count();
    const kept = await page.locator('#filter-body').inputValue();
    await context.close();

    // Assess
    expect(button.indicated).toBe(true);
    expect(url.searchParams.get('body')).toBe(committee);
    expect(rows).toBeGreaterThan(0);
    expect(kept).toBe(committee);
  });

  it('shows a paper as it was on a date, typed into its versions page’s form with the keyboard alone', async () => {
    // Prepare
    const { page, context } = await openTab(browser);
    await page.goto(pagePath('paper versions'));
    // A date field's parts come in the order of the browser's language (month first in en-US).
    const order = await page.evaluate(() =>
      new Intl.DateTimeFormat(navigator.language)
        .formatToParts(new Date(Date.UTC(2099, 11, 31)))
        .map((part) => part.type)
        .filter((type) => type === 'day' || type === 'month' || type === 'year'),
    );
    const digits: Record<string, string> = { day: '31', month: '12', year: '2099' };
    const field = await tabTo(page, (element) => element.text === 'as-of');

    // Act
    for (const part of order) await page.keyboard.type(digits[part] ?? '');
    const typed = await page.locator('#as-of').inputValue();
    const button = await tabTo(page, (element) => element.text === 'Show it as it was');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.has('asOf'));
    const url = new URL(page.url());
    const notice = await page.locator('main .govuk-inset-text').first().innerText();
    await context.close();

    // Assess
    expect(typed).toBe('2099-12-31');
    expect(field.indicated).toBe(true);
    expect(button.indicated).toBe(true);
    expect(`${url.pathname}${url.search}`).toBe(`${pagePath('paper')}?asOf=2099-12-31`);
    expect(notice).toContain('as the public saw it on 31 December 2099: version 2');
  });

  it('reaches each comparison on a paper’s versions page, visibly focused, and follows it with Enter', async () => {
    // Prepare
    const { page, context } = await openTab(browser);
    await page.goto(pagePath('paper versions'));

    // Act
    const compare = await tabTo(
      page,
      (element) => element.text === 'Compare version 2 with version 1',
      80,
    );
    await page.keyboard.press('Enter');
    await page.waitForURL('**/versions/1/diff/2');
    await context.close();

    // Assess
    expect(compare.indicated).toBe(true);
    expect(compare.inMain).toBe(true);
  });
});
