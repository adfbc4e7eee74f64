import type { Officer, OfficerIdentity } from '../../ports/officer-identity.ts';

/** AWS's verifier for the pool's ID tokens, with its library loaded only now. */
const createVerifier = async (userPoolId: string, clientId: string) => {
  const { CognitoJwtVerifier } = await import('aws-jwt-verify');
  return CognitoJwtVerifier.create({ userPoolId, clientId, tokenUse: 'id' });
};

/**
 * Officers of an Amazon Cognito user pool: a credential is an ID token the pool issued to the
 * site's app client, checked (signature against the pool's published keys, issuer, audience,
 * expiry) by AWS's own verifier, which caches the keys for the life of the function. The verifier
 * is loaded with the first credential: most requests are public reads, and loading it costs
 * every cold start of the API function about 20 ms (`bench/bundles.ts`).
 */
export class CognitoIdentity implements OfficerIdentity {
  readonly #userPoolId: string;
  readonly #clientId: string;
  #verifier: ReturnType<typeof createVerifier> | undefined;

  constructor(userPoolId: string, clientId: string) {
    this.#userPoolId = userPoolId;
    this.#clientId = clientId;
  }

  async identify(credential: string): Promise<Officer | undefined> {
    this.#verifier ??= createVerifier(this.#userPoolId, this.#clientId);
    const verifier = await this.#verifier;
    try {
      const claims = await verifier.verify(credential);
      const name = claims.email ?? claims['cognito:username'] ?? claims.sub;
      return { name: String(name) };
    } catch {
      // Expired, forged or for another client: the officer signs in again.
      return undefined;
    }
  }
}
