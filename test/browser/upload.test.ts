import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../infra/local/paths.ts';
import { connectBrowser, openTab, site } from './support/browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await connectBrowser();
});

afterAll(() => browser.close());

/** A real published paper (Kingston, a report to a neighbourhood committee), as a PDF. */
const realPaper = join(
  repoRoot,
  'test/fixtures/corpus/papers/03_uk-kingston-report-manorgate-road-petition-2026-01-15.pdf',
);

/** A CSV whose third data row has one cell too many: a ragged row, which rejects it. */
const brokenCsv = {
  name: 'ward-spend-broken.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from('ward,amount\nCoombe Hill,1200\nBerrylands,900,extra\nTolworth,450\n'),
};

describe('an officer uploads through /upload in a browser', () => {
  it('signs in with the form, then sees a real paper accepted and a broken CSV rejected, with the reasons', async () => {
    // Prepare
    const { page, context } = await openTab(browser);
    await page.goto('/upload');
    await page.getByLabel('Your sign-in token').fill(site.officerToken);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/upload');

    // Act
    await page.locator('#paper-file').setInputFiles(realPaper);
    await page.locator('form[data-kind="paper"]').getByRole('button', { name: 'Upload' }).click();
    await page.locator('#dataset-file').setInputFiles(brokenCsv);
    await page.locator('form[data-kind="dataset"]').getByRole('button', { name: 'Upload' }).click();
    const paperResult = page.locator('#paper-results li');
    const csvResult = page.locator('#dataset-results li');
    await paperResult.getByText('Accepted').waitFor({ timeout: 60_000 });
    await csvResult.getByText('Rejected').waitFor({ timeout: 60_000 });
    const paperText = await paperResult.innerText();
    const csvText = await csvResult.innerText();
    await context.close();

    // Assess
    expect(paperText).toContain('paper 03_uk-kingston-report-manorgate-road-petition-2026-01-15');
    expect(paperText).toMatch(/Read as: report · .+ · \d+ items, \d+ attendees, \d+ decisions/);
    expect(csvText).toContain('ward-spend-broken.csv');
    expect(csvText).toMatch(/Line in the file\s+Field\s+Problem\s+How to fix it/);
    expect(csvText).toContain('more cells than the header has columns');
  });

  it('uploads one file without JavaScript, and lands on its outcome page', async () => {
    // Prepare
    const context = await browser.newContext({ baseURL: site.apiUrl, javaScriptEnabled: false });
    await context.addCookies([
      {
        name: 'council-session',
        value: site.officerToken,
        url: site.apiUrl,
        httpOnly: true,
        sameSite: 'Strict',
      },
    ]);
    const page = await context.newPage();
    await page.goto('/upload');

    // Act
    await page.locator('#paper-file').setInputFiles({
      name: 'parish minutes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Parish Council\nMinutes\nDate: 2 April 2024\n\n1. Apologies\nNone.\n'),
    });
    await page.locator('form[data-kind="paper"]').getByRole('button', { name: 'Upload' }).click();
    await page.waitForURL('**/upload/outcome?**');
    for (let attempt = 0; attempt < 20; attempt++) {
      if (!(await page.getByText('Check again').count())) break;
      await page.waitForTimeout(250);
      await page.reload();
    }
    const main = await page.locator('main').innerText();
    await context.close();

    // Assess
    expect(main).toContain('Accepted');
    expect(main).toContain('paper parish-minutes');
  });
});
