import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { type Html, htmlDocument } from '../web/html.ts';
import type { PageContext } from '../web/page-context.ts';
import { jsonOrHtml } from './media-types.ts';
import { type HttpResult, json } from './responses.ts';
import type { CachePolicy } from './route.ts';
import { cacheControl, negotiate } from './semantics.ts';

/** Renders a route's data as a page; it may read more through the same use cases. */
export type PageRenderer<T> = (data: T, context: PageContext) => Html | Promise<Html>;

/** What a page knows of its request: path and query (`format` already taken out). */
export const pageContext = (event: APIGatewayProxyEventV2): PageContext => ({
  path: event.rawPath,
  query: event.queryStringParameters ?? {},
});

/** A page as an HTTP answer. */
export const htmlResult = (page: Html, status = 200): HttpResult => ({
  statusCode: status,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body: htmlDocument(page),
});

/**
 * One resource, two representations: the page when the request prefers `text/html` (or asked
 * `?format=html`), else the JSON the API has always served. Both come from the same data.
 * `pageCache` caches the page by its own policy when it shows more than the immutable data (a
 * version's page says whether its chain verifies today); `json` picks what the JSON shows.
 *
 * @example return represent(event, await getPaper(deps, id), (paper, context) => paperPage(...))
 */
export const represent = async <T>(
  event: APIGatewayProxyEventV2,
  data: T,
  page: PageRenderer<T>,
  options: {
    readonly pageCache?: CachePolicy;
    /** What the JSON answer shows of the data, when not all of it (records: no storage keys). */
    readonly json?: (data: T) => unknown;
  } = {},
): Promise<HttpResult> => {
  if (negotiate(event, jsonOrHtml) !== 'text/html')
    return json(options.json ? options.json(data) : data);
  const result = htmlResult(await page(data, pageContext(event)));
  if (options.pageCache) result.headers['cache-control'] = cacheControl[options.pageCache];
  return result;
};
