import middy from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { productionRoot } from '../composition/root.ts';
import { problemDetails } from '../http/problem-middleware.ts';
import type { HttpResult } from '../http/responses.ts';
import { createRouter } from '../http/router.ts';
import { type ApiDeps, routes } from '../http/routes.ts';
import type { Logger } from '../observability/log.ts';

export interface ApiHandlerDeps {
  readonly api: ApiDeps;
  readonly logger: Logger;
}

/** The API function: one router behind API Gateway's HTTP API (payload format 2.0). */
export const createApiHandler = (deps: () => ApiHandlerDeps) =>
  middy<APIGatewayProxyEventV2, HttpResult>()
    .use(problemDetails(() => deps().logger))
    .handler(createRouter(routes(() => deps().api)));

export const handler = createApiHandler(productionRoot);
