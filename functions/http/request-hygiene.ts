import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { InvalidRequestError } from '../domain/errors.ts';
import type { HttpResult } from './responses.ts';

/** Decodes one percent-encoded component, or names where it is malformed. */
const decodes = (raw: string): boolean => {
  try {
    decodeURIComponent(raw);
    return true;
  } catch {
    return false;
  }
};

/**
 * The places in a request target whose percent-escapes do not decode (`%zz`, a lone `%`, a
 * truncated UTF-8 sequence), each as a problem naming the part and what is expected.
 *
 * @example malformedEscapes('/v1/papers/%zz', 'q=ok') // [{ where: 'path', ... }]
 */
export const malformedEscapes = (
  rawPath: string,
  rawQuery: string,
): { where: string; message: string }[] => {
  const expected =
    'a percent sign must start an escape of two hexadecimal digits forming UTF-8, such as %20 for a space or %C3%A9 for é; a literal % is written %25';
  const problems = rawPath
    .split('/')
    .filter((segment) => !decodes(segment))
    .map((segment) => ({ where: 'path', message: `"${segment}" is malformed: ${expected}` }));
  for (const pair of rawQuery.split('&').filter(Boolean)) {
    const [name = '', ...rest] = pair.split('=');
    const value = rest.join('=');
    const where = decodes(name.replaceAll('+', ' '))
      ? `query.${decodeURIComponent(name.replaceAll('+', ' '))}`
      : 'query';
    if (!decodes(name.replaceAll('+', ' ')) || !decodes(value.replaceAll('+', ' ')))
      problems.push({ where, message: `"${pair}" is malformed: ${expected}` });
  }
  return problems;
};

/**
 * Refuses, as a 400 problem, a request whose path or query has a malformed percent-escape: no
 * route could read it, and decoding it later would fail as a 500. Also drops headers a
 * middleware set to `undefined` to remove them (`Server`, `X-Powered-By`), which would otherwise
 * be sent as the word "undefined" by anything that does not serialise the result as JSON.
 */
export const requestHygiene = (): MiddlewareObj<APIGatewayProxyEventV2, HttpResult> => {
  const dropUndefined = (response: HttpResult | null | undefined) => {
    if (!response?.headers) return;
    for (const [name, value] of Object.entries(response.headers))
      if (value === undefined || value === null) delete response.headers[name];
  };
  return {
    before: (request) => {
      const problems = malformedEscapes(
        request.event.rawPath ?? '',
        request.event.rawQueryString ?? '',
      );
      if (problems.length > 0)
        throw new InvalidRequestError(
          'The request target has a malformed percent-escape.',
          problems,
        );
    },
    after: (request) => dropUndefined(request.response),
    onError: (request) => dropUndefined(request.response),
  };
};
