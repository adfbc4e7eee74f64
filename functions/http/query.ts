import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { defaultPageSize } from '../config/limits.ts';
import { InvalidRequestError } from '../domain/errors.ts';
import { idPattern } from '../domain/identity.ts';
import { validatorFor } from '../domain/schemas.ts';
import type { PageRequest } from '../ports/page.ts';

/** Reads `limit` and `cursor`, checked against the published list-query schema. */
export const pageRequest = (event: APIGatewayProxyEventV2): PageRequest => {
  const query = event.queryStringParameters ?? {};
  const validate = validatorFor('list-query');
  if (!validate(query)) {
    throw new InvalidRequestError(
      'The query string has invalid parameters.',
      (validate.errors ?? []).map((error) => ({
        where: `query${error.instancePath.replaceAll('/', '.')}`,
        message:
          error.keyword === 'additionalProperties'
            ? `unknown parameter "${String(error.params.additionalProperty)}" (allowed: limit, cursor)`
            : error.instancePath === '/limit'
              ? 'must be a whole number from 1 to 100'
              : (error.message ?? 'is invalid'),
      })),
    );
  }
  return { limit: query.limit ? Number(query.limit) : defaultPageSize, cursor: query.cursor };
};

export const pathId = (event: APIGatewayProxyEventV2): string => {
  const id = decodeURIComponent(event.pathParameters?.id ?? '');
  if (!idPattern.test(id)) {
    throw new InvalidRequestError(`"${id}" is not a valid id.`, [
      {
        where: 'path.id',
        message: 'lower-case letters, digits, "-" and "_", at most 200 characters',
      },
    ]);
  }
  return id;
};

export const pathVersion = (event: APIGatewayProxyEventV2): number => {
  const raw = event.pathParameters?.version ?? '';
  if (!/^[1-9]\d{0,9}$/.test(raw)) {
    throw new InvalidRequestError(`"${raw}" is not a version number.`, [
      { where: 'path.version', message: 'a whole number from 1' },
    ]);
  }
  return Number(raw);
};
