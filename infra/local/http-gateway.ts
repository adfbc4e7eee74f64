import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import { compress, type ThrottleOptions, throttle, tooManyRequests } from './edge.ts';

export type HttpApiHandler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

const readBody = async (request: IncomingMessage): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

/** Builds the payload-2.0 event API Gateway's HTTP API would send for this request. */
export const toHttpApiEvent = (request: IncomingMessage, body: Buffer): APIGatewayProxyEventV2 => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined && name !== 'cookie')
      headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  // Like API Gateway: repeated query parameters are joined with commas.
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams)
    query[name] = name in query ? `${query[name]},${value}` : value;
  const method = request.method ?? 'GET';
  const now = new Date();
  const textual =
    body.length === 0 ||
    /^(?:text\/|application\/(?:json|x-www-form-urlencoded))/.test(headers['content-type'] ?? '');
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    cookies: request.headers.cookie?.split(';').map((cookie) => cookie.trim()),
    headers,
    queryStringParameters: Object.keys(query).length ? query : undefined,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'local',
      http: {
        method,
        path: url.pathname,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    body: body.length ? body.toString(textual ? 'utf8' : 'base64') : undefined,
    isBase64Encoded: body.length > 0 && !textual,
  };
};

const send = (
  response: ServerResponse,
  result: APIGatewayProxyStructuredResultV2,
  method: string,
  acceptEncoding?: string,
) => {
  const headers: Record<string, string | string[]> = {};
  // Like API Gateway, which reads the result as JSON: a header whose value is undefined is not sent.
  for (const [name, value] of Object.entries(result.headers ?? {}))
    if (value !== undefined && value !== null) headers[name] = String(value);
  if (result.cookies?.length) headers['set-cookie'] = result.cookies;
  const raw =
    result.body === undefined
      ? undefined
      : Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8');
  const compressed =
    raw && compress(raw, result.headers?.['content-type'] as string, acceptEncoding);
  const body = compressed?.body;
  if (compressed?.encoding) {
    headers['content-encoding'] = compressed.encoding;
    headers['content-length'] = String(body?.length);
  }
  if (body && !('content-length' in headers)) headers['content-length'] = String(body.length);
  response.writeHead(result.statusCode ?? 200, headers);
  response.end(method === 'HEAD' ? undefined : body);
};

/**
 * Serves a Lambda HTTP API handler over plain HTTP: each request becomes the event API Gateway
 * would send, and the handler's result becomes the response. The handler is the one Lambda runs.
 */
export const serveHttpApi = (
  handler: HttpApiHandler,
  context: () => Context,
  // The AWS stack's stage throttling: 200 requests a second, bursts of 400.
  limits: ThrottleOptions = { ratePerSecond: 200, burst: 400 },
): Server => {
  const admit = throttle(limits);
  return createServer((request, response) => {
    const method = request.method ?? 'GET';
    const admitted = admit(request.socket.remoteAddress ?? 'unknown');
    if (!admitted.allowed) {
      request.resume();
      send(response, tooManyRequests(admitted.retryAfterSeconds, request.url ?? '/'), method);
      return;
    }
    const acceptEncoding = request.headers['accept-encoding'];
    readBody(request)
      .then((body) => handler(toHttpApiEvent(request, body), context()))
      .then((result) => send(response, result, method, acceptEncoding))
      .catch((error: unknown) => {
        // Only reached if the handler itself fails outside its error middleware: API Gateway says 500.
        console.error(error);
        send(
          response,
          {
            statusCode: 500,
            headers: { 'content-type': 'application/json' },
            body: '{"message":"Internal Server Error"}',
          },
          'GET',
        );
      });
  });
};
