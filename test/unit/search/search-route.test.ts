import { beforeAll, describe, expect, it } from 'vitest';
import { browserAccept, type SeededApi, seededApi } from '../../support/seeded-api.ts';

let api: SeededApi;

beforeAll(async () => {
  api = await seededApi();
  await api.upload(
    'uploads/papers/tricky.txt',
    'Report to Cabinet\nDate: 9 May 2024\nTitle: Tricky <b>markup</b>\n\nThe Gnu <script>alert(1)</script> paddock & gate.\n',
  );
});

const json = async (query: Record<string, string>) => {
  const response = await api.get('/v1/search', { query });
  return { status: response.statusCode, body: JSON.parse(response.body ?? '{}') };
};

describe('GET /v1/search', () => {
  it('answers JSON with the search as understood, the total, the page and its cursor', async () => {
    // Act
    const first = await json({ q: 'committee', limit: '2' });
    const second = await json({ q: 'committee', limit: '2', cursor: first.body.next });
    // Assess
    expect(first.status).toBe(200);
    expect(first.body.query).toEqual({
      q: 'committee',
      type: null,
      body: null,
      from: null,
      to: null,
      documentType: null,
    });
    expect(first.body.items).toHaveLength(2);
    expect(first.body.total).toBeGreaterThan(2);
    const seen = [...first.body.items, ...second.body.items].map(
      (item: { id: string; kind: string; title: string }) =>
        `${item.kind} ${item.id} ${item.title}`,
    );
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('takes a body by its name, as its slug', async () => {
    const { body } = await json({ q: 'gnu', body: 'The Cabinet' });
    expect(body.query.body).toBe('cabinet');
    expect(body.items.map((item: { id: string }) => item.id)).toEqual(['tricky']);
  });

  it('names every bad parameter', async () => {
    const { status, body } = await json({ q: 'x', type: 'meeting', limit: '500' });
    expect(status).toBe(400);
    expect(body.errors.map((error: { where: string }) => error.where).sort()).toEqual([
      'query.limit',
      'query.type',
    ]);
  });
});

describe('the search page', () => {
  const page = async (query: Record<string, string>) =>
    (await api.get('/v1/search', { query, accept: browserAccept })).body ?? '';

  it('lists results with their passages escaped and the words marked, and says what was searched', async () => {
    // Act
    const html = await page({ q: 'gnu paddock', type: 'paper' });
    // Assess
    expect(html).toContain('<strong>1</strong> result for “gnu paddock”, filtered by Papers only.');
    expect(html).toContain(
      '<mark>Gnu</mark> &lt;script&gt;alert(1)&lt;/script&gt; <mark>paddock</mark> &amp; gate.',
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('href="/v1/papers/tricky"');
    expect(html).toContain('<option value="paper" selected>Papers</option>');
  });

  it('says so when nothing matches, and asks for words when none were given', async () => {
    expect(await page({ q: 'xylophone' })).toContain('No results match.');
    expect(await page({})).toContain('Enter the words to look for.');
  });
});

describe('/search', () => {
  it('sends the home page box to /v1/search with the same query', async () => {
    const response = await api.get('/search', {
      query: { q: 'library budget' },
      accept: browserAccept,
    });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/v1/search?q=library+budget');
  });
});
