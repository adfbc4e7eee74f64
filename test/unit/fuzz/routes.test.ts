import type { IncomingMessage } from 'node:http';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../functions/adapters/observability/silent.ts';
import { createApiHandler } from '../../../functions/handlers/api.ts';
import { type ApiDeps, routes } from '../../../functions/http/routes.ts';
import { ingestUpload } from '../../../functions/usecases/ingest/ingest-upload.ts';
import { SearchIndexCache } from '../../../functions/usecases/search/search-index-cache.ts';
import { toHttpApiEvent } from '../../../infra/local/http-gateway.ts';
import { lambdaContext } from '../../../infra/local/lambda-context.ts';
import { fuzzParameters, fuzzTimeout, hostileText } from '../../support/fuzz.ts';
import { memoryApiDeps, memoryDeps, uploadEvent } from '../../support/memory-deps.ts';

/*
 * Property tests for every route's path and query parameters, through the API handler as the local
 * HTTP gateway calls it (the request target as a client sends it, decoded as API Gateway does):
 * every answer is a 2xx, a 3xx or a 4xx problem, with headers an HTTP server can send.
 */

// One set of stores, read by the API and written by the ingest.
const stores = memoryDeps();
const deps: ApiDeps = {
  ...memoryApiDeps(),
  ...stores,
  search: new SearchIndexCache(stores.searchIndex, () => Date.now(), 0, silentLogger),
};
const logged: unknown[] = [];
const handler = createApiHandler(() => ({
  api: deps,
  logger: { ...silentLogger, error: (_message, fields) => logged.push(fields?.error) },
  invocation: {},
}));

/** Header values Node's HTTP server accepts: no controls but tab, nothing past Latin-1. */
const sendable = /^[\t\x20-\x7e\x80-\xff]*$/;

const put = (key: string, text: string) =>
  stores.uploads.put(key, new TextEncoder().encode(text), { contentType: 'text/plain' });

beforeAll(async () => {
  // Real records, so fuzzed ids sometimes name one, and a non-ASCII key (id `uenicoede`) for /original.
  await put('uploads/papers/Ünïcödé 会议.md', '# Minutes of the Cabinet\n\nHeld on 9 May 2024.\n');
  await put('uploads/datasets/spend.csv', 'id,amount,ward\n1,10,North\n2,20,South\n');
  for (const key of ['uploads/papers/Ünïcödé 会议.md', 'uploads/datasets/spend.csv'])
    expect((await ingestUpload(stores, uploadEvent(key))).outcome).toBe('accepted');
});

/** Percent-encoded as UTF-8; a lone surrogate becomes U+FFFD, as any client's encoder makes it. */
const escaped = (text: string) => encodeURIComponent(Buffer.from(text, 'utf8').toString('utf8'));

/** A path segment as a client might send it: well encoded, raw, or with broken escapes. */
const anySegment = fc.oneof(
  hostileText(12).map(escaped),
  hostileText(12).map((text) => text.replaceAll('/', '').replaceAll('?', '').replaceAll('#', '')),
  fc.constantFrom('%', '%zz', '%E0%A4%A', '%C0%AF', '%00', '..', '.', '', 'a'.repeat(1_000)),
);

/** Values that name something real, by parameter, so fuzzed requests also reach deep code. */
const realValues: Readonly<Record<string, readonly string[]>> = {
  id: ['uenicoede', 'spend'],
  version: ['1', '2', '0'],
  other: ['1', '2'],
  number: ['1', '2'],
  format: ['csv', 'ndjson', 'json'],
};

/** A segment for the route parameter `name`: as often as not a real value. */
const segmentFor = (name: string) => {
  const real = realValues[name];
  return real
    ? fc.oneof(
        { arbitrary: fc.constantFrom(...real), weight: 2 },
        { arbitrary: anySegment, weight: 1 },
      )
    : anySegment;
};

const parameterNames = fc.oneof(
  fc.constantFrom(
    'limit',
    'cursor',
    'q',
    'asOf',
    'as_of',
    'version',
    'fields',
    'format',
    'after',
    'from',
    'to',
    'since',
    'sort',
    'origin',
    'council',
    'committee',
    'type',
    'amount[gte]',
    'ward',
    'id[zz]',
    'next',
    '__proto__',
    'constructor',
  ),
  hostileText(6).map(escaped),
);

const parameterValues = fc.oneof(
  fc.constantFrom('1', '0', '100', '101', '-5', '1e9', 'all', '2024-05-09', 'North', 'eyJ4IjoxfQ'),
  hostileText(20).map(escaped),
  fc.constantFrom('%', '%zz', '100%', '%FF', '+', 'a'.repeat(5_000)),
);

const query = fc
  .array(fc.tuple(parameterNames, parameterValues), { maxLength: 5 })
  .map((pairs) => pairs.map(([name, value]) => `${name}=${value}`).join('&'));

const accept = fc.constantFrom(
  'application/json',
  'text/html',
  '*/*',
  'text/csv',
  'application/x-ndjson',
  'image/png',
);

/** A request as it reaches the local gateway's server. */
const incoming = (method: string, target: string, acceptHeader: string) =>
  ({
    url: target,
    method,
    httpVersion: '1.1',
    headers: {
      host: 'localhost',
      accept: acceptHeader,
      ...(method === 'POST' && { 'content-type': 'application/x-www-form-urlencoded' }),
    },
    socket: { remoteAddress: '127.0.0.1' },
  }) as unknown as IncomingMessage;

const parametersOf = (path: string) =>
  [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? '');

const fill = (path: string, values: readonly string[]) => {
  let index = 0;
  return path.replace(/\{[^}]+\}/g, () => values[index++] ?? '');
};

describe('fuzzing every route', () => {
  const list = routes(() => deps);

  it.each(list.map((route) => [route.method, route.path] as const))(
    '%s %s answers 2xx, 3xx or a 4xx problem, whatever its parameters',
    async (method, path) => {
      await fc.assert(
        fc.asyncProperty(
          fc.tuple(...parametersOf(path).map(segmentFor)),
          query,
          accept,
          fc.constantFrom('', 'token=x&csrf=y&key=uploads%2Fpapers%2Fx.txt', 'a=%zz'),
          async (values, search, acceptHeader, body) => {
            // Prepare
            const target = `${fill(path, values)}${search ? `?${search}` : ''}`;
            const event = toHttpApiEvent(
              incoming(method, target, acceptHeader),
              Buffer.from(method === 'POST' ? body : ''),
            );

            // Act
            const result = await handler(event, lambdaContext('api'));

            // Assess
            expect(result.statusCode, target).toBeLessThan(500);
            for (const [name, value] of Object.entries(result.headers))
              expect(String(value), `${target} ${name}`).toMatch(sendable);
            if (result.statusCode >= 400) {
              const type = String(result.headers['content-type']);
              expect(type, target).toMatch(/^(application\/problem\+json|text\/html)/);
              if (type.startsWith('application/problem+json'))
                expect(JSON.parse(result.body ?? '{}'), target).toMatchObject({
                  type: expect.stringMatching(/^\/problems\//),
                  status: result.statusCode,
                  detail: expect.any(String),
                });
            }
          },
        ),
        fuzzParameters(),
      );
      expect(logged).toEqual([]);
    },
    fuzzTimeout(100),
  );
});
