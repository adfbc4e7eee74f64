/**
 * How officers (who upload and withdraw) sign in. In AWS, an Amazon Cognito user pool: officers
 * sign in on its hosted sign-in (`/signin`, code grant with PKCE), and the officer function checks
 * the ID token their session cookie holds against the pool's keys. Locally, a bearer token
 * `npm start` prints. With neither configured, nobody can sign in as an officer.
 */
export type OfficerAccess =
  | {
      readonly mode: 'cognito';
      readonly userPoolId: string;
      readonly clientId: string;
      /**
       * The hosted sign-in's domain (`https://….auth.<region>.amazoncognito.com`); without it
       * `/signin` leads to the token form.
       */
      readonly signInDomain?: string;
    }
  | { readonly mode: 'token'; readonly token: string }
  | { readonly mode: 'closed' };

export const officerEnvVars = {
  mode: 'OFFICER_AUTH',
  token: 'OFFICER_TOKEN',
  userPoolId: 'OFFICER_USER_POOL_ID',
  clientId: 'OFFICER_CLIENT_ID',
  signInDomain: 'OFFICER_SIGN_IN_DOMAIN',
} as const;

/** Reads the officers' access from the environment; anything incomplete or weak is `closed`. */
export const readOfficerAccess = (env: NodeJS.ProcessEnv = process.env): OfficerAccess => {
  const mode = env[officerEnvVars.mode];
  if (mode === 'cognito') {
    const userPoolId = env[officerEnvVars.userPoolId];
    const clientId = env[officerEnvVars.clientId];
    const signInDomain = env[officerEnvVars.signInDomain];
    if (userPoolId && clientId)
      return { mode: 'cognito', userPoolId, clientId, ...(signInDomain && { signInDomain }) };
    return { mode: 'closed' };
  }
  const token = env[officerEnvVars.token];
  // As for the audit token: a short one is guessable, so it opens nothing.
  if (mode === 'token' && token && token.length >= 32) return { mode: 'token', token };
  return { mode: 'closed' };
};
