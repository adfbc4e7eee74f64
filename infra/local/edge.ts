import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import Negotiator from 'negotiator';

/**
 * What CloudFront and API Gateway add in front of the function in AWS, done locally so the API
 * behaves the same: stage throttling (429 with Retry-After) and compression of text answers.
 */

export interface ThrottleOptions {
  /** Sustained requests per second per client. */
  readonly ratePerSecond: number;
  /** Requests a client may make at once before the rate applies. */
  readonly burst: number;
}

/** A token bucket per client address, as API Gateway throttles a stage. */
export const throttle = (options: ThrottleOptions, now: () => number = Date.now) => {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return (client: string): { allowed: true } | { allowed: false; retryAfterSeconds: number } => {
    const time = now();
    const bucket = buckets.get(client) ?? { tokens: options.burst, at: time };
    bucket.tokens = Math.min(
      options.burst,
      bucket.tokens + ((time - bucket.at) / 1000) * options.ratePerSecond,
    );
    bucket.at = time;
    buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / options.ratePerSecond)),
    };
  };
};

export const tooManyRequests = (
  retryAfterSeconds: number,
  path: string,
): APIGatewayProxyStructuredResultV2 => ({
  statusCode: 429,
  headers: {
    'content-type': 'application/problem+json; charset=utf-8',
    'retry-after': String(retryAfterSeconds),
    'cache-control': 'no-store',
  },
  body: JSON.stringify({
    type: '/problems/too-many-requests',
    title: 'Too many requests',
    status: 429,
    detail: `This client has made too many requests; try again in ${retryAfterSeconds} s.`,
    instance: path,
  }),
});

const compressible = /^(application\/(json|problem\+json|ld\+json|x-ndjson|schema\+json)|text\/)/;

/** Compresses a text answer of 1 KiB or more with the best encoding the client accepts (br, gzip). */
export const compress = (
  body: Buffer,
  contentType: string | undefined,
  acceptEncoding: string | undefined,
): { body: Buffer; encoding?: string } => {
  if (body.length < 1024 || !contentType || !compressible.test(contentType)) return { body };
  // negotiator 1.x takes a server preference for equal weights; its published types predate it.
  const negotiator = new Negotiator({
    headers: { 'accept-encoding': acceptEncoding ?? 'identity' },
  }) as Negotiator & {
    encoding(available: readonly string[], options: { preferred: readonly string[] }): string;
  };
  const encoding = negotiator.encoding(['br', 'gzip', 'identity'], { preferred: ['br', 'gzip'] });
  if (encoding === 'br')
    return {
      body: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
      encoding,
    };
  if (encoding === 'gzip') return { body: gzipSync(body), encoding };
  return { body };
};
