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
}, 120_000);

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
    expect(home.text).toContain('href="/v1/papers/000_9edff7cd89e1ecb6"');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.headers.get('cache-control')).toContain('immutable');
    expect(css.text).toContain('.govuk-summary-list');
  });

  it('serves a paper as a page to a browser, and as JSON to an API client', async () => {
    const page = await browse('/v1/papers/000_9edff7cd89e1ecb6');
    const json = await fetch(`${stack.apiUrl}/v1/papers/000_9edff7cd89e1ecb6`);

    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.text).toContain('Documents in this agenda pack');
    expect(page.text).toContain('href="/v1/papers/000_9edff7cd89e1ecb6?format=json"');
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(((await json.json()) as { id: string }).id).toBe('000_9edff7cd89e1ecb6');
  });
});
