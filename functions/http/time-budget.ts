import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { ServiceUnavailableError } from '../domain/errors.ts';
import type { HttpResult } from './responses.ts';

type Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<HttpResult>;

/** Seconds a caller is asked to wait before trying a request that ran out of time again. */
export const retryAfterSeconds = 5;

/**
 * A handler that answers within `budgetMs`: past it, the request fails as a 503 problem with
 * `Retry-After`, rather than running on until API Gateway gives up with a bare 503 (or Lambda's
 * timeout kills the function mid-answer). The work in flight is left to finish unobserved; every
 * route only reads, so nothing is left half-done.
 *
 * @example middy().handler(withinBudget(createRouter(list), 10_000))
 */
export const withinBudget =
  (handler: Handler, budgetMs: number): Handler =>
  (event, context) => {
    // Called inside an async function, so a handler that throws at once (the router, for a path
    // it does not know) still settles the race and clears the timer.
    const work = (async () => handler(event, context))();
    let timer: NodeJS.Timeout | undefined;
    const outOfTime = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new ServiceUnavailableError(
              `This request took longer than the ${budgetMs / 1000} s it is allowed; try again in ${retryAfterSeconds} s, or ask for less (a smaller limit, a narrower filter).`,
              retryAfterSeconds,
            ),
          ),
        budgetMs,
      );
    });
    return Promise.race([work, outOfTime]).finally(() => clearTimeout(timer));
  };
