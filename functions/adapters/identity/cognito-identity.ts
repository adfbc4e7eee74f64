import { CognitoJwtVerifier } from 'aws-jwt-verify';
import type { Officer, OfficerIdentity } from '../../ports/officer-identity.ts';

/**
 * Officers of an Amazon Cognito user pool: a credential is an ID token the pool issued to the
 * site's app client, checked (signature against the pool's published keys, issuer, audience,
 * expiry) by AWS's own verifier, which caches the keys for the life of the function.
 */
export class CognitoIdentity implements OfficerIdentity {
  readonly #verifier;

  constructor(userPoolId: string, clientId: string) {
    this.#verifier = CognitoJwtVerifier.create({ userPoolId, clientId, tokenUse: 'id' });
  }

  async identify(credential: string): Promise<Officer | undefined> {
    try {
      const claims = await this.#verifier.verify(credential);
      const name = claims.email ?? claims['cognito:username'] ?? claims.sub;
      return { name: String(name) };
    } catch {
      // Expired, forged or for another client: the officer signs in again.
      return undefined;
    }
  }
}
