import { beforeAll, describe, expect, it } from 'vitest';
import { stylesheet } from '../../../functions/web/assets/stylesheet.ts';
import { browserAccept, type SeededApi, seededApi } from '../../support/seeded-api.ts';

const exemptText =
  'The council proposes to sell the depot at Tring Road for £2.4m to the bidder named.';

let api: SeededApi;

beforeAll(async () => {
  api = await seededApi();
  await api.upload(
    'uploads/papers/hostile-report.txt',
    [
      'Report to Cabinet',
      '',
      'Date: Tuesday 14 May 2024',
      'Title: Parking <script>alert(1)</script> charges',
      '',
      'The consultation said <script>alert(1)</script> & more.',
    ].join('\n'),
  );
  await api.upload(
    'uploads/papers/depot-sale.txt',
    [
      'Report to Cabinet',
      '',
      'Date: Tuesday 14 May 2024',
      'Title: Disposal of the Tring Road depot',
      '',
      'NOT FOR PUBLICATION by virtue of paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972',
      '',
      exemptText,
    ].join('\n'),
  );
  await api.upload(
    'uploads/datasets/ward-counts.schema.json',
    JSON.stringify({
      fields: [
        { name: 'ward', type: 'string', description: 'The electoral ward' },
        { name: 'count', type: 'integer', constraints: { required: true } },
      ],
      primaryKey: ['ward'],
    }),
  );
  await api.upload(
    'uploads/datasets/ward-counts.csv',
    'ward,count\nAylesbury,3\nWycombe,many\nChesham,7\n',
    { title: 'Complaints by ward', description: 'Complaints received in 2023, by ward.' },
  );
});

const page = async (path: string, query?: Record<string, string>) => {
  const response = await api.get(path, { accept: browserAccept, ...(query && { query }) });
  return { response, body: response.body ?? '' };
};

/** The page's text without its markup, entities decoded, spaces collapsed. */
const textOf = (body: string) =>
  body
    .replace(/<head>[\s\S]*?<\/head>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&amp;', '&')
    .replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replace(/\s+/g, ' ');

const everyPage = [
  '/',
  '/v1/papers',
  '/v1/papers/childrens-and-education-select-committee-2022-01-20-agenda',
  '/v1/papers/childrens-and-education-select-committee-2022-01-20-agenda/versions/1',
  '/v1/papers/childrens-and-education-select-committee-2022-01-20-agenda/documents/2',
  '/v1/papers/depot-sale',
  '/v1/meetings',
  '/v1/meetings/buckinghamshire-council--childrens-and-education-select-committee--2021-11-11',
  '/v1/bodies',
  '/v1/bodies/buckinghamshire-council--childrens-and-education-select-committee',
  '/v1/decisions',
  '/v1/datasets',
  '/v1/datasets/ward-counts',
  '/v1/datasets/ward-counts/versions/1',
];

describe('pages for people', () => {
  it.each(everyPage)(
    '%s is a GOV.UK page with a skip link, one h1, lang and captioned tables',
    async (path) => {
      const { response, body } = await page(path);

      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(body).toMatch(/^<!DOCTYPE html>\n<html lang="en" class="govuk-template">/);
      expect(body).toContain(
        '<a href="#main-content" class="govuk-skip-link">Skip to main content</a>',
      );
      expect(body).toContain('<main class="govuk-main-wrapper" id="main-content" lang="en">');
      expect(body.match(/<h1[ >]/g)).toHaveLength(1);
      expect(body.match(/<table/g)?.length ?? 0).toBe(body.match(/<caption/g)?.length ?? 0);
      expect(body).toContain(`<link rel="stylesheet" href="${stylesheet.path}">`);
      expect(body).not.toMatch(/<script|<[a-z][^>]*\sstyle=/i);
    },
  );

  it.each(everyPage)('%s links to itself as JSON', async (path) => {
    const { body } = await page(path);

    expect(body).toContain(`href="${path}?format=json"`);
  });

  it('puts a strict Content-Security-Policy on pages, and none on JSON', async () => {
    const { response } = await page('/');
    const json = await api.get('/', { accept: 'application/json' });

    expect(response.headers['Content-Security-Policy']).toBe(
      "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types 'none'",
    );
    expect(response.headers['X-Frame-Options']).toBe('DENY');
    expect(json.headers['Content-Security-Policy']).toBeUndefined();
  });

  it('home: a search form to /search, latest papers, meetings either side of today, datasets', async () => {
    const { body } = await page('/');
    const text = textOf(body);

    expect(body).toContain('<form action="/search" method="get" role="search"');
    expect(body).toContain('<label class="govuk-label govuk-label--m" for="search-q">');
    expect(body).toContain('id="search-q" name="q" type="search"');
    expect(text).toContain('Latest papers');
    expect(text).toContain("Children's Services Update");
    expect(text).toContain('No meetings are scheduled in the papers published so far.');
    expect(text).toMatch(/Recent meetings .*14 May 2024 Cabinet 9 May 2023 Cabinet/);
    expect(text).toContain('Complaints by ward');
  });

  it('paper: facts, the documents of a pack, tables, text, the original and its versions', async () => {
    const { body } = await page(
      '/v1/papers/childrens-and-education-select-committee-2022-01-20-agenda',
    );
    const text = textOf(body);

    expect(text).toContain("Agenda pack Children's & Education Select Committee Agenda");
    expect(text).toContain("Committee Children's & Education Select Committee");
    expect(text).toContain('Meeting date 20 January 2022');
    expect(text).toContain('Documents in this agenda pack');
    expect(text).toContain(
      "2 Minutes Minutes Children's & Education Select Committee 11 November 2021 57–198",
    );
    expect(body).toContain(
      'href="/v1/papers/childrens-and-education-select-committee-2022-01-20-agenda/documents/2"',
    );
    expect(body).toContain(
      'href="/v1/datasets/childrens-and-education-select-committee-2022-01-20-agenda-table-1"',
    );
    expect(body).toContain(
      'href="/v1/meetings/buckinghamshire-council--childrens-and-education-select-committee--2022-01-20"',
    );
    expect(text).toContain('Download the original (TEXT, 164 kB)');
    expect(body).toContain(
      'href="/v1/papers/childrens-and-education-select-committee-2022-01-20-agenda/versions/1/original"',
    );
    expect(text).toContain('Every version of this paper, oldest first');
    expect(text).toContain('Webcasting notice');
  });

  it('pack document: its committee and meeting date, where it sits in the pack, its decisions and its lines', async () => {
    const { body } = await page(
      '/v1/papers/childrens-and-education-select-committee-2022-01-20-agenda/documents/2',
    );
    const text = textOf(body);

    expect(text).toContain('Minutes, document 2 of a pack');
    expect(text).toContain("Committee Children's & Education Select Committee");
    expect(text).toContain('Meeting date 11 November 2021');
    expect(text).toContain('version 1, lines 57–198');
    expect(text).toContain('Decisions Item 3: the minutes of the meeting held on 9th September');
    expect(text).toContain('MINUTES OF THE MEETING OF THE CHILDREN');
    expect(body).toContain(
      'href="/v1/papers/childrens-and-education-select-committee-2022-01-20-agenda"',
    );
  });

  it('paper: a table read with blank header cells names those columns by position', async () => {
    const { body } = await page('/v1/papers/childrens-select-committee-2018-11-27-agenda');

    expect(body).toMatch(/<th scope="col" class="govuk-table__header">Column \d+<\/th>/);
    expect(body).not.toMatch(/<th scope="col" class="govuk-table__header[^"]*">\s*<\/th>/);
  });

  it('paper: authors, when the paper names them', async () => {
    const { body } = await page('/v1/papers/cabinet-2023-05-09-childrens-services-update');

    expect(textOf(body)).toMatch(/Authors [A-Z]/);
  });

  it('paper version: says which version it is and links back to the paper', async () => {
    const { body } = await page(
      '/v1/papers/childrens-and-education-select-committee-2022-01-20-agenda/versions/1',
    );

    expect(textOf(body)).toContain('Agenda pack, version 1');
    expect(body).toContain(
      '<a class="govuk-breadcrumbs__link" href="/v1/papers/childrens-and-education-select-committee-2022-01-20-agenda">',
    );
  });

  it('renders a paper whose text holds a script as text, never as markup', async () => {
    const { body } = await page('/v1/papers/hostile-report');

    expect(body).not.toContain('<script>');
    expect(body).toContain(
      'The consultation said &lt;script&gt;alert(1)&lt;/script&gt; &amp; more.',
    );
  });

  it('shows that an exempt paper is withheld and why, never its text or original', async () => {
    const { body } = await page('/v1/papers/depot-sale');
    const version = await page('/v1/papers/depot-sale/versions/1');
    const text = textOf(body);

    expect(version.body).toContain('Withheld from publication');
    expect(version.body).not.toContain('proposes to sell the depot');
    expect(text).toContain('Disposal of the Tring Road depot');
    expect(text).toContain('Withheld from publication: marked not for publication (paragraph 3).');
    expect(text).toContain('Exempt');
    expect(body).not.toContain('proposes to sell the depot');
    expect(body).not.toContain('/versions/1/original');
    expect(text).not.toContain('Text The text as read');
  });

  it('meeting: when and where, papers, agenda, attendance and decisions', async () => {
    const { body } = await page(
      '/v1/meetings/buckinghamshire-council--childrens-and-education-select-committee--2021-11-11',
    );
    const text = textOf(body);

    expect(text).toContain("Meeting Children's & Education Select Committee, 11 November 2021");
    expect(text).toContain('Papers that speak of this meeting');
    expect(text).toMatch(/Present [A-Z]/);
    expect(text).toContain('the work programme be AGREED');
    expect(text).toContain('K Bates Councillor K Bates declared a personal interest');
    expect(body).toContain(
      'href="/v1/bodies/buckinghamshire-council--childrens-and-education-select-committee"',
    );
  });

  it('meeting: the agenda from its agenda pack', async () => {
    const { body } = await page(
      '/v1/meetings/buckinghamshire-council--childrens-and-education-select-committee--2022-01-20',
    );

    expect(textOf(body)).toMatch(/Agenda items Item Title Paper 1 APOLOGIES FOR ABSENCE/i);
  });

  it('meeting: an agenda item set as a heading without a number shows a dash, named for screen readers', async () => {
    // Prepare
    await api.upload(
      'uploads/papers/ayton-minutes.md',
      [
        '# Minutes of the meeting of Ayton Community Council held on Tuesday 6 May 2025',
        '',
        '_Held in Ayton Community Hall at 7:00pm._',
        '',
        '## Public Forum',
        '',
        'Residents raised the state of the footpath by the school.',
        '',
        '## Road Closures',
        '',
        'The A1 closure runs to the end of May.',
        '',
        '## Treasurer’s Report',
        '',
        'The balance stands at £1,204.',
      ].join('\n'),
    );
    const list = await page('/v1/meetings');
    const href = /href="(\/v1\/meetings\/[^"]*2025-05-06)"/.exec(list.body)?.[1];

    // Act
    const { body } = await page(href ?? '/v1/meetings/missing');

    // Assess
    expect(textOf(body)).toMatch(/Agenda items Item Title Paper – Not numbered Public Forum/);
  });

  it('bodies: every committee, and one committee with its meetings', async () => {
    const list = textOf((await page('/v1/bodies')).body);
    const one = textOf(
      (await page('/v1/bodies/buckinghamshire-council--childrens-and-education-select-committee'))
        .body,
    );

    expect(list).toContain("Children's & Education Select Committee");
    expect(list).toContain('Cabinet');
    expect(one).toContain(
      "Meetings of the Children's & Education Select Committee, earliest first",
    );
    expect(one).toContain('11 November 2021');
    expect(one).toContain('20 January 2022');
    expect(one).not.toContain('9 May 2023');
  });

  it('decisions: a GET form with labelled fields, filtering by committee and dates', async () => {
    const all = await page('/v1/decisions');
    const filtered = await page('/v1/decisions', {
      body: 'test-council--cabinet',
      from: '2021-01-01',
      to: '',
      q: '',
    });

    expect(all.body).toContain('<form action="/v1/decisions" method="get"');
    for (const id of ['filter-body', 'filter-from', 'filter-to', 'filter-q'])
      expect(all.body).toContain(`<label class="govuk-label" for="${id}">`);
    expect(textOf(all.body)).toContain('the work programme be AGREED');
    expect(filtered.response.statusCode).toBe(200);
    expect(filtered.body).toContain('<option value="test-council--cabinet" selected>');
    expect(filtered.body).toContain('value="2021-01-01"');
    expect(textOf(filtered.body)).not.toContain('the work programme be AGREED');
  });

  it("datasets: uploaded ones by default, a paper's tables one link away", async () => {
    // Act
    const uploaded = await page('/v1/datasets');
    const tables = await page('/v1/datasets', { origin: 'paper' });

    // Assess
    expect(uploaded.body).toContain('<strong>Uploaded datasets</strong>');
    expect(uploaded.body).toContain('href="/v1/datasets?origin=paper"');
    expect(uploaded.body).not.toContain('-table-1"');
    expect(tables.body).toContain('<strong>Tables read from papers</strong>');
    expect(tables.body).toContain('-table-1"');
    expect(tables.body).not.toContain('href="/v1/datasets/ward-counts"');
  });

  it('lists of papers, meetings and datasets link to each record', async () => {
    const papers = await page('/v1/papers');
    const meetings = await page('/v1/meetings');
    const datasets = await page('/v1/datasets', { q: 'complaints' });

    expect(papers.body).toContain('href="/v1/papers/hostile-report"');
    expect(textOf(papers.body)).toMatch(/Disposal of the Tring Road depot Exempt/);
    expect(meetings.body).toContain(
      'href="/v1/meetings/buckinghamshire-county-council--cabinet--2017-11-13"',
    );
    expect(datasets.body).toContain('href="/v1/datasets/ward-counts"');
  });

  it('dataset: description, schema table, first rows, the report in words, downloads, versions', async () => {
    const { body } = await page('/v1/datasets/ward-counts');
    const text = textOf(body);

    expect(text).toContain('Complaints received in 2023, by ward.');
    expect(text).toContain('Fields of each row');
    expect(text).toContain('count integer required');
    expect(text).toContain('ward string The electoral ward');
    expect(text).toContain('Each row is identified by ward.');
    expect(text).toContain('The first 3 rows');
    expect(text).toContain('1 Aylesbury 3');
    expect(text).toMatch(/Checked 3 rows against the schema and found 1 problem\./);
    expect(text).toContain('3 count Row 3, field "count": "many" is not a whole number many');
    expect(body).toContain('href="/v1/datasets/ward-counts/rows?version=1&amp;format=csv"');
    expect(body).toContain('href="/v1/datasets/ward-counts/versions/1/original"');
    expect(text).toContain('Version 1 New');
  });
});

describe('errors', () => {
  it('tells a browser of an error in a page, with the status and the CSP', async () => {
    const { response, body } = await page('/v1/papers/no-such-paper');

    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['Content-Security-Policy']).toContain("default-src 'none'");
    expect(textOf(body)).toContain('Error 404 Not found No paper has the id "no-such-paper".');
  });

  it('names each bad parameter on the page', async () => {
    const { response, body } = await page('/v1/decisions', { from: 'last tuesday' });

    expect(response.statusCode).toBe(400);
    expect(textOf(body)).toContain(
      'query.from: "last tuesday" is not valid: expected a date such as 2026-12-06',
    );
  });

  it('still tells API clients in problem+json', async () => {
    const response = await api.get('/v1/papers/no-such-paper', { accept: '*/*' });

    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  });
});

describe('choosing HTML or JSON', () => {
  it.each([
    ['a browser', browserAccept, 'text/html; charset=utf-8'],
    ['*/*', '*/*', 'application/json; charset=utf-8'],
    ['application/json', 'application/json', 'application/json; charset=utf-8'],
    ['no Accept', undefined, 'application/json; charset=utf-8'],
  ])('%s gets the right type', async (_, accept, type) => {
    const response = await api.get('/v1/papers/hostile-report', accept ? { accept } : {});

    expect(response.headers['content-type']).toBe(type);
    expect(response.headers.vary).toContain('Accept');
  });

  it('lets ?format= override Accept, without it reaching the route', async () => {
    const json = await api.get('/v1/papers', { accept: browserAccept, query: { format: 'json' } });
    const html = await api.get('/v1/papers', { accept: '*/*', query: { format: 'html' } });
    const wrong = await api.get('/v1/papers', { query: { format: 'xml' } });

    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(json.body ?? '{}').items.length).toBeGreaterThan(0);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(wrong.statusCode).toBe(400);
    expect(JSON.parse(wrong.body ?? '{}').errors[0].where).toBe('query.format');
  });

  it('keeps the JSON of a route unchanged, and empty form fields still invalid there', async () => {
    const response = await api.get('/v1/decisions', { accept: '*/*', query: { body: '' } });

    expect(response.statusCode).toBe(400);
  });

  it('gives pages their own ETag, with 304 and HEAD working as for JSON', async () => {
    const first = await api.get('/v1/bodies', { accept: browserAccept });
    const json = await api.get('/v1/bodies', { accept: 'application/json' });
    const again = await api.get('/v1/bodies', {
      accept: browserAccept,
      headers: { 'if-none-match': first.headers.etag ?? '' },
    });
    const head = await api.get('/v1/bodies', { accept: browserAccept, method: 'HEAD' });

    expect(first.headers.etag).not.toBe(json.headers.etag);
    expect(again.statusCode).toBe(304);
    expect(head.headers.etag).toBe(first.headers.etag);
    expect(head.body).toBeUndefined();
  });

  it('serves the stylesheet under its hashed name for a year, and nothing else under /assets', async () => {
    const css = await api.get(stylesheet.path, { accept: 'text/css,*/*;q=0.1' });
    const other = await api.get('/assets/site-0000000000000000.css');

    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(css.body).toBe(await stylesheet.css());
    expect(other.statusCode).toBe(404);
  });
});
