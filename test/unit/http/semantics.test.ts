import { describe, expect, it } from 'vitest';
import { MemoryBlobStore } from '../../../functions/adapters/memory/memory-blob-store.ts';
import { MemoryVersionStore } from '../../../functions/adapters/memory/memory-version-store.ts';
import { silentTelemetry } from '../../../functions/composition/telemetry.ts';
import { createApiHandler } from '../../../functions/handlers/api.ts';
import { lambdaContext } from '../../../infra/local/lambda-context.ts';
import { httpGet } from '../../support/events.ts';
import { memoryApiDeps } from '../../support/memory-deps.ts';
import { paperVersion } from '../../support/records.ts';

const handler = async (
  audit: { mode: 'closed' } | { mode: 'token'; token: string } = { mode: 'closed' },
) => {
  const versions = new MemoryVersionStore();
  const archive = new MemoryBlobStore();
  const record = paperVersion({ id: 'p' });
  await versions.putIfAbsent(record);
  await versions.advanceHead(record, record);
  for (const [key, text] of [
    [record.textKey, 'Report'],
    [record.extractionKey, '{}'],
  ] as const)
    await archive.put(key, new TextEncoder().encode(text), { contentType: 'text/plain' });
  const api = createApiHandler(() => ({
    ...silentTelemetry,
    api: memoryApiDeps({ versions, archive, audit }),
  }));
  return (path: string, headers: Record<string, string> = {}, method = 'GET') => {
    const event = httpGet(path, undefined, method);
    return api({ ...event, headers: { ...event.headers, ...headers } }, lambdaContext('api'));
  };
};

describe('HTTP semantics', () => {
  it('tags every GET with an ETag and answers 304 to a matching If-None-Match', async () => {
    const get = await handler();
    const first = await get('/v1/papers/p');
    expect(first.statusCode).toBe(200);
    const etag = first.headers.etag ?? '';
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await get('/v1/papers/p', { 'if-none-match': `"other", ${etag}` });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBeUndefined();
    expect(again.headers.etag).toBe(etag);
    expect((await get('/v1/papers/p', { 'if-none-match': '"other"' })).statusCode).toBe(200);
  });

  it('lets version URLs be cached for ever and latest ones for a minute', async () => {
    const get = await handler();
    expect((await get('/v1/papers/p/versions/1')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect((await get('/v1/papers/p')).headers['cache-control']).toMatch(/^public, max-age=60/);
    expect((await get('/v1/papers/nope')).headers['cache-control']).toMatch(/max-age=60/);
  });

  it('answers 406 as problem details when no acceptable type is offered', async () => {
    const get = await handler();
    const refused = await get('/v1/papers/p', { accept: 'text/csv' });
    expect(refused.statusCode).toBe(406);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(JSON.parse(refused.body ?? '{}')).toMatchObject({ type: '/problems/not-acceptable' });
    expect(
      (await get('/v1/papers/p', { accept: 'text/csv, application/*;q=0.5' })).statusCode,
    ).toBe(200);
  });

  it('adds CORS and security headers to answers and errors, and answers preflight', async () => {
    const get = await handler();
    for (const response of [
      await get('/v1/papers/p', { origin: 'https://example.org' }),
      await get('/v1/nothing'),
    ]) {
      expect(response.headers).toMatchObject({
        'Access-Control-Allow-Origin': '*',
        'X-Content-Type-Options': 'nosniff',
        'Strict-Transport-Security': expect.stringContaining('max-age'),
        'Referrer-Policy': 'no-referrer',
      });
    }
    const preflight = await get(
      '/v1/papers/p',
      { origin: 'https://example.org', 'access-control-request-method': 'GET' },
      'OPTIONS',
    );
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['Access-Control-Allow-Methods']).toBe('GET, HEAD, OPTIONS');
  });

  it('gives HEAD the ETag GET gives, and no body', async () => {
    const get = await handler();
    const full = await get('/v1/papers/p');
    const head = await get('/v1/papers/p', {}, 'HEAD');
    expect(head.statusCode).toBe(200);
    expect(head.body).toBeUndefined();
    expect(head.headers.etag).toBe(full.headers.etag);
    expect(
      (await get('/health', { 'if-none-match': head.headers.etag ?? '' }, 'HEAD')).statusCode,
    ).toBe(200);
    expect(
      (await get('/v1/papers/p', { 'if-none-match': full.headers.etag ?? '' }, 'HEAD')).statusCode,
    ).toBe(304);
  });

  it('keeps audit answers out of shared caches, errors included', async () => {
    const token = 'a'.repeat(40);
    const get = await handler({ mode: 'token', token });
    const missing = await get('/v1/audit/papers/nope/versions/1', {
      authorization: `Bearer ${token}`,
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['cache-control']).toBe('private, no-store');
  });
});
