import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, openTab, pagePath } from './support/browser.ts';

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

  it('goes from the home page to a meeting, a corrected paper, its versions, and what the correction changed', async () => {
    // Prepare
    const { page, context } = await openTab(browser);
    const paperPath = pagePath('paper');
    await page.goto('/');
    const heading = page.getByRole('heading', { level: 1 });
    const visited: { url: string; heading: string }[] = [];
    const note = async () =>
      visited.push({ url: new URL(page.url()).pathname, heading: await heading.innerText() });

    // Act
    await page
      .getByRole('region', { name: 'The latest meetings held, most recent first' })
      .locator(`a[href="${pagePath('meeting')}"]`)
      .click();
    await page.waitForURL(`**${pagePath('meeting')}`);
    await note();
    await page
      .getByRole('region', { name: 'Papers that speak of this meeting' })
      .locator(`a[href="${paperPath}"]`)
      .first()
      .click();
    await page.waitForURL(`**${paperPath}`);
    await note();
    await page.getByRole('link', { name: 'The history of this paper' }).click();
    await page.waitForURL(`**${paperPath}/versions`);
    await note();
    await page.getByRole('link', { name: 'Compare version 2 with version 1' }).click();
    await page.waitForURL(`**${paperPath}/versions/1/diff/2`);
    await note();
    const removed = await page.locator('main del').allInnerTexts();
    const added = await page.locator('main ins').allInnerTexts();
    await context.close();

    // Assess
    expect(visited.map((step) => step.url)).toEqual([
      pagePath('meeting'),
      paperPath,
      `${paperPath}/versions`,
      `${paperPath}/versions/1/diff/2`,
    ]);
    expect(visited[2]?.heading).toMatch(/Versions$/);
    expect(visited[3]?.heading).toMatch(/Changes from version 1 to version 2$/);
    expect(added.join(' ')).toContain('as amended at the meeting');
    expect(removed.length).toBeGreaterThan(0);
  });
});
