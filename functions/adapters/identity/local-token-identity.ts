import { sameSecret } from '../../domain/secrets.ts';
import type { Officer, OfficerIdentity } from '../../ports/officer-identity.ts';

/** The local stack's officer: whoever holds the token `npm start` printed. */
export class LocalTokenIdentity implements OfficerIdentity {
  constructor(
    private readonly token: string,
    private readonly officer: Officer = { name: 'local-officer' },
  ) {}

  async identify(credential: string): Promise<Officer | undefined> {
    return sameSecret(credential, this.token) ? this.officer : undefined;
  }
}

/** No officer can sign in (a deployment without a user pool or token). */
export const closedIdentity: OfficerIdentity = { identify: async () => undefined };
