import middy from '@middy/core';
import httpCors from '@middy/http-cors';
import httpSecurityHeaders from '@middy/http-security-headers';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { productionRoot } from '../composition/root.ts';
import type { Telemetry } from '../composition/telemetry.ts';
import { requestBudgetMs } from '../config/limits.ts';
import { pageSecurityPolicy } from '../http/page-security.ts';
import { problemDetails } from '../http/problem-middleware.ts';
import { requestHygiene } from '../http/request-hygiene.ts';
import type { HttpResult } from '../http/responses.ts';
import { createRouter } from '../http/router.ts';
import { type ApiDeps, routes } from '../http/routes.ts';
import { httpSemantics } from '../http/semantics.ts';
import { withinBudget } from '../http/time-budget.ts';
import { aroundInvocation } from './around-invocation.ts';

export interface ApiHandlerDeps extends Pick<Telemetry, 'logger' | 'invocation'> {
  readonly api: ApiDeps;
}

/** Origins allowed to read from browsers: `ALLOWED_ORIGINS`, comma-separated, or any. */
const allowedOrigins = (env: NodeJS.ProcessEnv = process.env) =>
  (env.ALLOWED_ORIGINS ?? '*')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);

/**
 * The API function: one router behind API Gateway's HTTP API (payload format 2.0). Middlewares
 * are used outermost first, so on an error the problem is built before CORS, security headers
 * and caching rules are added to it, and the pages' own CSP replaces the generic one last.
 */
export const createApiHandler = (
  deps: () => ApiHandlerDeps,
  /** How long a request may run before it is answered 503 (tests shorten it). */
  budgetMs: number = requestBudgetMs,
) => {
  const list = routes(() => deps().api);
  return middy<APIGatewayProxyEventV2, HttpResult>()
    .use(aroundInvocation(() => deps().invocation))
    .use(requestHygiene())
    .use(pageSecurityPolicy())
    .use(
      httpCors({
        origins: allowedOrigins(),
        methods: 'GET, HEAD, OPTIONS',
        headers: 'Accept, Authorization, If-None-Match',
        exposeHeaders: 'ETag, Link, Repr-Digest, Retry-After, X-Request-Id, Allow',
        maxAge: 600,
        // Answers preflight OPTIONS itself, before routing.
        disableBeforePreflightResponse: false,
      }),
    )
    .use(
      httpSecurityHeaders({
        // Open data is read from other sites: their pages may fetch it.
        crossOriginResourcePolicy: { policy: 'cross-origin' },
        crossOriginEmbedderPolicy: false,
        // No reporting endpoint is configured: without this the header goes out empty. The
        // middleware reads the option, though its types do not declare it.
        ...({ reportingEndpoints: false } as object),
        contentSecurityPolicy: {
          'default-src': "'none'",
          'frame-ancestors': "'none'",
        },
      }),
    )
    .use(httpSemantics(list))
    .use(problemDetails(() => deps().logger))
    .handler(withinBudget(createRouter(list), budgetMs));
};

export const handler = createApiHandler(productionRoot);
