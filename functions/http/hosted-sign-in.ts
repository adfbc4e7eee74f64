import { createHash, randomBytes } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { ForbiddenError, InvalidRequestError, UnauthorizedError } from '../domain/errors.ts';
import { sameSecret } from '../domain/secrets.ts';
import type { OfficerIdentity } from '../ports/officer-identity.ts';
import type { TokenEndpoint } from '../ports/token-endpoint.ts';
import { type HttpResult, seeOther } from './responses.ts';
import type { Route } from './route.ts';
import {
  checkCsrf,
  endSessionCookie,
  endSignInFlowCookie,
  formFields,
  sessionCookie,
  signInFlowCookie,
  signInFlowOf,
  siteOrigin,
} from './session.ts';

/**
 * The council's hosted sign-in (an Amazon Cognito user pool domain): officers sign in there with
 * the authorization-code grant and PKCE, and come back to `/auth/callback`.
 */
export interface HostedSignIn {
  /** The user pool domain, `https://<prefix>.auth.<region>.amazoncognito.com`. */
  readonly domain: string;
  /** The app client the pool issues codes and ID tokens to. */
  readonly clientId: string;
  /** Redeems the code the officer comes back with (server side). */
  readonly tokens: TokenEndpoint;
}

export interface SignInDeps {
  /** Checks the ID token a code was redeemed for, as it checks every session afterwards. */
  readonly officers: OfficerIdentity;
  /** In AWS, the hosted sign-in; `null` where officers paste a token (the local stack). */
  readonly hostedSignIn: HostedSignIn | null;
  readonly publicBaseUrl?: string | undefined;
}

/** What the sign-in flow's cookie holds between leaving for the hosted page and coming back. */
interface SignInFlow {
  readonly state: string;
  readonly verifier: string;
  readonly next: string;
}

const callbackPath = '/auth/callback';
const noStore = { 'cache-control': 'private, no-store' };

/** A `next` that stays on this site: a path, never `//elsewhere` or a URL. */
export const safeNext = (next: string | null | undefined): string =>
  next && /^\/(?![/\\])/.test(next) ? next : '/upload';

const withCookies = (result: HttpResult, ...cookies: string[]): HttpResult => ({
  ...result,
  cookies: [...(result.cookies ?? []), ...cookies],
});

const secret = () => randomBytes(32).toString('base64url');

/** The PKCE challenge of a verifier (method S256, RFC 7636 §4.2). */
export const pkceChallenge = (verifier: string): string =>
  createHash('sha256').update(verifier).digest('base64url');

const encodeFlow = (flow: SignInFlow) => Buffer.from(JSON.stringify(flow)).toString('base64url');

const decodeFlow = (value: string | undefined): SignInFlow | undefined => {
  if (!value) return undefined;
  try {
    const flow = JSON.parse(
      Buffer.from(value, 'base64url').toString('utf8'),
    ) as Partial<SignInFlow>;
    return typeof flow.state === 'string' &&
      typeof flow.verifier === 'string' &&
      typeof flow.next === 'string'
      ? { state: flow.state, verifier: flow.verifier, next: safeNext(flow.next) }
      : undefined;
  } catch {
    return undefined;
  }
};

const callbackUrl = (event: APIGatewayProxyEventV2, deps: SignInDeps) =>
  `${siteOrigin(event, deps.publicBaseUrl)}${callbackPath}`;

/** Leaves for the hosted sign-in, with a fresh state and PKCE pair kept in a cookie for the callback. */
const startHostedSignIn = (
  event: APIGatewayProxyEventV2,
  deps: SignInDeps,
  hosted: HostedSignIn,
): HttpResult => {
  const flow = {
    state: secret(),
    verifier: secret(),
    next: safeNext(event.queryStringParameters?.next),
  };
  const address = new URL('/oauth2/authorize', hosted.domain);
  address.search = new URLSearchParams({
    response_type: 'code',
    client_id: hosted.clientId,
    redirect_uri: callbackUrl(event, deps),
    scope: 'openid email profile',
    state: flow.state,
    code_challenge: pkceChallenge(flow.verifier),
    code_challenge_method: 'S256',
  }).toString();
  return withCookies(
    seeOther(address.toString(), noStore),
    signInFlowCookie(event, encodeFlow(flow)),
  );
};

/** Back from the hosted sign-in: checks the state, redeems the code, checks the ID token, signs in. */
const finishHostedSignIn = async (
  event: APIGatewayProxyEventV2,
  deps: SignInDeps,
  hosted: HostedSignIn,
): Promise<HttpResult> => {
  const query = event.queryStringParameters ?? {};
  const flow = decodeFlow(signInFlowOf(event));
  if (!flow)
    throw new InvalidRequestError(
      'This sign-in has expired or was started in another browser: start again at /signin.',
    );
  if (!sameSecret(query.state ?? '', flow.state))
    throw new ForbiddenError(
      'This sign-in did not start on this site (its state does not match): start again at /signin.',
    );
  if (query.error)
    throw new UnauthorizedError(
      `The council's sign-in page refused the sign-in (${query.error}${query.error_description ? `: ${query.error_description}` : ''}): start again at /signin.`,
    );
  if (!query.code)
    throw new InvalidRequestError('The sign-in came back without a code: start again at /signin.', [
      { where: 'query.code', message: 'required' },
    ]);
  const tokens = await hosted.tokens.redeem({
    code: query.code,
    codeVerifier: flow.verifier,
    redirectUri: callbackUrl(event, deps),
  });
  const officer = await deps.officers.identify(tokens.idToken);
  if (!officer)
    throw new UnauthorizedError(
      'The sign-in gave a token this site does not accept (expired, or for another client): start again at /signin.',
    );
  return withCookies(
    seeOther(flow.next, noStore),
    sessionCookie(event, tokens.idToken, tokens.expiresInSeconds),
    endSignInFlowCookie(event),
  );
};

/**
 * `/signin`, `/auth/callback` and `/signout`. With a hosted sign-in, `/signin` leaves for it and
 * `/signout` ends the session there too; without one (the local stack) they lead to the token form.
 */
export const signInRoutes = (deps: () => SignInDeps): Route[] => [
  {
    method: 'GET',
    path: '/signin',
    cache: 'private',
    produces: ['text/html'],
    handler: async (event) => {
      const hosted = deps().hostedSignIn;
      if (hosted) return startHostedSignIn(event, deps(), hosted);
      const next = safeNext(event.queryStringParameters?.next);
      return seeOther(`/officer/sign-in?${new URLSearchParams({ next })}`, noStore);
    },
  },
  {
    method: 'GET',
    path: callbackPath,
    cache: 'private',
    produces: ['text/html'],
    handler: async (event) => {
      const hosted = deps().hostedSignIn;
      if (!hosted)
        throw new InvalidRequestError(
          'This site has no hosted sign-in: sign in with your token at /officer/sign-in.',
        );
      return finishHostedSignIn(event, deps(), hosted);
    },
  },
  {
    method: 'POST',
    path: '/signout',
    cache: 'private',
    produces: ['text/html'],
    handler: async (event) => signOut(event, deps()),
  },
];

/** Ends the session here, and at the hosted sign-in when there is one (else back home). */
export const signOut = async (event: APIGatewayProxyEventV2, deps: SignInDeps) => {
  checkCsrf(event, formFields(event), deps.publicBaseUrl);
  const hosted = deps.hostedSignIn;
  const home = `${siteOrigin(event, deps.publicBaseUrl)}/`;
  const logout = hosted && new URL('/logout', hosted.domain);
  if (logout)
    logout.search = new URLSearchParams({
      client_id: hosted.clientId,
      logout_uri: home,
    }).toString();
  return withCookies(seeOther(logout ? logout.toString() : '/', noStore), endSessionCookie(event));
};
