import { readFile } from 'node:fs/promises';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { paperText } from '../../functions/domain/papers/readers/html-text.ts';
import { createApiHandler } from '../../functions/handlers/api.ts';
import { createIngestHandler } from '../../functions/handlers/ingest.ts';
import { lambdaContext } from '../../infra/local/lambda-context.ts';
import { httpGet, s3Record, sqsEvent } from '../support/events.ts';
import { renderDocx, renderPdf } from '../support/render.ts';
import { type TestStack, testStack } from '../support/test-stack.ts';

let stack: TestStack;
let sequence = 0;

const upload = async (
  key: string,
  body: Uint8Array | string,
  metadata?: Record<string, string>,
) => {
  await stack.clients.s3.send(
    new PutObjectCommand({
      Bucket: stack.names.uploadBucket,
      Key: key,
      Body: body,
      Metadata: metadata,
    }),
  );
  sequence++;
  return s3Record({
    bucket: stack.names.uploadBucket,
    key,
    sequencer: sequence.toString(16).toUpperCase().padStart(18, '0'),
  });
};

const ingest = async (...records: Awaited<ReturnType<typeof upload>>[]) =>
  createIngestHandler(() => stack.root)(sqsEvent(...records), lambdaContext('ingest'));

const get = async (path: string, query?: Record<string, string>) => {
  const result = await createApiHandler(() => stack.root)(
    httpGet(path, query),
    lambdaContext('api'),
  );
  return { status: result.statusCode, body: JSON.parse(result.body ?? 'null') };
};

const seed = (name: string) => readFile(new URL(`../../seeds/${name}`, import.meta.url));

beforeAll(async () => {
  stack = await testStack();
});

describe('upload → ingest handler → DynamoDB → API handler, on the local engines', () => {
  it('lists an ingested seed and serves it whole', async () => {
    const bytes = await seed('002_d1557ae21bff9908.txt');
    const response = await ingest(await upload('uploads/papers/002_d1557ae21bff9908.txt', bytes));

    expect(response).toEqual({ batchItemFailures: [] });
    const list = await get('/v1/papers');
    expect(list.status).toBe(200);
    expect(list.body.items).toContainEqual(
      expect.objectContaining({
        id: 'cabinet-2023-05-09-childrens-services-update',
        version: 1,
        documentType: 'report',
        meetingDate: '2023-05-09',
      }),
    );
    const paper = await get('/v1/papers/cabinet-2023-05-09-childrens-services-update');
    // The readable text: this seed is Markdown, so its escapes are undone ("\\(YOS\\)" reads "(YOS)").
    expect(paper.body.body).toBe(await paperText('markdown', bytes.toString('utf8')));
    expect(paper.body.body).toContain('Youth Offending Services (YOS) in Buckinghamshire');
    expect(paper.body.size).toBe(bytes.length);
  });

  it('makes version 2 for changed bytes, and nothing for identical bytes', async () => {
    const key = 'uploads/papers/000_9edff7cd89e1ecb6.txt';
    const original = await seed('000_9edff7cd89e1ecb6.txt');
    await ingest(await upload(key, original));
    await ingest(await upload(key, original));
    expect(
      (await get('/v1/papers/childrens-and-education-select-committee-2022-01-20-agenda')).body
        .version,
    ).toBe(1);

    await ingest(
      await upload(
        key,
        Buffer.concat([original, Buffer.from('\nCorrection: item 4 was deferred.\n')]),
      ),
    );

    const versions = await get(
      '/v1/papers/childrens-and-education-select-committee-2022-01-20-agenda/versions',
    );
    expect(versions.body.items.map((item: { version: number }) => item.version)).toEqual([1, 2]);
    expect(
      (await get('/v1/papers/childrens-and-education-select-committee-2022-01-20-agenda')).body
        .version,
    ).toBe(2);
    expect(
      (
        await get(
          '/v1/papers/childrens-and-education-select-committee-2022-01-20-agenda/versions/1',
        )
      ).body.body,
    ).toBe(original.toString('utf8'));
  });

  it('rejects a binary that is no paper with a stored report, leaving the API as it was', async () => {
    const before = await get('/v1/papers', { limit: '100' });
    const zip = Buffer.from('504b0304140000000800000000000000000000000000000000000000', 'hex');

    const response = await ingest(await upload('uploads/papers/not-a-paper.pdf', zip));

    expect(response).toEqual({ batchItemFailures: [] });
    expect(await get('/v1/papers', { limit: '100' })).toEqual(before);
    expect((await get('/v1/papers/not-a-paper')).status).toBe(404);
    const [report] = await stack.root.ingest.log.recent(1);
    expect(report).toMatchObject({
      key: 'uploads/papers/not-a-paper.pdf',
      outcome: 'rejected',
      reason: { code: 'unsupported-type' },
    });
  });

  it('ingests a key with spaces and a plus sign under the right id', async () => {
    await ingest(
      await upload('uploads/papers/Cabinet 9 May+Appendix.md', '# Cabinet\n\nDate: 9 May 2023\n'),
    );
    // The upload key is kept in the version history, which anyone can recompute the chain from.
    const versions = await get('/v1/papers/cabinet-9-may-appendix/versions');
    expect(versions.body.items[0]).toMatchObject({
      sourceKey: 'uploads/papers/Cabinet 9 May+Appendix.md',
      format: 'markdown',
      meetingDate: '2023-05-09',
    });
  });

  it('uses x-amz-meta-id for the id when given', async () => {
    await ingest(
      await upload('uploads/papers/scan0001.txt', 'Cabinet Agenda\n\nDate: 1 June 2024', {
        id: 'cabinet-2024-06-01',
      }),
    );
    expect((await get('/v1/papers/cabinet-2024-06-01')).status).toBe(200);
  });

  it('fails only the message from a bucket it does not ingest, so that one is dead-lettered', async () => {
    const good = await upload('uploads/papers/good.txt', 'Cabinet Agenda\n\nDate: 1 June 2024');
    const bad = s3Record({ bucket: 'no-such-bucket', key: 'uploads/papers/x.txt' });
    const response = await ingest(good, bad);
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: 'message-1' }] });
    expect((await get('/v1/papers/good')).status).toBe(200);
  });
});

describe('meetings projected from papers', () => {
  it('serves the meeting an agenda pack is for and the one whose minutes it carries', async () => {
    await ingest(
      await upload('uploads/papers/meetings-pack.txt', await seed('000_9edff7cd89e1ecb6.txt')),
    );
    const list = await get('/v1/meetings', { body: "Children's & Education Select Committee" });
    expect(list.body.items.map((meeting: { meetingDate: string }) => meeting.meetingDate)).toEqual([
      '2021-11-11',
      '2022-01-20',
    ]);
    const minutes = await get(
      '/v1/meetings/buckinghamshire-council--childrens-and-education-select-committee--2021-11-11',
    );
    // The same seed was ingested under another id earlier in this file: both papers speak of the meeting.
    expect(minutes.body).toMatchObject({
      body: "Children's & Education Select Committee",
      papers: expect.arrayContaining([
        expect.objectContaining({ paperId: 'meetings-pack', roles: ['minutes'] }),
      ]),
    });
    const fromPack = minutes.body.decisions.filter(
      (decision: { paperId: string }) => decision.paperId === 'meetings-pack',
    );
    expect(fromPack.map((decision: { item: string }) => decision.item)).toEqual(['3', '8']);
    expect(minutes.body.attendance.present).toHaveLength(11);
    expect((await get('/v1/meetings/nope-2020-01-01')).status).toBe(404);
    expect((await get('/v1/meetings', { from: 'yesterday' })).status).toBe(400);
  });

  it('retires a meeting from a paper whose next version no longer speaks of it', async () => {
    await ingest(
      await upload(
        'uploads/papers/moving.txt',
        'Report to Licensing Committee\nDate: 1 March 2024\n',
      ),
    );
    expect((await get('/v1/meetings/council--licensing-committee--2024-03-01')).status).toBe(200);
    await ingest(
      await upload(
        'uploads/papers/moving.txt',
        'Report to Licensing Committee\nDate: 8 March 2024\n',
      ),
    );
    expect((await get('/v1/meetings/council--licensing-committee--2024-03-01')).status).toBe(404);
    expect(
      (await get('/v1/meetings/council--licensing-committee--2024-03-08')).body.papers,
    ).toEqual([expect.objectContaining({ paperId: 'moving', version: 2 })]);
  });
});

describe('papers in every format through the pipeline', () => {
  it('ingests a PDF rendering of minutes and serves its extraction and its meeting', async () => {
    const text = await readFile(
      new URL('../fixtures/papers/02-numbered-minutes.txt', import.meta.url),
      'utf8',
    );
    await ingest(await upload('uploads/papers/scrutiny-minutes.pdf', await renderPdf(text)));
    const paper = await get('/v1/papers/scrutiny-minutes');
    expect(paper.body).toMatchObject({
      format: 'pdf',
      mediaType: 'application/pdf',
      encoding: null,
      documentType: 'minutes',
      meetingDate: '2023-02-08',
    });
    expect(paper.body.extraction.pages).toBeGreaterThanOrEqual(1);
    expect(paper.body.body).toContain('Communities and Environment Scrutiny Committee');
    expect(paper.body.meetingIds).toEqual([
      'calderbrook-metropolitan-borough-council--communities-and-environment-scrutiny-committee--2023-02-08',
    ]);
    expect(
      (
        await get(
          '/v1/meetings/calderbrook-metropolitan-borough-council--communities-and-environment-scrutiny-committee--2023-02-08',
        )
      ).status,
    ).toBe(200);
  });

  it('rejects an exempt report from public view but keeps its metadata and projects no meeting', async () => {
    const text = await readFile(
      new URL('../fixtures/papers/08-exempt-report.txt', import.meta.url),
    );
    await ingest(
      await upload('uploads/papers/depot-disposal.docx', await renderDocx(text.toString('utf8'))),
    );
    const paper = await get('/v1/papers/depot-disposal');
    expect(paper.body).toMatchObject({
      format: 'docx',
      exempt: true,
      body: null,
      extraction: null,
      withheld: { reason: expect.stringContaining('paragraph 3') },
    });
    expect(paper.body.meetingIds).toEqual([]);
  });
});

describe('datasets through the pipeline', () => {
  const getRaw = async (path: string, query?: Record<string, string>) =>
    createApiHandler(() => stack.root)(httpGet(path, query), lambdaContext('api'));

  it('publishes a council XLSX and the ODS saved from it, each sheet with its rows', async () => {
    // Prepare
    const fixture = (name: string) =>
      readFile(new URL(`../fixtures/spreadsheets/${name}`, import.meta.url));
    const xlsx = await fixture('06_uk-lancashire-fire-spend-2025-26-q2.xlsx');
    const ods = await fixture('10_uk-souldern-pc-payments-over-100-2025-26.ods');
    // Act
    await ingest(
      await upload('uploads/datasets/fire-q2.xlsx', xlsx),
      await upload('uploads/datasets/souldern.ods', ods, { sheet: 'Sheet1' }),
    );
    // Assess
    const fire = await get('/v1/datasets/fire-q2-q2-2025-26-to-upload/rows', { limit: '1' });
    expect(fire.body.items[0]).toMatchObject({ values: { Date: '2025-07-03', Amount: 715 } });
    expect((await get('/v1/datasets/souldern')).body).toMatchObject({
      rowCount: 30,
      format: 'ods',
    });
  });

  it('publishes a CSV as typed rows, with schema, report, versions, filters and CSV/NDJSON output', async () => {
    const csv = 'ward,households,note\nAylesbury,1200,\nWycombe,800,=SUM(A1)\nAylesbury,300,\n';
    await ingest(
      await upload('uploads/datasets/households.csv', csv, { title: 'Households by ward' }),
    );

    expect((await get('/v1/datasets', { limit: '100' })).body.items).toContainEqual(
      expect.objectContaining({ id: 'households', title: 'Households by ward', rowCount: 3 }),
    );
    const rows = await get('/v1/datasets/households/rows', {
      ward: 'Aylesbury',
      fields: 'ward,households',
    });
    expect(rows.body).toEqual({
      items: [
        { rowNumber: 1, values: { ward: 'Aylesbury', households: 1200 } },
        { rowNumber: 3, values: { ward: 'Aylesbury', households: 300 } },
      ],
      next: null,
    });
    expect(
      (await get('/v1/datasets/households/rows', { households: '300' })).body.items.map(
        (row: { rowNumber: number }) => row.rowNumber,
      ),
    ).toEqual([3]);
    const asCsv = await getRaw('/v1/datasets/households/rows', { format: 'csv', fields: 'ward' });
    expect(asCsv.headers?.['content-type']).toMatch(/^text\/csv/);
    expect(asCsv.body).toBe('ward\r\nAylesbury\r\nWycombe\r\nAylesbury\r\n');
    const injected = await getRaw('/v1/datasets/households/rows', {
      format: 'csv',
      fields: 'note',
    });
    expect(injected.body).toContain("'=SUM(A1)");
    const ndjson = await getRaw('/v1/datasets/households/rows', { format: 'ndjson', limit: '2' });
    expect(
      ndjson.body
        ?.trim()
        .split('\n')
        .map((line) => JSON.parse(line).rowNumber),
    ).toEqual([1, 2]);
    expect(ndjson.headers?.link).toMatch(/rel="next"/);
    // The next page keeps the request's filters, fields and format.
    const filtered = await getRaw('/v1/datasets/households/rows', {
      format: 'csv',
      ward: 'Aylesbury',
      fields: 'households',
      limit: '1',
    });
    const next = new URL(
      /^<([^>]+)>; rel="next"$/.exec(filtered.headers?.link ?? '')?.[1] ?? '',
      'http://api',
    );
    expect([...next.searchParams.keys()].sort()).toEqual([
      'cursor',
      'fields',
      'format',
      'limit',
      'ward',
    ]);
    expect(next.pathname).toBe('/v1/datasets/households/rows');
    // Without ?format, Accept chooses.
    const accepted = await createApiHandler(() => stack.root)(
      { ...httpGet('/v1/datasets/households/rows'), headers: { accept: 'text/csv' } },
      lambdaContext('api'),
    );
    expect(accepted.headers?.['content-type']).toMatch(/^text\/csv/);
    const schema = (await get('/v1/datasets/households/schema')).body;
    expect(
      schema.fields
        .slice(0, 2)
        .map((field: { name: string; type: string }) => [field.name, field.type]),
    ).toEqual([
      ['ward', 'string'],
      ['households', 'integer'],
    ]);
    expect((await get('/v1/datasets/households/report')).body).toMatchObject({
      valid: expect.any(Boolean),
      stats: expect.objectContaining({ rows: 3 }),
    });
    const ranged = await get('/v1/datasets/households/rows', {
      'households[gte]': '800',
      fields: 'households',
    });
    expect(
      ranged.body.items.map((row: { values: { households: number } }) => row.values.households),
    ).toEqual([1200, 800]);
    expect((await get('/v1/datasets/households/rows', { 'households[gt]': 'lots' })).status).toBe(
      400,
    );
    expect((await get('/v1/datasets/households/rows', { colour: 'red' })).status).toBe(400);
    expect((await get('/v1/datasets/nope')).status).toBe(404);

    await ingest(await upload('uploads/datasets/households.csv', `${csv}Chesham,50,\n`));
    expect(
      (await get('/v1/datasets/households/versions')).body.items.map(
        (item: { version: number; rowCount: number }) => [item.version, item.rowCount],
      ),
    ).toEqual([
      [1, 3],
      [2, 4],
    ]);
    expect((await get('/v1/datasets/households/rows', { version: '1' })).body.items).toHaveLength(
      3,
    );
  });

  it('rejects an ambiguous CSV with its report, publishing nothing', async () => {
    await ingest(await upload('uploads/datasets/broken.csv', 'a,b\n1,2,3\n"unclosed\n'));
    expect((await get('/v1/datasets/broken')).status).toBe(404);
    const [entry] = await stack.root.ingest.log.recent(1);
    expect(entry).toMatchObject({
      key: 'uploads/datasets/broken.csv',
      outcome: 'rejected',
      reason: { code: 'invalid-dataset' },
      reportKey: expect.stringMatching(/^reports\/sha256\//),
    });
  });
});

describe('tables inside papers', () => {
  it('publishes each table of a public paper as a dataset linked to the paper version', async () => {
    await ingest(
      await upload('uploads/papers/tables-report.txt', await seed('002_d1557ae21bff9908.txt')),
    );
    const dataset = await get('/v1/datasets/tables-report-table-1');
    expect(dataset.body).toMatchObject({
      kind: 'dataset',
      source: expect.stringMatching(/^\/v1\/papers\/tables-report\/versions\/1#lines-\d+-\d+$/),
    });
    expect(dataset.body.rowCount).toBeGreaterThan(0);
    expect((await get('/v1/datasets/tables-report-table-1/rows')).body.items.length).toBe(
      dataset.body.rowCount,
    );
  });

  it('publishes no table of an exempt paper', async () => {
    const exempt =
      'Report to Cabinet\nDate: 9 May 2023\nNOT FOR PUBLICATION by virtue of paragraph 3 of Schedule 12A\n\nSite\tValue\nDepot\t£1,200,000\nYard\t£300,000\n';
    await ingest(await upload('uploads/papers/land-values.txt', exempt));
    expect((await get('/v1/papers/land-values')).body.exempt).toBe(true);
    expect((await get('/v1/datasets/land-values-table-1')).status).toBe(404);
  });
});
