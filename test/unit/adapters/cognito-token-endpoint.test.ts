import { describe, expect, it } from 'vitest';
import { CognitoTokenEndpoint } from '../../../functions/adapters/identity/cognito-token-endpoint.ts';
import { CodeRefusedError } from '../../../functions/ports/token-endpoint.ts';

const domain = 'https://council-papers-test.auth.eu-west-2.amazoncognito.com';
const grant = {
  code: 'code-1',
  codeVerifier: 'verifier-1',
  redirectUri: 'https://papers.example.gov.uk/auth/callback',
};

/** A fetch that answers one JSON body and keeps the request it was given. */
const answering = (status: number, body: unknown) => {
  const requests: Request[] = [];
  const fetcher: typeof fetch = async (input, init) => {
    requests.push(new Request(input, init));
    return new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  };
  return { fetcher, requests };
};

describe('Cognito token endpoint', () => {
  it('posts the code, the PKCE verifier, the callback and the client to /oauth2/token', async () => {
    // Prepare
    const { fetcher, requests } = answering(200, { id_token: 'id', expires_in: 3600 });
    const endpoint = new CognitoTokenEndpoint(domain, 'client-1', fetcher);

    // Act
    await endpoint.redeem(grant);

    // Assess
    const [request] = requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe(`${domain}/oauth2/token`);
    expect(request?.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(await request?.text()))).toEqual({
      grant_type: 'authorization_code',
      client_id: 'client-1',
      code: 'code-1',
      code_verifier: 'verifier-1',
      redirect_uri: grant.redirectUri,
    });
  });

  it('gives back the ID token and how long it lasts', async () => {
    // Prepare
    const { fetcher } = answering(200, { id_token: 'id', access_token: 'a', expires_in: 1800 });
    const endpoint = new CognitoTokenEndpoint(domain, 'client-1', fetcher);

    // Act
    const tokens = await endpoint.redeem(grant);

    // Assess
    expect(tokens).toEqual({ idToken: 'id', expiresInSeconds: 1800 });
  });

  it('refuses a code Cognito will not redeem, saying to sign in again', async () => {
    // Prepare
    const { fetcher } = answering(400, { error: 'invalid_grant' });
    const endpoint = new CognitoTokenEndpoint(domain, 'client-1', fetcher);

    // Act
    const redeeming = endpoint.redeem(grant);

    // Assess
    await expect(redeeming).rejects.toThrow(CodeRefusedError);
    await expect(redeeming).rejects.toThrow('invalid_grant');
  });

  it('fails, as a server error, when Cognito answers without an ID token', async () => {
    // Prepare
    const { fetcher } = answering(500, {});
    const endpoint = new CognitoTokenEndpoint(domain, 'client-1', fetcher);

    // Act
    const redeeming = endpoint.redeem(grant);

    // Assess
    await expect(redeeming).rejects.not.toThrow(CodeRefusedError);
    await expect(redeeming).rejects.toThrow("Cognito's token endpoint answered 500");
  });
});
