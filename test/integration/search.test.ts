import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../infra/local/paths.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { type AnnouncedStack, announcedStack } from '../support/announced-stack.ts';
import { browserAccept } from '../support/seeded-api.ts';

let harness: AnnouncedStack;
let stack: LocalStack;

beforeAll(async () => {
  harness = await announcedStack();
  stack = harness.stack;
}, 120_000);

afterAll(() => harness.stop());

interface Found {
  readonly total: number;
  readonly items: {
    id: string;
    snippet: { text: string; highlights: { start: number; end: number }[] };
  }[];
}

const search = async (query: string): Promise<Found> =>
  (await (await fetch(`${stack.apiUrl}/v1/search?${query}`)).json()) as Found;

/** Asks until the answer satisfies `done`: the API refreshes its index every few seconds. */
const poll = async (query: string, done: (found: Found) => boolean): Promise<Found> => {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const found = await search(query);
    if (done(found) || Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
};

describe('search on the local stack', () => {
  it('finds a seed paper by a phrase of its text soon after it is ingested, and forgets it once withdrawn', async () => {
    // Prepare: a phrase from the seed's own text.
    const seed = '002_d1557ae21bff9908.txt';
    const text = await readFile(join(repoRoot, 'seeds', seed), 'utf8');
    expect(text).toContain('pressures on council budgets');
    const phrase = encodeURIComponent('pressures on council budgets');
    // Act
    await harness.upload(`uploads/papers/${seed}`, text);
    const found = await poll(`q=${phrase}`, (result) => result.total > 0);
    // Assess
    expect(found.items[0]?.id).toBe('cabinet-2023-05-09-childrens-services-update');
    const snippet = found.items[0]?.snippet;
    expect(
      snippet?.highlights.map(({ start, end }) => snippet.text.slice(start, end).toLowerCase()),
    ).toEqual(expect.arrayContaining(['pressures', 'council', 'budgets']));

    // Act: the upload is deleted, which withdraws the paper.
    await harness.remove(`uploads/papers/${seed}`);
    const gone = await poll(`q=${phrase}`, (result) => result.total === 0);
    // Assess
    expect(gone.total).toBe(0);
  }, 90_000);

  it('answers a browser with the search page, and sends the home page box there', async () => {
    const page = await fetch(`${stack.apiUrl}/search?q=budgets`, {
      headers: { accept: browserAccept },
    });
    expect(page.url).toBe(`${stack.apiUrl}/v1/search?q=budgets`);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    expect(html).toContain('<label class="govuk-label govuk-label--m" for="search-q">');
    expect(html).toMatch(/results? for “budgets”/);
  });
});
