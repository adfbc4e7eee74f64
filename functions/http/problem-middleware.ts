import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { UnauthorizedError } from '../domain/errors.ts';
import type { Logger } from '../observability/log.ts';
import { MethodNotAllowedError, toProblem } from './problem.ts';
import { type HttpResult, problem } from './responses.ts';

/**
 * Turns every error into an RFC 9457 response and tags every response with the request id.
 * Server errors are logged with their stack; the caller only learns that the request failed.
 */
export const problemDetails = (
  logger: () => Logger,
): MiddlewareObj<APIGatewayProxyEventV2, HttpResult> => ({
  after: (request) => {
    if (request.response)
      request.response.headers['x-request-id'] = request.event.requestContext.requestId;
  },
  onError: (request) => {
    const details = { ...toProblem(request.error), instance: request.event.rawPath };
    const requestId = request.event.requestContext.requestId;
    if (details.status >= 500) {
      logger().error('request failed', {
        requestId,
        path: request.event.rawPath,
        error: request.error,
      });
    }
    const headers: Record<string, string> = { 'x-request-id': requestId };
    if (request.error instanceof MethodNotAllowedError)
      headers.allow = request.error.allow.join(', ');
    if (request.error instanceof UnauthorizedError)
      headers['www-authenticate'] = 'Bearer realm="council-papers audit"';
    request.response = problem(details, headers);
  },
});
