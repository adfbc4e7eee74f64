import type { APIGatewayProxyEventV2 } from 'aws-lambda';

/** Hosts that only this machine reaches, which the local stack serves over plain HTTP. */
const loopback = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?$/i;

/**
 * The public address of the API, for every absolute URL it gives out (catalogues, the OpenAPI
 * `servers`): `PUBLIC_BASE_URL` when set (the CDN's in AWS), else the scheme and host the request
 * came to: `X-Forwarded-Proto` when a proxy says it, plain HTTP on a loopback host (the local
 * stack has no TLS), HTTPS anywhere else (API Gateway serves nothing else).
 *
 * @example publicBaseUrl({ headers: { host: '127.0.0.1:3000' } } as never) // 'http://127.0.0.1:3000'
 */
export const publicBaseUrl = (
  event: Pick<APIGatewayProxyEventV2, 'headers' | 'requestContext'>,
  configured: string | undefined = process.env.PUBLIC_BASE_URL,
): string => {
  if (configured) return configured.replace(/\/+$/, '');
  const host = event.headers?.host ?? event.requestContext?.domainName ?? 'localhost';
  const forwarded = event.headers?.['x-forwarded-proto']?.split(',')[0]?.trim().toLowerCase();
  const scheme =
    forwarded === 'http' || forwarded === 'https'
      ? forwarded
      : loopback.test(host)
        ? 'http'
        : 'https';
  return `${scheme}://${host}`;
};
