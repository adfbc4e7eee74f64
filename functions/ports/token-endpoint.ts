import { UnauthorizedError } from '../domain/errors.ts';

/** What the hosted sign-in sent the browser back with, to redeem for tokens (OAuth 2.0 with PKCE). */
export interface CodeGrant {
  readonly code: string;
  /** The PKCE secret whose SHA-256 the sign-in address carried as `code_challenge`. */
  readonly codeVerifier: string;
  /** The callback address the code was issued for, exactly as the sign-in address named it. */
  readonly redirectUri: string;
}

/** The tokens a code is redeemed for: only the ID token is kept (it says who signed in). */
export interface SignInTokens {
  readonly idToken: string;
  /** Seconds the tokens stay valid, as the endpoint says. */
  readonly expiresInSeconds: number;
}

/** The identity provider's token endpoint, which redeems an authorization code (server side). */
export interface TokenEndpoint {
  /** The tokens, or {@link CodeRefusedError} when the code is wrong, used or expired. */
  redeem(grant: CodeGrant): Promise<SignInTokens>;
}

/** The token endpoint refused the code (`invalid_grant` and the like): the officer signs in again. */
export class CodeRefusedError extends UnauthorizedError {}
