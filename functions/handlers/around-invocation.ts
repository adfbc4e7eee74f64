import type { MiddlewareObj, Request } from '@middy/core';

/**
 * Runs the composition root's invocation middleware (Powertools' `injectLambdaContext` in Lambda)
 * around each invocation. The root is built on first use, after the handler is, so the middleware
 * is looked up per call rather than when the chain is built.
 */
export const aroundInvocation = <TEvent, TResult>(
  middleware: () => MiddlewareObj,
): MiddlewareObj<TEvent, TResult> => ({
  name: 'aroundInvocation',
  before: (request: Request<TEvent, TResult>) => middleware().before?.(request),
  after: (request: Request<TEvent, TResult>) => middleware().after?.(request),
  onError: (request: Request<TEvent, TResult>) => middleware().onError?.(request),
});
