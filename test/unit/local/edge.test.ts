import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compress, throttle, tooManyRequests } from '../../../infra/local/edge.ts';

describe('local edge: throttling', () => {
  it('lets a burst through, then refuses with the seconds until a token is back', () => {
    let now = 0;
    const admit = throttle({ ratePerSecond: 2, burst: 3 }, () => now);
    expect([1, 2, 3].map(() => admit('a').allowed)).toEqual([true, true, true]);
    expect(admit('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    // Another client has its own bucket.
    expect(admit('b').allowed).toBe(true);
    now += 500;
    expect(admit('a').allowed).toBe(true);
  });

  it('answers 429 as problem details with Retry-After', () => {
    const response = tooManyRequests(3, '/v1/papers');
    expect(response.statusCode).toBe(429);
    expect(response.headers).toMatchObject({
      'retry-after': '3',
      'content-type': expect.stringContaining('application/problem+json'),
    });
    expect(JSON.parse(response.body ?? '')).toMatchObject({
      type: '/problems/too-many-requests',
      status: 429,
    });
  });
});

describe('local edge: compression', () => {
  const text = Buffer.from(
    JSON.stringify({ items: Array.from({ length: 200 }, (_, n) => ({ n })) }),
  );

  it('compresses text of 1 KiB or more with the best accepted encoding', () => {
    expect(compress(text, 'application/json', 'gzip, br').encoding).toBe('br');
    const gzipped = compress(text, 'application/json', 'gzip');
    expect(gzipped.encoding).toBe('gzip');
    expect(gunzipSync(gzipped.body).equals(text)).toBe(true);
  });

  it('leaves small, binary or unaccepted answers alone', () => {
    expect(compress(Buffer.from('{}'), 'application/json', 'gzip').encoding).toBeUndefined();
    expect(compress(text, 'application/pdf', 'gzip').encoding).toBeUndefined();
    expect(compress(text, 'application/json', undefined).encoding).toBeUndefined();
  });
});
