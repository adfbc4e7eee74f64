import {
  type CodeGrant,
  CodeRefusedError,
  type SignInTokens,
  type TokenEndpoint,
} from '../../ports/token-endpoint.ts';

/** What Cognito's `/oauth2/token` answers (RFC 6749 §5.1 and §5.2). */
interface TokenAnswer {
  readonly id_token?: unknown;
  readonly expires_in?: unknown;
  readonly error?: unknown;
  readonly error_description?: unknown;
}

/**
 * Amazon Cognito's token endpoint (`https://<domain>/oauth2/token`): redeems an authorization code
 * for the app client, a public client (no secret) that proves the code is its own with the PKCE
 * verifier. Called over HTTPS from the function, never from the browser.
 */
export class CognitoTokenEndpoint implements TokenEndpoint {
  constructor(
    /** The user pool domain, `https://<prefix>.auth.<region>.amazoncognito.com`. */
    private readonly domain: string,
    private readonly clientId: string,
    private readonly fetcher: typeof fetch = fetch,
  ) {}

  async redeem(grant: CodeGrant): Promise<SignInTokens> {
    const response = await this.fetcher(new URL('/oauth2/token', this.domain), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: this.clientId,
        code: grant.code,
        code_verifier: grant.codeVerifier,
        redirect_uri: grant.redirectUri,
      }),
      signal: AbortSignal.timeout(10_000),
    });
    const answer = (await response.json().catch(() => ({}))) as TokenAnswer;
    if (response.status === 400 && typeof answer.error === 'string')
      throw new CodeRefusedError(
        `The sign-in could not be completed (${answer.error}): sign in again.`,
      );
    if (!response.ok || typeof answer.id_token !== 'string')
      throw new Error(
        `Cognito's token endpoint answered ${response.status} without an ID token: ${String(answer.error ?? 'no error code')}`,
      );
    const expires = Number(answer.expires_in);
    return {
      idToken: answer.id_token,
      expiresInSeconds: Number.isFinite(expires) ? expires : 3600,
    };
  }
}
