import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiHandler } from '../../functions/handlers/api.ts';
import { lambdaContext } from '../../infra/local/lambda-context.ts';
import { httpGet } from '../support/events.ts';
import { historyDriver } from '../support/history-stack.ts';
import { type TestStack, testStack } from '../support/test-stack.ts';

/*
 * Identities that do not collide, and a paper's tables kept apart from uploaded datasets, through
 * ingest and the API handler on the local engines (dynalite, s3rver).
 */

let stack: TestStack;

beforeAll(async () => {
  stack = await testStack();
});

// biome-ignore lint/suspicious/noExplicitAny: JSON answers are read loosely; their shape is the OpenAPI contract test's.
const get = async (path: string, query?: Record<string, string>): Promise<any> => {
  const result = await createApiHandler(() => stack.root)(
    httpGet(path, query),
    lambdaContext('api'),
  );
  return { status: result.statusCode, body: JSON.parse(result.body ?? 'null') };
};

const cabinetReport = (council: string) =>
  `${council}\n\nReport to Cabinet\n\nDate: Tuesday 14 May 2024\nTitle: Budget monitoring\n\n1. Summary\n\nThe report is for noting.\n`;

const minutes = (decisions: [string, string][]) =>
  [
    'Harbourside Borough Council',
    '',
    'Minutes of the Licensing Committee',
    '',
    'Meeting held on 21 May 2024',
    '',
    'Present: Cllr A Smith, Cllr B Jones',
    '',
    ...decisions.flatMap(([item, text]) => [
      `${item}. Item ${item}`,
      '',
      `RESOLVED: That ${text}.`,
      '',
    ]),
  ].join('\n');

describe('bodies and meetings keyed by council, on the local engines', () => {
  it("never merges two councils' cabinets of the same day", async () => {
    // Prepare
    const run = historyDriver(stack);
    await run.put('uploads/papers/west-budget.txt', cabinetReport('Westhaven District Council'));
    await run.put('uploads/papers/east-budget.txt', cabinetReport('Eastmoor Borough Council'));

    // Act
    await run.ingest(run.event('uploads/papers/west-budget.txt'));
    await run.ingest(run.event('uploads/papers/east-budget.txt'));

    // Assess
    const bodies = await get('/v1/bodies');
    const cabinets = bodies.body.items.filter((body: { body: string }) => body.body === 'Cabinet');
    expect(cabinets.map((body: { bodyId: string }) => body.bodyId)).toEqual([
      'eastmoor-borough-council--cabinet',
      'westhaven-district-council--cabinet',
    ]);
    const west = await get('/v1/meetings/westhaven-district-council--cabinet--2024-05-14');
    expect(west.body.papers.map((paper: { paperId: string }) => paper.paperId)).toEqual([
      'west-budget',
    ]);
    const listed = await get('/v1/meetings', { body: 'westhaven-district-council--cabinet' });
    expect(listed.body.items.map((meeting: { council: string }) => meeting.council)).toEqual([
      'Westhaven District Council',
    ]);
    const ambiguous = await get('/v1/meetings', { body: 'Cabinet' });
    expect(ambiguous.status).toBe(400);
    expect(JSON.stringify(ambiguous.body.errors)).toContain('westhaven-district-council--cabinet');
  });
});

describe('decision ids from content, on the local engines', () => {
  it("keeps a decision's id when a corrected minutes version adds a decision before it", async () => {
    // Prepare
    const run = historyDriver(stack);
    const key = 'uploads/papers/licensing-minutes.txt';
    await run.put(key, minutes([['5', 'the premises licence be granted']]));
    await run.ingest(run.event(key));
    const meeting = '/v1/decisions';
    const query = { body: 'harbourside-borough-council--licensing-committee' };
    const [before] = (await get(meeting, query)).body.items;

    // Act
    run.tick();
    await run.put(
      key,
      minutes([
        ['4', 'the minutes of the last meeting be agreed'],
        ['5', 'the premises licence be granted'],
      ]),
    );
    await run.ingest(run.event(key));

    // Assess
    const after = (await get(meeting, query)).body.items;
    expect(before.id).toMatch(
      /^harbourside-borough-council--licensing-committee--2024-05-21\.item-5-[0-9a-f]{8}$/,
    );
    expect(after.map((decision: { item: string }) => decision.item)).toEqual(['4', '5']);
    expect(after[1].id).toBe(before.id);
    expect((await get(`/v1/decisions/${before.id}`)).body.text).toContain('premises licence');
  });
});

describe('readable ids for hash-named papers, on the local engines', () => {
  it('names a seed paper from its body, meeting date and title, and its correction keeps the id', async () => {
    // Prepare
    const run = historyDriver(stack);
    const key = 'uploads/papers/002_d1557ae21bff9908.txt';
    const seed = await readFile(new URL('../../seeds/002_d1557ae21bff9908.txt', import.meta.url));
    await run.put(key, seed);

    // Act
    const first = await run.ingest(run.event(key));
    run.tick();
    await run.put(key, `${seed.toString('utf8')}\nCorrected: a typing error.\n`);
    const corrected = await run.ingest(run.event(key));

    // Assess
    expect(first).toMatchObject({ id: 'cabinet-2023-05-09-childrens-services-update', version: 1 });
    // The cover names no council; the text names one throughout, which is taken, and said.
    expect(first.read?.warnings.join('\n')).toContain(
      'Council read from the text ("Buckinghamshire Council"',
    );
    expect(corrected).toMatchObject({
      id: 'cabinet-2023-05-09-childrens-services-update',
      version: 2,
    });
    expect(
      (await get('/v1/papers/cabinet-2023-05-09-childrens-services-update')).body.meetingIds,
    ).toEqual(['buckinghamshire-council--cabinet--2023-05-09']);
  });
});

describe("a paper's tables kept apart from uploaded datasets, on the local engines", () => {
  it('lists uploads by default, tables on request in natural order, and catalogues uploads only', async () => {
    // Prepare
    const run = historyDriver(stack);
    const tables = Array.from({ length: 11 }, (_, index) => [
      `## Spend line ${index + 1}`,
      '',
      '| Service | Spend |',
      '| --- | --- |',
      `| Parks | ${10 + index} |`,
      '',
    ]).flat();
    await run.put(
      'uploads/papers/parks-report.md',
      ['# Cabinet', '', 'Date: 14 May 2024', '', ...tables].join('\n'),
    );
    await run.put('uploads/datasets/parks-spend.csv', 'site,amount\nVictoria Park,120\n');

    // Act
    await run.ingest(run.event('uploads/papers/parks-report.md'));
    await run.ingest(run.event('uploads/datasets/parks-spend.csv'));

    // Assess
    const uploaded = await get('/v1/datasets', { limit: '100' });
    const ids = uploaded.body.items.map((dataset: { id: string }) => dataset.id);
    expect(ids).toContain('parks-spend');
    expect(ids.some((id: string) => id.startsWith('parks-report-table-'))).toBe(false);
    const fromPaper = await get('/v1/datasets', {
      origin: 'paper',
      q: 'parks-report-table-',
      limit: '100',
    });
    expect(fromPaper.body.items.map((dataset: { id: string }) => dataset.id)).toEqual(
      Array.from({ length: 11 }, (_, index) => `parks-report-table-${index + 1}`),
    );
    expect(fromPaper.body.items[9]).toMatchObject({
      origin: 'paper',
      title: 'Table 10: Spend line 10 — Cabinet 14 May 2024 paper',
    });
    const everything = await get('/v1/datasets', { origin: 'all', limit: '100' });
    const all = everything.body.items.map((dataset: { id: string }) => dataset.id);
    expect(all).toEqual(expect.arrayContaining(['parks-spend', 'parks-report-table-11']));
    const catalog = await get('/v1/catalog', { limit: '100' });
    const titles = JSON.stringify(catalog.body);
    expect(titles).toContain('parks-spend');
    expect(titles).not.toContain('parks-report-table-');
    const invalid = await get('/v1/datasets', { origin: 'papers' });
    expect(invalid.status).toBe(400);
  });
});
