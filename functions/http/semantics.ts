import { createHash } from 'node:crypto';
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import Negotiator from 'negotiator';
import { InvalidRequestError, NotAcceptableError } from '../domain/errors.ts';
import { jsonOnly, pageFormats } from './media-types.ts';
import type { HttpResult } from './responses.ts';
import type { CachePolicy, Route } from './route.ts';

/** How long a response may be kept: version URLs never change; latest ones do. */

export const cacheControl: Readonly<Record<CachePolicy, string>> = {
  immutable: 'public, max-age=31536000, immutable',
  // A minute in caches, then a background refresh: harvesters see a change within two.
  latest: 'public, max-age=60, stale-while-revalidate=60',
  private: 'private, no-store',
};

export const pathPattern = (path: string): RegExp =>
  new RegExp(`^${path.replace(/\{[^/]+\}/g, '[^/]+')}/?$`);

/**
 * The media type to answer with, of those a route produces, by the request's `Accept` (absent or
 * `*\/*` means the first). Problem details are always acceptable for errors, so they are not offered.
 */
export const negotiate = (
  event: APIGatewayProxyEventV2,
  produces: readonly string[],
): string | undefined => {
  const accept = event.headers?.accept ?? event.headers?.Accept;
  if (!accept) return produces[0];
  return new Negotiator({ headers: { accept } }).mediaType([...produces]);
};

/**
 * On a route with pages, `?format=json|html` chooses the type instead of `Accept` (a link can
 * say which it wants; a header cannot), and is taken out of the query before the route reads it.
 * A page's GET form sends its blank fields as empty parameters: for a page they mean no filter.
 */
const applyFormat = (event: APIGatewayProxyEventV2, produces: readonly string[]) => {
  if (!produces.includes('text/html')) return;
  const { format, ...query } = event.queryStringParameters ?? {};
  if (format !== undefined) {
    const type = pageFormats[format];
    if (!type)
      throw new InvalidRequestError(`"${format}" is not a format of this resource.`, [
        { where: 'query.format', message: `one of ${Object.keys(pageFormats).join(', ')}` },
      ]);
    const { Accept: _, ...headers } = event.headers ?? {};
    event.headers = { ...headers, accept: type };
  }
  const kept =
    negotiate(event, produces) === 'text/html'
      ? Object.fromEntries(Object.entries(query).filter(([, value]) => value !== ''))
      : query;
  event.queryStringParameters = Object.keys(kept).length > 0 ? kept : undefined;
  const raw = new URLSearchParams(event.rawQueryString ?? '');
  raw.delete('format');
  for (const name of [...raw.keys()]) if (!Object.hasOwn(kept, name)) raw.delete(name);
  event.rawQueryString = raw.toString();
};

const etagOf = (body: string) =>
  `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

/** `If-None-Match` lists entity tags, or `*`; weak comparison, as RFC 9110 asks for GET. */
const matches = (header: string | undefined, etag: string) => {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
};

/**
 * The HTTP semantics every route shares: 406 when the route cannot answer in any type the client
 * accepts; `Cache-Control` by the route's policy; an ETag on every successful GET (the route's
 * own, or one hashed from the body) and 304 when `If-None-Match` already holds it; `Vary`.
 */
export const httpSemantics = (
  routes: readonly Route[],
): MiddlewareObj<APIGatewayProxyEventV2, HttpResult> => {
  const patterns = routes.map((route) => ({ route, pattern: pathPattern(route.path) }));
  const routeOf = (event: APIGatewayProxyEventV2) => {
    const method = event.requestContext.http.method === 'POST' ? 'POST' : 'GET';
    const onPath = patterns.filter(({ pattern }) => pattern.test(event.rawPath));
    return (onPath.find(({ route }) => route.method === method) ?? onPath[0])?.route;
  };
  return {
    before: (request) => {
      const route = routeOf(request.event);
      if (!route) return;
      const produces = route.produces ?? jsonOnly;
      applyFormat(request.event, produces);
      // `*/*`: the route serves whatever type its content has (an original upload).
      if (produces.includes('*/*')) return;
      if (!negotiate(request.event, produces))
        throw new NotAcceptableError(
          `This resource is available as ${produces.join(', ')}; the request accepts none of them.`,
        );
    },
    onError: (request) => {
      const response = request.response;
      if (!response) return;
      response.headers.vary = 'Accept, Accept-Encoding, Origin';
      // A missing record may appear within the minute; any other error is not worth keeping, and
      // nothing a private route answers may sit in a shared cache.
      const route = routeOf(request.event);
      response.headers['cache-control'] ??=
        route?.cache === 'private'
          ? cacheControl.private
          : response.statusCode === 404
            ? cacheControl.latest
            : 'no-store';
    },
    after: (request) => {
      const response = request.response;
      if (!response) return;
      const route = routeOf(request.event);
      const headers = response.headers;
      headers.vary = 'Accept, Accept-Encoding, Origin';
      headers['cache-control'] ??= cacheControl[route?.cache ?? 'latest'];
      const method = request.event.requestContext.http.method;
      const body = response.body ?? '';
      // HEAD answers as GET would, ETag included, without the body.
      if (method === 'HEAD') delete response.body;
      if (response.statusCode !== 200 || (method !== 'GET' && method !== 'HEAD')) return;
      headers.etag ??= etagOf(body);
      const ifNoneMatch = request.event.headers?.['if-none-match'];
      if (matches(ifNoneMatch, headers.etag)) {
        const kept = Object.fromEntries(
          Object.entries(headers).filter(([name]) =>
            ['etag', 'cache-control', 'vary', 'x-request-id', 'content-location'].includes(name),
          ),
        );
        request.response = { statusCode: 304, headers: kept };
      }
    },
  };
};
