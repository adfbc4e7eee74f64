import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, openTab } from './support/browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await connectBrowser();
});

afterAll(() => browser.close());

describe('a person browsing the site', () => {
  it('goes from the home page to a meeting, one of its papers, that paper’s first version, and back', async () => {
    // Prepare
    const { page, context } = await openTab(browser);
    await page.goto('/');
    const heading = page.getByRole('heading', { level: 1 });
    const visited: { url: string; heading: string }[] = [];
    const note = async () =>
      visited.push({ url: new URL(page.url()).pathname, heading: await heading.innerText() });

    // Act
    await note();
    await page
      .getByRole('region', { name: 'The latest meetings held, most recent first' })
      .locator('a[href^="/v1/meetings/"]')
      .first()
      .click();
    await page.waitForURL('**/v1/meetings/*');
    await note();
    await page
      .getByRole('region', { name: 'Papers that speak of this meeting' })
      .getByRole('link')
      .first()
      .click();
    await page.waitForURL('**/v1/papers/*');
    await note();
    await page.getByRole('link', { name: 'Version 1', exact: true }).click();
    await page.waitForURL('**/versions/1');
    await note();
    await page.goBack();
    await page.waitForURL((url) => !url.pathname.includes('/versions/'));
    await note();
    await context.close();

    // Assess
    const [home, meeting, paper, version, back] = visited;
    expect(home).toEqual({ url: '/', heading: 'Council papers and open data' });
    expect(meeting?.url).toMatch(/^\/v1\/meetings\/[a-z0-9-]+-\d{4}-\d{2}-\d{2}$/);
    expect(meeting?.heading).toMatch(/^Meeting\n?/);
    expect(paper?.url).toMatch(/^\/v1\/papers\/[^/]+$/);
    expect(version?.url).toBe(`${paper?.url}/versions/1`);
    expect(version?.heading).toContain(', version 1');
    expect(back).toEqual(paper);
  });
});
