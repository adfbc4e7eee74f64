import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { HttpResult } from './responses.ts';

/** How long caches may keep an answer: for good, until the next change, or not at all. */
export type CachePolicy = 'immutable' | 'latest' | 'private';

export type RouteHandler = (event: APIGatewayProxyEventV2) => Promise<HttpResult>;

export interface Route {
  /** GET routes also answer HEAD; POST routes take the upload page's forms. */
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly handler: RouteHandler;
  /** How long caches may keep the answer; `latest` when not said. */
  readonly cache?: CachePolicy;
  /**
   * The media types the route can answer in, preferred first; JSON when not said. A route with
   * `text/html` is also a page for people, rendered from the same data (see `represent`).
   */
  readonly produces?: readonly string[];
}
