import httpRouterHandler, { type Route as MiddyRoute } from '@middy/http-router';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { MethodNotAllowedError, RouteNotFoundError } from './problem.ts';
import type { HttpResult } from './responses.ts';
import type { Route } from './route.ts';
import { pathPattern } from './semantics.ts';

/**
 * The one router: middy's http-router for dispatch, plus the distinction it lacks between a path
 * that does not exist (404) and a method the path does not support (405 with `Allow`).
 */
export const createRouter = (routes: readonly Route[]) => {
  const patterns = routes.map((route) => ({ ...route, pattern: pathPattern(route.path) }));
  const middyRoutes: MiddyRoute<APIGatewayProxyEventV2, HttpResult>[] = routes.flatMap((route) => [
    { method: route.method, path: route.path, handler: route.handler },
    // HEAD runs the GET handler; the semantics middleware drops the body once it has its ETag.
    ...(route.method === 'GET'
      ? [{ method: 'HEAD' as const, path: route.path, handler: route.handler }]
      : []),
  ]);
  return httpRouterHandler<APIGatewayProxyEventV2, HttpResult>({
    routes: middyRoutes,
    notFoundResponse: ({ method, path }) => {
      const allowed = patterns
        .filter((route) => route.pattern.test(path))
        .map((route) => route.method);
      if (allowed.length > 0)
        throw new MethodNotAllowedError(method, [
          ...new Set(allowed.flatMap((one) => (one === 'GET' ? ['GET', 'HEAD'] : [one]))),
        ]);
      throw new RouteNotFoundError(`There is no route ${path}.`);
    },
  });
};
