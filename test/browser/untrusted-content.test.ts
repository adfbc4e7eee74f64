import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAccept, connectBrowser, site } from './support/browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await connectBrowser();
});

afterAll(() => browser.close());

/** An officer's upload straight to the stack's S3 stand-in, as any S3 client sends it. */
const uploadPaper = async (key: string, text: string, id: string) => {
  const s3 = new S3Client({
    endpoint: site.s3Endpoint,
    forcePathStyle: true,
    region: 'eu-west-2',
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
  await s3.send(
    new PutObjectCommand({ Bucket: site.uploadBucket, Key: key, Body: text, Metadata: { id } }),
  );
  s3.destroy();
  await expect
    .poll(async () => (await fetch(`${site.apiUrl}/v1/papers/${id}`)).status, { timeout: 20_000 })
    .toBe(200);
};

/** Normalises text for searching: JSON and CSV escapes of line breaks, then every run of spaces. */
const plain = (text: string) => text.replace(/\\[nrt]/g, ' ').replace(/\s+/g, ' ');

/**
 * The text one address answers, and the links on it: every answer is fetched as the tab would
 * fetch it; a page's markup is then laid out in the tab (without its stylesheet, so hidden text
 * counts too) to read its text as the browser shows it, and its links.
 */
const read = async (page: Page, path: string): Promise<{ text: string; hrefs: string[] }> => {
  const response = await page.request.get(path, { headers: { accept: browserAccept } });
  const text = await response.text();
  if (!(response.headers()['content-type'] ?? '').startsWith('text/html'))
    return { text, hrefs: [] };
  await page.setContent(text, { waitUntil: 'domcontentloaded' });
  const shown = await page.locator('body').innerText();
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return {
    text: `${text}\n${shown}`,
    hrefs: hrefs.map((href) => new URL(href, new URL(path, site.apiUrl)).href),
  };
};

/**
 * What a crawler finds from the home page: every same-site address it can reach by links, with the
 * text it answered, level by level, `tabs` addresses at a time.
 */
const crawl = async (context: BrowserContext, tabs: number, limit: number) => {
  const origin = new URL(site.apiUrl).origin;
  const texts = new Map<string, string>();
  const seen = new Set(['/']);
  let level = ['/'];
  while (level.length > 0) {
    const next: string[] = [];
    const pending = [...level];
    const worker = async () => {
      const page = await context.newPage();
      for (let path = pending.shift(); path !== undefined; path = pending.shift()) {
        const { text, hrefs } = await read(page, path);
        texts.set(path, plain(text));
        for (const href of hrefs) {
          const url = new URL(href);
          const found = `${url.pathname}${url.search}`;
          if (url.origin !== origin || seen.has(found)) continue;
          if (seen.size >= limit) throw new Error(`The crawl passed ${limit} addresses`);
          seen.add(found);
          next.push(found);
        }
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: tabs }, worker));
    level = next;
  }
  return texts;
};

describe('untrusted and withheld content', () => {
  it('shows a paper holding <script> and an onerror image as text, running nothing, even without the CSP', async () => {
    // Prepare
    const markup = ['<script>alert("paper")</script>', `<img src="x" onerror="alert('image')">`];
    await uploadPaper(
      'uploads/papers/play-areas.txt',
      `Report to Cabinet\nDate: 9 May 2023\nTitle: Play areas\n\nSummary\nThe swings at ${markup[0]} Vale Park are to be replaced.\n${markup[1]} marks the new site.\n`,
      'play-areas-script',
    );
    const context = await browser.newContext({ baseURL: site.apiUrl, bypassCSP: true });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    // Act
    const response = await page.goto('/v1/papers/play-areas-script');
    const visible = await Promise.all(
      markup.map((text) => page.getByText(text, { exact: false }).isVisible()),
    );
    const injected = await page.locator('main script, main img').count();
    await context.close();

    // Assess
    expect(response?.status()).toBe(200);
    expect(visible).toEqual([true, true]);
    expect(injected).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('no page reachable from the home page shows a sentence of an exempt paper', async () => {
    // Prepare
    const audit = await fetch(`${site.apiUrl}/v1/audit/papers/${site.exempt.id}/versions/1`, {
      headers: { authorization: `Bearer ${site.auditToken}`, accept: 'application/json' },
    });
    const whole = plain(await audit.text());
    const context = await browser.newContext({ baseURL: site.apiUrl });

    // Act
    const texts = await crawl(context, 2, 3000);
    await context.close();

    // Assess
    expect(site.exempt.sentences.filter((sentence) => !whole.includes(sentence))).toEqual([]);
    expect(texts.get(`/v1/papers/${site.exempt.id}`)).toContain(
      'Disposal of Land at the Former Depot',
    );
    const leaks = [...texts].flatMap(([path, text]) =>
      site.exempt.sentences
        .filter((sentence) => text.includes(sentence))
        .map((sentence) => ({ path, sentence })),
    );
    expect(leaks).toEqual([]);
  }, 300_000);
});
