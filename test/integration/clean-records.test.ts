import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageFields } from '../../functions/domain/public-record.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { type AnnouncedStack, announcedStack } from '../support/announced-stack.ts';
import { paperText } from '../support/history-stack.ts';

let harness: AnnouncedStack;
let stack: LocalStack;
/** The stack as a client on this machine reaches it by address, not by name. */
let byAddress: string;

/** Three pages as pdftotext lays them out: form feeds, a running footer and page numbers. */
const pagedText = [
  'Minutes of the Planning Committee',
  '',
  'Meeting held on 3 March 2024',
  '',
  'Present: Cllr A Smith',
  '',
  'The committee considered the application.',
  '',
  'Westhaven District Council',
  'Page 1 of 3',
  '\fThe committee agreed the plan.',
  '',
  'Westhaven District Council',
  'Page 2 of 3',
  '\fThe meeting ended at 8pm.',
  '',
  'Westhaven District Council',
  'Page 3 of 3',
  '',
].join('\n');

const get = (path: string, base = stack.apiUrl) => fetch(`${base}${path}`);
const getJson = async <T>(path: string, base = stack.apiUrl): Promise<T> =>
  (await get(path, base)).json() as Promise<T>;

beforeAll(async () => {
  harness = await announcedStack();
  stack = harness.stack;
  byAddress = `http://127.0.0.1:${stack.port}`;
  await harness.upload('uploads/papers/paged.txt', pagedText);
  await harness.upload('uploads/papers/gone.txt', paperText('to be withdrawn'));
  await harness.remove('uploads/papers/gone.txt');
  await harness.upload('uploads/datasets/wards.csv', 'ward,count\nAylesbury,3\nWycombe,4\n');
}, 120_000);

afterAll(() => harness.stop());

describe('records as the public reads them', () => {
  it('carry no storage keys, in lists, records and versions', async () => {
    // Prepare
    const paths = [
      '/v1/papers',
      '/v1/papers/paged',
      '/v1/papers/paged/versions/1',
      '/v1/datasets',
      '/v1/datasets/wards',
      '/v1/datasets/wards/versions/1',
    ];

    // Act
    const texts = await Promise.all(paths.map(async (path) => (await get(path)).text()));

    // Assess
    for (const [index, text] of texts.entries())
      for (const field of storageFields) expect(text, paths[index]).not.toContain(`"${field}"`);
  });

  it('carry no storage keys on the home page, in search results or in the change feed', async () => {
    // Prepare
    const paths = ['/?format=json', '/v1/search?q=committee', '/v1/changes', '/v1/meetings'];

    // Act
    const texts = await Promise.all(paths.map(async (path) => (await get(path)).text()));

    // Assess
    expect(texts[1]).toContain('"paged"');
    for (const [index, text] of texts.entries())
      for (const field of storageFields) expect(text, paths[index]).not.toContain(`"${field}"`);
  });

  it('give every list item its links', async () => {
    // Prepare
    const lists = ['/v1/papers', '/v1/datasets'];

    // Act
    const pages = await Promise.all(
      lists.map((path) => getJson<{ items: { links?: { self: string } }[] }>(path)),
    );

    // Assess
    for (const page of pages) {
      expect(page.items.length).toBeGreaterThan(0);
      for (const item of page.items) expect(item.links?.self).toMatch(/^\/v1\//);
    }
  });

  it('advertise, when withdrawn, only links that answer', async () => {
    // Prepare
    const withdrawn = await getJson<{ status: string; links: Record<string, string> }>(
      '/v1/papers/gone',
    );

    // Act
    const statuses = await Promise.all(
      Object.values(withdrawn.links).map(async (link) => [link, (await get(link)).status]),
    );

    // Assess
    expect(withdrawn.status).toBe('withdrawn');
    for (const [link, status] of statuses) expect([link, status]).toEqual([link, 200]);
  });

  it('hold no placeholder numbers for a paper that is one document', async () => {
    // Prepare
    const paper = await getJson<{ links: { meetings: string[] } }>('/v1/papers/paged');

    // Act
    const meeting = await (await get(paper.links.meetings[0] ?? '/none')).text();

    // Assess
    expect(meeting).toContain('"endLine":18');
    expect(meeting).not.toContain(String(Number.MAX_SAFE_INTEGER));
  });

  it('show null, not the placeholder, for a meeting stored by an earlier version', async () => {
    // Prepare
    const paper = await getJson<{ meetingIds: string[] }>('/v1/papers/paged');
    const meetingId = paper.meetingIds[0] ?? '';
    const [stored] = await stack.root.ingest.meetings.sources(meetingId);
    if (!stored) throw new Error(`meeting ${meetingId} has no sources`);
    // As versions before the last-line fix wrote a one-document paper's projection.
    await stack.root.ingest.meetings.putProjection({
      ...stored,
      paperId: 'legacy-paper',
      documents: stored.documents.map((document) => ({
        ...document,
        endLine: Number.MAX_SAFE_INTEGER,
      })),
    });

    // Act
    const meeting = await getJson<{
      papers: { paperId: string; documents: { endLine: number | null }[] }[];
    }>(`/v1/meetings/${meetingId}`);
    const decisions = await (await get(`/v1/decisions?limit=100`)).text();

    // Assess
    expect(
      meeting.papers.find((entry) => entry.paperId === 'legacy-paper')?.documents[0]?.endLine,
    ).toBeNull();
    expect(JSON.stringify(meeting)).not.toContain(String(Number.MAX_SAFE_INTEGER));
    expect(decisions).not.toContain(String(Number.MAX_SAFE_INTEGER));
  });

  it('serve the text without form feeds or page furniture, and the original as uploaded', async () => {
    // Prepare
    const path = '/v1/papers/paged';

    // Act
    const paper = await getJson<{ body: string }>(path);
    const original = await (await get(`${path}/versions/1/original`)).text();

    // Assess
    expect(paper.body).not.toContain('\f');
    expect(paper.body).not.toMatch(/Page \d of 3|Westhaven District Council/);
    expect(paper.body).toContain('The committee agreed the plan.');
    expect(paper.body.split('\n')).toHaveLength(pagedText.split('\n').length);
    expect(original).toBe(pagedText);
  });
});

describe('responses of the local stack', () => {
  it('send no header whose value is "undefined"', async () => {
    // Prepare
    const paths = ['/v1/papers', '/v1/papers/no-such-paper', '/v1/papers/%zz'];

    // Act
    const responses = await Promise.all(paths.map((path) => get(path)));

    // Assess
    for (const response of responses) {
      await response.body?.cancel();
      expect([...response.headers].filter(([, value]) => value === 'undefined')).toEqual([]);
      expect(response.headers.has('x-powered-by')).toBe(false);
    }
  });

  it('build absolute links with the scheme and host the request came to', async () => {
    // Prepare
    // A TLS proxy in front says so; only then are the links https.
    const forwarded = { headers: { 'x-forwarded-proto': 'https' } };

    // Act
    const direct = await getJson<{ '@id': string }>('/data.json', byAddress);
    const proxied = (await (await fetch(`${byAddress}/data.json`, forwarded)).json()) as {
      '@id': string;
    };
    const openapi = await getJson<{ servers: { url: string }[] }>('/v1/openapi.json', byAddress);

    // Assess
    expect(direct['@id']).toBe(`${byAddress}/data.json`);
    expect(proxied['@id']).toBe(`https://127.0.0.1:${stack.port}/data.json`);
    expect(openapi.servers[0]?.url).toBe(byAddress);
  });
});

describe('bad requests', () => {
  it.each([
    ['/v1/papers/%E0%A4%A', 'path'],
    ['/v1/papers/paged/versions/%', 'path'],
    ['/v1/papers?q=%zz', 'query.q'],
    ['/v1/datasets/wards/rows?ward%=1', 'query'],
  ])('answer a malformed percent-escape in %s with a 400 problem', async (path, where) => {
    // Act
    const response = await get(path);

    // Assess
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({
      type: '/problems/invalid-request',
      errors: [expect.objectContaining({ where, message: expect.stringContaining('%20') })],
    });
  });

  it('name the expected format of a date, with examples', async () => {
    // Act
    const problem = await getJson<{ errors: { where: string; message: string }[] }>(
      '/v1/papers/paged?asOf=yesterday',
    );

    // Assess
    expect(problem.errors).toEqual([
      {
        where: 'query.asOf',
        message:
          '"yesterday" is not valid: expected a date such as 2026-12-06 or an RFC 3339 date-time such as 2026-12-06T00:00:00Z',
      },
    ]);
  });

  it('name the allowed values of a parameter that takes a few', async () => {
    // Act
    const problem = await getJson<{ errors: { message: string }[] }>('/v1/papers?type=memo');

    // Assess
    expect(problem.errors[0]?.message).toContain(
      'expected one of agenda-pack, agenda, minutes, report, appendix',
    );
  });
});
