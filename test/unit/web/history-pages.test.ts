import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserAccept, type SeededApi, seededApi } from '../../support/seeded-api.ts';

/*
 * The history pages (timeline, diff, verification, as it was on a date) on the API handler with
 * memory stores: the seed minutes corrected once, a paper with an exempt part corrected, an exempt
 * report corrected, and a dataset published twice then withdrawn.
 */

const minutesFile = '001_d9cb9d1c97fa0289';
/** The id ingest reads from the seed's body, date and title (its file name is a hash). */
const minutesId = 'childrens-select-committee-2018-11-27-agenda';
const decision = 'were agreed as a correct record and signed by the chairman.';
const corrected = 'were agreed as an accurate record and signed by the chairman.';
const exemptSentence = 'The offer of £1.2m from Acme Ltd was considered.';
const exemptReport = (words: string) =>
  [
    'Report to Cabinet',
    'Date: Tuesday 14 May 2024',
    'Title: Disposal of the Tring Road depot',
    '',
    'NOT FOR PUBLICATION by virtue of paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972',
    '',
    `The council proposes to sell the depot ${words}.`,
  ].join('\n');

let api: SeededApi;

beforeAll(async () => {
  api = await seededApi();
  const seed = await readFile(
    new URL(`../../../seeds/${minutesFile}.txt`, import.meta.url),
    'utf8',
  );
  await api.upload(
    `uploads/papers/${minutesFile}.txt`,
    `${seed.replace(decision, corrected)}\n99 ADDITIONAL ITEM\n\nRESOLVED – That the committee meets again in March.\n`,
  );
  const withPart = await readFile(
    new URL('../../fixtures/patterns/exempt-part-minutes.txt', import.meta.url),
    'utf8',
  );
  await api.upload('uploads/papers/mill-lane.txt', withPart);
  await api.upload(
    'uploads/papers/mill-lane.txt',
    withPart
      .replace('the forecast be noted', 'the forecast be noted and published')
      .replace('£1.2m', '£1.3m'),
  );
  await api.upload('uploads/papers/depot.txt', exemptReport('for £2.4m'));
  await api.upload('uploads/papers/depot.txt', exemptReport('for £2.5m'));
  await api.upload('uploads/datasets/ward-counts.csv', 'ward,count\nAylesbury,3\nChesham,7\n');
  await api.upload(
    'uploads/datasets/ward-counts.csv',
    'ward,count\nAylesbury,4\nChesham,7\nWycombe,2\n',
  );
  await api.withdraw('dataset', 'ward-counts', 'Published in error', 'J Clerk');
});

const page = async (path: string, query?: Record<string, string>) => {
  const response = await api.get(path, { accept: browserAccept, ...(query && { query }) });
  return { response, body: response.body ?? '', text: textOf(response.body ?? '') };
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

const historyPages = [
  `/v1/papers/${minutesId}/versions`,
  `/v1/papers/${minutesId}/versions/1/diff/2`,
  `/v1/papers/${minutesId}/verify`,
  '/v1/datasets/ward-counts/versions',
  '/v1/datasets/ward-counts/versions/1/diff/2',
  '/v1/datasets/ward-counts/verify',
];

describe('history pages for people', () => {
  it.each(historyPages)(
    '%s is a GOV.UK page with one h1, captioned tables and no script',
    async (path) => {
      // Act
      const { response, body } = await page(path);

      // Assess
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(body.match(/<h1[ >]/g)).toHaveLength(1);
      expect(body.match(/<table/g)?.length ?? 0).toBe(body.match(/<caption/g)?.length ?? 0);
      expect(body).not.toMatch(/<script|<[a-z][^>]*\sstyle=/i);
      expect(body).toContain(`href="${path}?format=json"`);
    },
  );

  it('timeline: each version with its kind, who, when, SHA-256 and links to view, download and compare', async () => {
    // Prepare
    const json = JSON.parse(
      (await api.get(`/v1/papers/${minutesId}/versions`, { accept: 'application/json' })).body ??
        '',
    ) as { items: { sha256: string }[] };

    // Act
    const { body, text } = await page(`/v1/papers/${minutesId}/versions`);

    // Assess
    expect(text).toContain('Version 1: first published');
    expect(text).toMatch(/Version 2: correction Current/);
    expect(text).toContain('Correction: replaces version 1');
    expect(text).toContain('Who AWS:OFFICER');
    expect(text).toContain('When 1 June 2024 at 09:00 UTC');
    for (const version of json.items) expect(body).toContain(version.sha256);
    expect(body).toContain(`href="/v1/papers/${minutesId}/versions/2">View version 2</a>`);
    expect(body).toContain(
      `href="/v1/papers/${minutesId}/versions/2/original">Download the original of version 2 (MARKDOWN, 53 kB)</a>`,
    );
    expect(body).toContain(
      `href="/v1/papers/${minutesId}/versions/1/diff/2">Compare version 2 with version 1</a>`,
    );
    expect(body).toContain(`<form action="/v1/papers/${minutesId}" method="get"`);
  });

  it('timeline: a withdrawal says why and who, and offers no original', async () => {
    // Act
    const { body, text } = await page('/v1/datasets/ward-counts/versions');

    // Assess
    expect(text).toContain('Version 3: withdrawal Current');
    expect(text).toContain('Withdrawal: Published in error');
    expect(text).toContain('Who J Clerk');
    expect(text).toContain('None: a withdrawal uploads nothing');
    expect(body).not.toContain('/v1/datasets/ward-counts/versions/3/original');
  });

  it('timeline: an exempt paper’s originals are said to be withheld, not linked', async () => {
    // Act
    const { body, text } = await page('/v1/papers/depot/versions');

    // Assess
    expect(text).toContain('Withheld: it holds exempt information');
    expect(body).not.toContain('/original"');
  });

  it('diff: the changed words marked with del and ins, said aloud, and the decisions that changed', async () => {
    // Act
    const { body, text } = await page(`/v1/papers/${minutesId}/versions/1/diff/2`);

    // Assess
    expect(body).toContain(
      '<del class="app-diff__removed"><span class="govuk-visually-hidden">[removed: </span>a correct<span class="govuk-visually-hidden">]</span></del>',
    );
    expect(body).toContain(
      '<ins class="app-diff__added"><span class="govuk-visually-hidden">[added: </span>an accurate<span class="govuk-visually-hidden">]</span></ins>',
    );
    expect(text).toMatch(/Change 1: version 1 lines \d+–\d+; version 2 lines \d+–\d+/);
    expect(text).toContain('Facts read from the paper');
    expect(text).toContain(
      `Removed: Item 3: The minutes of the last meeting held on the 10th July 2018 ${decision}`,
    );
    expect(text).toContain(
      `Added: Item 3: The minutes of the last meeting held on the 10th July 2018 ${corrected}`,
    );
    expect(text).toContain('Recorded fields that changed');
  });

  it('diff: compares only the public text, never an exempt part’s', async () => {
    // Act
    const { text } = await page('/v1/papers/mill-lane/versions/1/diff/2');

    // Assess
    expect(text).toContain('noted and published');
    expect(text).toContain('[Withheld from publication');
    expect(text).not.toContain('Acme');
    expect(text).not.toContain(exemptSentence);
    expect(text).not.toContain('£1.3m');
  });

  it('diff: an exempt paper’s text is not compared, and the page says why', async () => {
    // Act
    const { text } = await page('/v1/papers/depot/versions/1/diff/2');

    // Assess
    expect(text).toContain('The text cannot be compared. The text of version 1 is withheld.');
    expect(text).not.toContain('£2.4m');
    expect(text).not.toContain('£2.5m');
  });

  it('diff: a dataset’s rows added and changed, and how rows were matched', async () => {
    // Act
    const { text } = await page('/v1/datasets/ward-counts/versions/1/diff/2');

    // Assess
    expect(text).toContain('1 row added, 0 rows removed and 1 row changed.');
    expect(text).toContain('Rows added Row ward count 3 Wycombe 2');
    expect(text).toContain('Rows changed Row Field Before After 1 count 3 4');
  });

  it('diff: keeps its JSON as the API documents it', async () => {
    // Act
    const response = await api.get(`/v1/papers/${minutesId}/versions/1/diff/2`);
    const diff = JSON.parse(response.body ?? '') as Record<string, unknown>;

    // Assess
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(Object.keys(diff).sort()).toEqual([
      'extraction',
      'fields',
      'from',
      'id',
      'kind',
      'text',
      'to',
    ]);
  });

  it('verify: the chain intact, and every version with its original’s SHA-256', async () => {
    // Prepare
    const json = JSON.parse((await api.get(`/v1/papers/${minutesId}/verify`)).body ?? '') as {
      head: { chainHash: string };
    };

    // Act
    const { body, text } = await page(`/v1/papers/${minutesId}/verify`);

    // Assess
    expect(text).toContain(
      'Chain intact Checked just now: the hash chain of 2 versions of this paper is intact',
    );
    expect(body).toContain(json.head.chainHash);
    expect(text).toContain('Each version and the SHA-256 of its original');
  });

  it('version page: says whether the chain verifies, with the original’s SHA-256, and is not cached for a year', async () => {
    // Act
    const { response, text } = await page(`/v1/papers/${minutesId}/versions/1`);
    const json = await api.get(`/v1/papers/${minutesId}/versions/1`);

    // Assess
    expect(text).toContain('Verification Chain intact');
    expect(text).toMatch(/Version 1 Vouched for by the chain SHA-256 of its original [0-9a-f]{64}/);
    expect(response.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=60');
    expect(json.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('as it was on a date: the version current at the end of that day, said so on the page', async () => {
    // Act
    const { response, text } = await page(`/v1/papers/${minutesId}`, { asOf: '2024-06-01' });

    // Assess
    expect(response.statusCode).toBe(200);
    expect(text).toContain('This is the paper as the public saw it on 1 June 2024: version 2');
    expect(text).toContain('See the paper as it stands');
  });

  it('as it was on a date before the record existed: not found, saying when it was first published', async () => {
    // Act
    const { response, text } = await page(`/v1/papers/${minutesId}`, { asOf: '2024-05-31' });

    // Assess
    expect(response.statusCode).toBe(404);
    expect(text).toContain('was first published after 2024-05-31T23:59:59.999Z');
  });

  it('as it was on a date: the API takes the date too, and still refuses what is neither a date nor an instant', async () => {
    // Act
    const onDate = await api.get('/v1/datasets/ward-counts', { query: { asOf: '2024-06-01' } });
    const bad = await api.get('/v1/datasets/ward-counts', { query: { asOf: '1 June' } });

    // Assess
    expect(JSON.parse(onDate.body ?? '')).toMatchObject({ version: 3, status: 'withdrawn' });
    expect(bad.statusCode).toBe(400);
  });
});
