import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Problem } from './problem.ts';

export type HttpResult = APIGatewayProxyStructuredResultV2 & {
  statusCode: number;
  headers: Record<string, string>;
};

export const json = (
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): HttpResult => ({
  statusCode: status,
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  body: JSON.stringify(body),
});

export const problem = (details: Problem, headers: Record<string, string> = {}): HttpResult => ({
  statusCode: details.status,
  headers: { 'content-type': 'application/problem+json; charset=utf-8', ...headers },
  body: JSON.stringify(details),
});

/** Bytes as they were stored, base64 in the response as API Gateway requires for binary bodies. */
export const bytes = (body: Uint8Array, headers: Record<string, string>): HttpResult => ({
  statusCode: 200,
  headers: { 'content-length': String(body.length), ...headers },
  body: Buffer.from(body).toString('base64'),
  isBase64Encoded: true,
});

/** 303 See Other: the content is elsewhere, for a client to fetch with GET. */
export const seeOther = (location: string, headers: Record<string, string> = {}): HttpResult => ({
  statusCode: 303,
  headers: { location, ...headers },
});
