/**
 * How audit routes are protected. In AWS, API Gateway checks a SigV4 signature (IAM) before the
 * function runs, and the function checks that it did; locally, a bearer token `npm start` prints.
 * With neither configured, audit routes refuse everyone.
 */
export type AuditAccess =
  | { readonly mode: 'iam' }
  | { readonly mode: 'token'; readonly token: string }
  | { readonly mode: 'closed' };

export const auditEnvVars = { mode: 'AUDIT_AUTH', token: 'AUDIT_TOKEN' } as const;

export const readAuditAccess = (env: NodeJS.ProcessEnv = process.env): AuditAccess => {
  const mode = env[auditEnvVars.mode];
  if (mode === 'iam') return { mode: 'iam' };
  const token = env[auditEnvVars.token];
  // A short token is guessable: refuse it rather than protect the log with it.
  if (mode === 'token' && token && token.length >= 32) return { mode: 'token', token };
  return { mode: 'closed' };
};
