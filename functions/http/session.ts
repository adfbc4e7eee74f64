import { randomBytes } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { ForbiddenError, InvalidRequestError } from '../domain/errors.ts';
import { sameSecret } from '../domain/secrets.ts';

/**
 * The site's cookies: the session (the credential the officer or auditor signed in with), the
 * CSRF token its forms carry back, and, during a hosted sign-in, the flow's state and PKCE
 * verifier. All HttpOnly; over https also Secure, with the `__Host-` prefix (no Domain, Path=/),
 * which no other host can set or overwrite. The CSRF cookie is SameSite=Strict; the session and
 * the sign-in flow are SameSite=Lax, since they must arrive with the navigation back from the
 * council's sign-in page (another site), which changes nothing by itself.
 */
const secure = (event: APIGatewayProxyEventV2): boolean =>
  (event.headers?.['x-forwarded-proto'] ?? '').split(',')[0]?.trim() === 'https';

const cookieName = (event: APIGatewayProxyEventV2, base: 'session' | 'csrf' | 'signin') =>
  secure(event) ? `__Host-council-${base}` : `council-${base}`;

/** How long a session lasts before signing in again (Cognito's ID tokens last an hour anyway). */
export const sessionSeconds = 8 * 60 * 60;

/** The request's cookies (payload 2.0 gives them apart from the headers). */
export const cookiesOf = (event: APIGatewayProxyEventV2): Record<string, string> => {
  const found: Record<string, string> = {};
  const raw = [...(event.cookies ?? []), ...(event.headers?.cookie?.split(';') ?? [])];
  for (const cookie of raw) {
    const at = cookie.indexOf('=');
    if (at > 0) found[cookie.slice(0, at).trim()] = cookie.slice(at + 1).trim();
  }
  return found;
};

const setCookie = (
  event: APIGatewayProxyEventV2,
  name: string,
  value: string,
  maxAge: number,
  sameSite: 'Strict' | 'Lax' = 'Strict',
) =>
  [
    `${name}=${value}`,
    'Path=/',
    `Max-Age=${maxAge}`,
    'HttpOnly',
    `SameSite=${sameSite}`,
    ...(secure(event) ? ['Secure'] : []),
  ].join('; ');

/** The credential of the signed-in session, if any. */
export const sessionCredential = (event: APIGatewayProxyEventV2): string | undefined =>
  cookiesOf(event)[cookieName(event, 'session')] || undefined;

/** The session cookie holding `credential`, for `seconds` (at most {@link sessionSeconds}). */
export const sessionCookie = (
  event: APIGatewayProxyEventV2,
  credential: string,
  seconds = sessionSeconds,
): string =>
  setCookie(
    event,
    cookieName(event, 'session'),
    credential,
    Math.max(0, Math.min(Math.floor(seconds), sessionSeconds)),
    'Lax',
  );

export const endSessionCookie = (event: APIGatewayProxyEventV2): string =>
  setCookie(event, cookieName(event, 'session'), '', 0, 'Lax');

/** How long a hosted sign-in may take, from leaving the site to coming back. */
export const signInFlowSeconds = 10 * 60;

/** The sign-in flow's cookie: the state and PKCE verifier (opaque here), for the callback. */
export const signInFlowCookie = (event: APIGatewayProxyEventV2, value: string): string =>
  setCookie(event, cookieName(event, 'signin'), value, signInFlowSeconds, 'Lax');

export const signInFlowOf = (event: APIGatewayProxyEventV2): string | undefined =>
  cookiesOf(event)[cookieName(event, 'signin')] || undefined;

export const endSignInFlowCookie = (event: APIGatewayProxyEventV2): string =>
  setCookie(event, cookieName(event, 'signin'), '', 0, 'Lax');

/**
 * The CSRF token forms carry (double submit): the request's own when it has one, else a new
 * random one with the cookie that sets it. A cross-site page can neither read the cookie nor
 * make the browser send it (SameSite=Strict), so it cannot forge a form that matches.
 */
export const csrfToken = (event: APIGatewayProxyEventV2): { token: string; cookie?: string } => {
  const current = cookiesOf(event)[cookieName(event, 'csrf')];
  if (current && /^[A-Za-z0-9_-]{43}$/.test(current)) return { token: current };
  const token = randomBytes(32).toString('base64url');
  return { token, cookie: setCookie(event, cookieName(event, 'csrf'), token, sessionSeconds) };
};

/** A form's fields (`application/x-www-form-urlencoded`), as a browser posts them. */
export const formFields = (event: APIGatewayProxyEventV2): URLSearchParams => {
  const type = event.headers?.['content-type'] ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded'))
    throw new InvalidRequestError('Send the form as application/x-www-form-urlencoded.');
  const body = event.body ?? '';
  return new URLSearchParams(
    event.isBase64Encoded ? Buffer.from(body, 'base64').toString('utf8') : body,
  );
};

/**
 * Checks a posted form came from one of our pages: its CSRF field equals the CSRF cookie, and a
 * browser's `Origin`, when sent, is this site's own. Throws 403 otherwise.
 */
export const checkCsrf = (
  event: APIGatewayProxyEventV2,
  fields: URLSearchParams,
  publicBaseUrl?: string,
): void => {
  const cookie = cookiesOf(event)[cookieName(event, 'csrf')];
  const field = fields.get('csrf') ?? '';
  if (!cookie || !sameSecret(field, cookie))
    throw new ForbiddenError(
      'This form has expired or did not come from this site: go back, reload the page and send it again.',
    );
  const origin = event.headers?.origin;
  const hosts = [
    event.headers?.host ?? event.requestContext.domainName,
    ...(publicBaseUrl ? [new URL(publicBaseUrl).host] : []),
  ];
  if (origin && origin !== 'null' && !hosts.includes(new URL(origin).host))
    throw new ForbiddenError('Forms may only be sent from this site.');
};

/** This site's own origin, as the browser sees it (for redirects back from the bucket). */
export const siteOrigin = (event: APIGatewayProxyEventV2, publicBaseUrl?: string): string =>
  publicBaseUrl ??
  `${secure(event) ? 'https' : 'http'}://${event.headers?.host ?? event.requestContext.domainName}`;
