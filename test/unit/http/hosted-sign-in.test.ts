import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../functions/adapters/observability/silent.ts';
import { createApiHandler } from '../../../functions/handlers/api.ts';
import { pkceChallenge } from '../../../functions/http/hosted-sign-in.ts';
import type { OfficerIdentity } from '../../../functions/ports/officer-identity.ts';
import {
  type CodeGrant,
  CodeRefusedError,
  type TokenEndpoint,
} from '../../../functions/ports/token-endpoint.ts';
import { lambdaContext } from '../../../infra/local/lambda-context.ts';
import { httpGet } from '../../support/events.ts';
import { memoryApiDeps } from '../../support/memory-deps.ts';

const domain = 'https://council-papers-test.auth.eu-west-2.amazoncognito.com';
const site = 'https://papers.example.gov.uk';

/** A token endpoint that redeems one code for one ID token, and remembers what it was sent. */
class FakeTokenEndpoint implements TokenEndpoint {
  readonly grants: CodeGrant[] = [];
  async redeem(grant: CodeGrant) {
    this.grants.push(grant);
    if (grant.code !== 'good-code') throw new CodeRefusedError('invalid_grant');
    return { idToken: 'id-token-of-j.smith', expiresInSeconds: 3600 };
  }
}

const officers: OfficerIdentity = {
  identify: async (credential) =>
    credential === 'id-token-of-j.smith' ? { name: 'j.smith@example.gov.uk' } : undefined,
};

const setup = () => {
  const tokens = new FakeTokenEndpoint();
  const base = memoryApiDeps();
  const api = memoryApiDeps({
    officer: {
      ...base.officer,
      officers,
      hostedSignIn: { domain, clientId: 'client-1', tokens },
      publicBaseUrl: site,
    },
  });
  const handler = createApiHandler(() => ({ api, logger: silentLogger, invocation: {} }));
  const call = (
    path: string,
    options: {
      query?: Record<string, string>;
      cookies?: string[];
      method?: string;
      form?: string;
    } = {},
  ) => {
    const event: APIGatewayProxyEventV2 = {
      ...httpGet(path, options.query, options.method),
      headers: {
        accept: 'text/html',
        host: 'papers.example.gov.uk',
        'x-forwarded-proto': 'https',
        ...(options.form !== undefined && { 'content-type': 'application/x-www-form-urlencoded' }),
      },
      ...(options.cookies && { cookies: options.cookies }),
      ...(options.form !== undefined && { body: options.form }),
    };
    return handler(event, lambdaContext('api'));
  };
  return { call, tokens };
};

/** The `name=value` part of each cookie an answer sets. */
const cookiePairs = (result: { cookies?: string[] }) =>
  (result.cookies ?? []).map((cookie) => cookie.split(';')[0] ?? '');

/** Starts a sign-in: the hosted page's address and the flow cookie it set. */
const start = async (call: ReturnType<typeof setup>['call']) => {
  const result = await call('/signin', { query: { next: '/upload?kind=paper' } });
  const address = new URL(result.headers.location ?? '');
  return { result, address, flowCookie: cookiePairs(result)[0] ?? '' };
};

describe('hosted sign-in (authorization code with PKCE)', () => {
  it('sends /signin to the hosted page with the client, callback, state and an S256 challenge', async () => {
    // Prepare
    const { call } = setup();

    // Act
    const { result, address } = await start(call);

    // Assess
    expect(result.statusCode).toBe(303);
    expect(`${address.origin}${address.pathname}`).toBe(`${domain}/oauth2/authorize`);
    expect(Object.fromEntries(address.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: 'client-1',
      redirect_uri: `${site}/auth/callback`,
      code_challenge_method: 'S256',
      scope: 'openid email profile',
    });
    expect(address.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(address.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('keeps the flow in a short-lived HttpOnly, Secure, SameSite=Lax cookie', async () => {
    // Prepare
    const { call } = setup();

    // Act
    const { result } = await start(call);

    // Assess
    const [cookie] = result.cookies ?? [];
    expect(cookie).toMatch(/^__Host-council-signin=[A-Za-z0-9_-]+; /);
    expect(cookie).toContain('Max-Age=600');
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('Secure');
    expect(cookie).toContain('SameSite=Lax');
  });

  it('redeems the code with the verifier whose challenge it sent, then signs in and goes back', async () => {
    // Prepare
    const { call, tokens } = setup();
    const { address, flowCookie } = await start(call);
    const state = address.searchParams.get('state') ?? '';

    // Act
    const result = await call('/auth/callback', {
      query: { code: 'good-code', state },
      cookies: [flowCookie],
    });

    // Assess
    expect(result.statusCode).toBe(303);
    expect(result.headers.location).toBe('/upload?kind=paper');
    const [grant] = tokens.grants;
    expect(grant?.redirectUri).toBe(`${site}/auth/callback`);
    expect(pkceChallenge(grant?.codeVerifier ?? '')).toBe(
      address.searchParams.get('code_challenge'),
    );
    const session = (result.cookies ?? []).find((cookie) =>
      cookie.startsWith('__Host-council-session='),
    );
    expect(session).toBe(
      '__Host-council-session=id-token-of-j.smith; Path=/; Max-Age=3600; HttpOnly; SameSite=Lax; Secure',
    );
    expect(result.cookies).toContain(
      '__Host-council-signin=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax; Secure',
    );
  });

  it('lets the new session open the upload page', async () => {
    // Prepare
    const { call } = setup();
    const { address, flowCookie } = await start(call);
    const back = await call('/auth/callback', {
      query: { code: 'good-code', state: address.searchParams.get('state') ?? '' },
      cookies: [flowCookie],
    });

    // Act
    const page = await call('/upload', { cookies: cookiePairs(back) });

    // Assess
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('j.smith@example.gov.uk');
  });

  it('lets the upload page’s sign-out form go on to the hosted logout (CSP form-action)', async () => {
    // Prepare
    const { call } = setup();

    // Act
    const page = await call('/upload', { cookies: ['__Host-council-session=id-token-of-j.smith'] });

    // Assess
    const policy = page.headers['Content-Security-Policy'] ?? '';
    expect(policy).toMatch(new RegExp(`form-action 'self' \\S+ ${domain}(;|$)`));
    expect(page.body).toContain('<form action="/signout" method="post">');
  });

  it('refuses a callback whose state is not the one the flow cookie holds', async () => {
    // Prepare
    const { call, tokens } = setup();
    const { flowCookie } = await start(call);

    // Act
    const result = await call('/auth/callback', {
      query: { code: 'good-code', state: 'forged-state' },
      cookies: [flowCookie],
    });

    // Assess
    expect(result.statusCode).toBe(403);
    expect(tokens.grants).toEqual([]);
    expect(result.cookies ?? []).not.toContainEqual(expect.stringContaining('council-session'));
  });

  it('refuses a callback without the flow cookie (started elsewhere, or expired)', async () => {
    // Prepare
    const { call, tokens } = setup();
    const { address } = await start(call);

    // Act
    const result = await call('/auth/callback', {
      query: { code: 'good-code', state: address.searchParams.get('state') ?? '' },
    });

    // Assess
    expect(result.statusCode).toBe(400);
    expect(result.body).toContain('start again at /signin');
    expect(tokens.grants).toEqual([]);
  });

  it('answers 401 when the token endpoint refuses the code', async () => {
    // Prepare
    const { call } = setup();
    const { address, flowCookie } = await start(call);

    // Act
    const result = await call('/auth/callback', {
      query: { code: 'used-code', state: address.searchParams.get('state') ?? '' },
      cookies: [flowCookie],
    });

    // Assess
    expect(result.statusCode).toBe(401);
  });

  it('passes on the hosted page’s refusal with its reason', async () => {
    // Prepare
    const { call } = setup();
    const { address, flowCookie } = await start(call);

    // Act
    const result = await call('/auth/callback', {
      query: {
        error: 'access_denied',
        error_description: 'User is disabled',
        state: address.searchParams.get('state') ?? '',
      },
      cookies: [flowCookie],
    });

    // Assess
    expect(result.statusCode).toBe(401);
    expect(result.body).toContain('User is disabled');
  });

  it('signs out here and at the hosted page, back to the site', async () => {
    // Prepare
    const { call } = setup();
    const csrf = 'c'.repeat(43);

    // Act
    const result = await call('/signout', {
      method: 'POST',
      cookies: [`__Host-council-csrf=${csrf}`, '__Host-council-session=id-token-of-j.smith'],
      form: `csrf=${csrf}`,
    });

    // Assess
    expect(result.statusCode).toBe(303);
    const logout = new URL(result.headers.location ?? '');
    expect(`${logout.origin}${logout.pathname}`).toBe(`${domain}/logout`);
    expect(Object.fromEntries(logout.searchParams)).toEqual({
      client_id: 'client-1',
      logout_uri: `${site}/`,
    });
    expect(result.cookies).toContain(
      '__Host-council-session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax; Secure',
    );
  });

  it('refuses a sign-out without the form’s CSRF token', async () => {
    // Prepare
    const { call } = setup();

    // Act
    const result = await call('/signout', {
      method: 'POST',
      cookies: ['__Host-council-session=id-token-of-j.smith'],
      form: 'csrf=',
    });

    // Assess
    expect(result.statusCode).toBe(403);
  });

  it('sends a browser that is not signed in to /signin, and back afterwards', async () => {
    // Prepare
    const { call } = setup();

    // Act
    const result = await call('/upload');

    // Assess
    expect(result.statusCode).toBe(303);
    expect(result.headers.location).toBe('/signin?next=%2Fupload');
  });
});

describe('without a hosted sign-in (the local stack)', () => {
  it('sends /signin to the token form', async () => {
    // Prepare
    const api = memoryApiDeps();
    const handler = createApiHandler(() => ({ api, logger: silentLogger, invocation: {} }));
    const event = httpGet('/signin', { next: '/upload' });

    // Act
    const result = await handler(
      { ...event, headers: { accept: 'text/html' } },
      lambdaContext('api'),
    );

    // Assess
    expect(result.statusCode).toBe(303);
    expect(result.headers.location).toBe('/officer/sign-in?next=%2Fupload');
  });
});
