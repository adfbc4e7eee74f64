import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { AuditAccess } from '../config/audit-access.ts';
import { ForbiddenError, UnauthorizedError } from '../domain/errors.ts';
import { sameSecret } from '../domain/secrets.ts';
import { sessionCredential } from './session.ts';

/** The IAM principal API Gateway authorised, present only on routes with the IAM authorizer. */
const iamPrincipal = (event: APIGatewayProxyEventV2): string | undefined =>
  (event.requestContext as { authorizer?: { iam?: { userArn?: string } } }).authorizer?.iam
    ?.userArn;

/**
 * Lets an audit request through or throws: 403 in AWS when the request did not come through the
 * IAM-authorised route, 401 locally without the right bearer token.
 */
export const requireAuditor = (event: APIGatewayProxyEventV2, access: AuditAccess): void => {
  if (access.mode === 'iam') {
    if (!iamPrincipal(event))
      throw new ForbiddenError(
        'Audit routes need a SigV4-signed request through the audit API route.',
      );
    return;
  }
  if (access.mode === 'closed')
    throw new ForbiddenError('Audit routes are not enabled on this deployment.');
  const header = event.headers?.authorization ?? event.headers?.Authorization ?? '';
  // A bearer token, or the session an auditor signed in to with it (the audit pages).
  const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1] ?? sessionCredential(event);
  if (!token || !sameSecret(token, access.token))
    throw new UnauthorizedError(
      'Audit routes need `Authorization: Bearer <token>`, or signing in at /officer/sign-in with it; `npm start` prints the token.',
    );
};
