import {
  CouncilPapersError,
  ForbiddenError,
  InvalidRequestError,
  NotAcceptableError,
  NotFoundError,
  ServiceUnavailableError,
  TakenDownError,
  UnauthorizedError,
  WithheldError,
} from '../domain/errors.ts';

/** RFC 9457 problem details. `type` values are stable: clients may switch on them. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance?: string;
  readonly errors?: readonly { readonly where: string; readonly message: string }[];
}

export class MethodNotAllowedError extends CouncilPapersError {
  override readonly name = 'MethodNotAllowedError';
  constructor(
    readonly method: string,
    readonly allow: readonly string[],
  ) {
    super(`${method} is not allowed here; allowed: ${allow.join(', ')}.`);
  }
}

export class RouteNotFoundError extends NotFoundError {}

/** Errors whose message the caller may read, by class, most specific first, with their stable problem type. */
const clientErrors: readonly [abstract new (...args: never[]) => Error, string, string, number][] =
  [
    [InvalidRequestError, 'invalid-request', 'Invalid request', 400],
    [UnauthorizedError, 'unauthorized', 'Unauthorized', 401],
    [WithheldError, 'withheld', 'Withheld from publication', 403],
    [TakenDownError, 'taken-down', 'Taken down', 410],
    [ForbiddenError, 'forbidden', 'Forbidden', 403],
    [NotAcceptableError, 'not-acceptable', 'Not acceptable', 406],
    [MethodNotAllowedError, 'method-not-allowed', 'Method not allowed', 405],
    [RouteNotFoundError, 'no-such-route', 'No such route', 404],
    [NotFoundError, 'not-found', 'Not found', 404],
    // Not a client error, but one the caller can act on: its message says when to try again.
    [ServiceUnavailableError, 'unavailable', 'Service unavailable', 503],
  ];

/**
 * Maps any error to a problem. Only our client errors expose their message; everything else is a
 * generic 500 whose detail goes to the log, never to the caller.
 */
export const toProblem = (error: unknown): Problem => {
  const known = clientErrors.find(([type]) => error instanceof type);
  if (known && error instanceof Error) {
    const [, slug, title, status] = known;
    const errors = error instanceof InvalidRequestError ? { errors: error.problems } : {};
    return { type: `/problems/${slug}`, title, status, detail: error.message, ...errors };
  }
  return {
    type: '/problems/internal-error',
    title: 'Internal error',
    status: 500,
    detail: 'The server failed to answer this request; it has been logged.',
  };
};
