import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { ServiceUnavailableError, UnauthorizedError } from '../domain/errors.ts';
import type { Logger } from '../ports/logger.ts';
import { problemPage } from '../web/pages/problem.ts';
import { MethodNotAllowedError, toProblem } from './problem.ts';
import { htmlResult, pageContext } from './representation.ts';
import { type HttpResult, problem } from './responses.ts';
import { negotiate } from './semantics.ts';

/** A browser (which prefers HTML to JSON) is told of an error in a page; anyone else, in JSON. */
const wantsPage = (event: APIGatewayProxyEventV2) =>
  ['GET', 'HEAD', 'POST'].includes(event.requestContext.http.method) &&
  negotiate(event, ['application/problem+json', 'text/html']) === 'text/html';

/**
 * Turns every error into an RFC 9457 response and tags every response with the request id.
 * Server errors are logged with their stack; the caller only learns that the request failed.
 * A browser gets the same problem as a page, with the same status and headers.
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
    if (details.status >= 500 && !(request.error instanceof ServiceUnavailableError)) {
      logger().error('request failed', {
        requestId,
        path: request.event.rawPath,
        error: request.error,
      });
    }
    const headers: Record<string, string> = { 'x-request-id': requestId };
    if (request.error instanceof MethodNotAllowedError)
      headers.allow = request.error.allow.join(', ');
    if (request.error instanceof ServiceUnavailableError)
      headers['retry-after'] = String(request.error.retryAfterSeconds);
    if (request.error instanceof UnauthorizedError)
      headers['www-authenticate'] = 'Bearer realm="council-papers audit"';
    if (wantsPage(request.event)) {
      const page = htmlResult(problemPage(details, pageContext(request.event)), details.status);
      request.response = { ...page, headers: { ...page.headers, ...headers } };
    } else request.response = problem(details, headers);
  },
});
