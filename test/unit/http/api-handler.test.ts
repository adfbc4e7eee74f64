import { describe, expect, it } from 'vitest';
import { MemoryBlobStore } from '../../../functions/adapters/memory/memory-blob-store.ts';
import { MemoryVersionStore } from '../../../functions/adapters/memory/memory-version-store.ts';
import { silentLogger } from '../../../functions/adapters/observability/silent.ts';
import { publicRecord } from '../../../functions/domain/public-record.ts';
import { createApiHandler } from '../../../functions/handlers/api.ts';
import { lambdaContext } from '../../../infra/local/lambda-context.ts';
import { httpGet } from '../../support/events.ts';
import { memoryApiDeps } from '../../support/memory-deps.ts';
import { paperVersion } from '../../support/records.ts';

const setup = async () => {
  const versions = new MemoryVersionStore();
  const archive = new MemoryBlobStore();
  const record = paperVersion();
  await versions.putIfAbsent(record);
  await versions.advanceHead(record, record);
  await archive.put(record.textKey, new TextEncoder().encode('Report to Cabinet'), {
    contentType: 'text/plain',
  });
  await archive.put(record.extractionKey, new TextEncoder().encode('{"documentType":"report"}'), {
    contentType: 'application/json',
  });
  const errors: unknown[] = [];
  const logger = {
    ...silentLogger,
    error: (_message: string, fields?: Record<string, unknown>) => errors.push(fields?.error),
  };
  const handler = createApiHandler(() => ({
    api: memoryApiDeps({ versions, archive }),
    logger,
    invocation: {},
  }));
  const call = (path: string, query?: Record<string, string>, method = 'GET') =>
    handler(httpGet(path, query, method), lambdaContext('api'));
  return { call, versions, archive, record, errors };
};

const body = (result: { body?: string }) => JSON.parse(result.body ?? 'null');

describe('API handler', () => {
  it('answers /health', async () => {
    const { call } = await setup();
    expect(body(await call('/health'))).toEqual({ status: 'ok' });
  });

  it('serves a paper with its body and the request id', async () => {
    const { call, record } = await setup();
    const result = await call(`/v1/papers/${record.id}`);
    expect(result.statusCode).toBe(200);
    expect(result.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(result.headers['x-request-id']).toBe('request-1');
    expect(body(result)).toEqual({
      ...publicRecord(record),
      body: 'Report to Cabinet',
      extraction: { documentType: 'report' },
      withheld: null,
      links: expect.objectContaining({
        self: `/v1/papers/${record.id}`,
        versions: `/v1/papers/${record.id}/versions`,
        meetings: [`/v1/meetings/${record.meetingIds[0]}`],
      }),
    });
  });

  it('withholds the text and extraction of an exempt paper, saying why', async () => {
    const { call, versions } = await setup();
    const exempt = paperVersion({
      id: 'land-sale',
      exempt: true,
      exemptReason: 'exempt under Schedule 12A (paragraph 3)',
    });
    await versions.putIfAbsent(exempt);
    const result = body(await call('/v1/papers/land-sale'));
    expect(result).toMatchObject({
      id: 'land-sale',
      body: null,
      extraction: null,
      withheld: { reason: 'Withheld from publication: exempt under Schedule 12A (paragraph 3).' },
    });
    expect(JSON.stringify(result)).not.toContain('Report to Cabinet');
  });

  it('answers 404 problem+json for an unknown paper, naming it', async () => {
    const { call } = await setup();
    const result = await call('/v1/papers/nope');
    expect(result.statusCode).toBe(404);
    expect(result.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(body(result)).toEqual({
      type: '/problems/not-found',
      title: 'Not found',
      status: 404,
      detail: 'No paper has the id "nope".',
      instance: '/v1/papers/nope',
    });
  });

  it('distinguishes an unknown route (404) from an unsupported method (405 with Allow)', async () => {
    const { call } = await setup();
    expect(body(await call('/v2/papers')).type).toBe('/problems/no-such-route');
    const result = await call('/v1/papers', undefined, 'DELETE');
    expect(result.statusCode).toBe(405);
    expect(result.headers.allow).toBe('GET, HEAD');
  });

  it('answers HEAD like GET without a body', async () => {
    const { call, record } = await setup();
    const result = await call(`/v1/papers/${record.id}`, undefined, 'HEAD');
    expect(result.statusCode).toBe(200);
    expect(result.body).toBeUndefined();
  });

  it.each([
    [{ limit: '0' }, 'query.limit'],
    [{ limit: 'all' }, 'query.limit'],
    [{ sort: 'title' }, 'query.sort'],
    [{ cursor: 'not a cursor!' }, 'query.cursor'],
  ])('answers 400 for bad list parameters %o, saying where', async (query, where) => {
    const { call } = await setup();
    const result = await call('/v1/papers', query);
    expect(result.statusCode).toBe(400);
    expect(body(result)).toMatchObject({
      type: '/problems/invalid-request',
      errors: [expect.objectContaining({ where })],
    });
  });

  it('answers 400 for a malformed id or version', async () => {
    const { call, record } = await setup();
    expect((await call('/v1/papers/Not%20An%20Id')).statusCode).toBe(400);
    expect(body(await call(`/v1/papers/${record.id}/versions/0`)).errors[0].where).toBe(
      'path.version',
    );
  });

  it('hides server errors behind a generic 500 and logs the detail', async () => {
    const { call, archive, record, errors } = await setup();
    archive.objects.delete(record.textKey);
    const result = await call(`/v1/papers/${record.id}`);
    expect(result.statusCode).toBe(500);
    expect(result.body).not.toContain(record.textKey);
    expect(body(result).type).toBe('/problems/internal-error');
    expect(String(errors[0])).toContain(record.textKey);
  });

  it('lists versions and serves one version', async () => {
    const { call, versions, archive, record } = await setup();
    const second = paperVersion({
      version: 2,
      sha256: 'c'.repeat(64),
      textKey: `texts/sha256/${'d'.repeat(64)}`,
    });
    await versions.putIfAbsent(second);
    await archive.put(second.textKey, new TextEncoder().encode('v2'), {
      contentType: 'text/plain',
    });
    await archive.put(second.extractionKey, new TextEncoder().encode('{}'), {
      contentType: 'application/json',
    });
    expect(
      body(await call(`/v1/papers/${record.id}/versions`)).items.map(
        (item: { version: number }) => item.version,
      ),
    ).toEqual([1, 2]);
    expect(body(await call(`/v1/papers/${record.id}/versions/2`))).toMatchObject({
      version: 2,
      body: 'v2',
    });
    expect((await call(`/v1/papers/${record.id}/versions/3`)).statusCode).toBe(404);
  });
});
