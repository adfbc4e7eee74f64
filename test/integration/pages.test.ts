import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../infra/local/paths.ts';
import { uploadSeeds } from '../../infra/local/seeds.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { type AnnouncedStack, announcedStack } from '../support/announced-stack.ts';
import { browserAccept } from '../support/seeded-api.ts';

let harness: AnnouncedStack;
let stack: LocalStack;

beforeAll(async () => {
  harness = await announcedStack();
  stack = harness.stack;
  await uploadSeeds(stack.clients.s3, stack.names.uploadBucket, join(repoRoot, 'seeds'));
  await stack.queue.whenIdle();
  const seed = await readFile(join(repoRoot, 'seeds', `${minutesFile}.txt`), 'utf8');
  await harness.upload(
    `uploads/papers/${minutesFile}.txt`,
    seed.replace('as a correct record', 'as an accurate record'),
  );
}, 120_000);

/** A seed paper (minutes) corrected once by the set-up: it has two versions. */
const minutesFile = '001_d9cb9d1c97fa0289';
/** The id ingest reads from the seed's body, date and title (its file name is a hash). */
const minutesId = 'childrens-select-committee-2018-11-27-agenda';

afterAll(() => harness.stop());

const browse = async (path: string) => {
  const response = await fetch(`${stack.apiUrl}${path}`, {
    headers: { accept: browserAccept, 'accept-encoding': 'gzip, br' },
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
};

describe('pages on the local stack, as a browser asks for them', () => {
  it('serves the home page with its stylesheet, compressed, under the page CSP', async () => {
    const home = await browse('/');
    const href = /<link rel="stylesheet" href="([^"]+)">/.exec(home.text)?.[1] ?? '';
    const css = await browse(href);

    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(home.headers.get('content-encoding')).toMatch(/^(br|gzip)$/);
    expect(home.headers.get('content-security-policy')).toContain("style-src 'self'");
    expect(home.headers.get('vary')).toContain('Accept');
    expect(home.text).toContain('<h1 class="govuk-heading-xl">Council papers and open data</h1>');
    expect(home.text).toContain(
      'href="/v1/papers/childrens-and-education-select-committee-2022-01-20-agenda"',
    );
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.headers.get('cache-control')).toContain('immutable');
    expect(css.text).toContain('.govuk-summary-list');
  });

  it('serves a paper as a page to a browser, and as JSON to an API client', async () => {
    const page = await browse(
      '/v1/papers/childrens-and-education-select-committee-2022-01-20-agenda',
    );
    const json = await fetch(
      `${stack.apiUrl}/v1/papers/childrens-and-education-select-committee-2022-01-20-agenda`,
    );

    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.text).toContain('Documents in this agenda pack');
    expect(page.text).toContain(
      'href="/v1/papers/childrens-and-education-select-committee-2022-01-20-agenda?format=json"',
    );
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(((await json.json()) as { id: string }).id).toBe(
      'childrens-and-education-select-committee-2022-01-20-agenda',
    );
  });

  it('serves a paper’s versions, a diff and its verification as pages, each linking to its JSON', async () => {
    // Prepare
    const base = `/v1/papers/${minutesId}`;

    // Act
    const [timeline, diff, verify] = await Promise.all(
      [`${base}/versions`, `${base}/versions/1/diff/2`, `${base}/verify`].map(browse),
    );

    // Assess
    for (const [page, path] of [
      [timeline, `${base}/versions`],
      [diff, `${base}/versions/1/diff/2`],
      [verify, `${base}/verify`],
    ] as const) {
      expect(page?.status).toBe(200);
      expect(page?.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page?.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(page?.text).toContain(`href="${path}?format=json"`);
    }
    expect(timeline?.text).toContain(
      `href="${base}/versions/1/diff/2">Compare version 2 with version 1</a>`,
    );
    expect(diff?.text).toContain(
      '</span>a correct<span class="govuk-visually-hidden">]</span></del>',
    );
    expect(diff?.text).toContain(
      '</span>an accurate<span class="govuk-visually-hidden">]</span></ins>',
    );
    expect(diff?.headers.get('cache-control')).toContain('immutable');
    expect(verify?.text).toContain('Chain intact');
  });

  it('shows a paper as it was on a date given in its form, and the JSON takes the same date', async () => {
    // Prepare
    const today = new Date().toISOString().slice(0, 10);
    const paper = await browse(`/v1/papers/${minutesId}`);

    // Act
    const then = await browse(`/v1/papers/${minutesId}?asOf=${today}`);
    const json = await fetch(`${stack.apiUrl}/v1/papers/${minutesId}?asOf=${today}`);

    // Assess
    expect(paper.text).toContain(`<form action="/v1/papers/${minutesId}" method="get"`);
    expect(paper.text).toContain('name="asOf" type="date"');
    expect(then.status).toBe(200);
    expect(then.text).toContain('This is the paper as the public saw it on');
    expect(((await json.json()) as { version: number }).version).toBe(2);
  });
});
