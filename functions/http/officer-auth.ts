import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { UnauthorizedError } from '../domain/errors.ts';
import type { Officer, OfficerIdentity } from '../ports/officer-identity.ts';
import { jsonOrHtml } from './media-types.ts';
import { seeOther } from './responses.ts';
import { negotiate } from './semantics.ts';
import { sessionCredential } from './session.ts';

/** The credential a request carries: its session cookie, else an `Authorization: Bearer` token. */
export const credentialOf = (event: APIGatewayProxyEventV2): string | undefined => {
  const header = event.headers?.authorization ?? event.headers?.Authorization ?? '';
  return sessionCredential(event) ?? /^Bearer\s+(\S+)$/i.exec(header)?.[1];
};

/** Sends a person to sign in, and back here afterwards. */
export class SignInRequiredError extends UnauthorizedError {}

/** Where a browser goes to sign in before coming back to `path`. */
export const signInAddress = (event: APIGatewayProxyEventV2): string => {
  const back = `${event.rawPath}${event.rawQueryString ? `?${event.rawQueryString}` : ''}`;
  return `/signin?${new URLSearchParams({ next: back })}`;
};

/**
 * The officer a request comes from, or: a browser asking for a page is sent to sign in (303), and
 * anyone else gets 401. Checked before anything is read.
 */
export const requireOfficer = async (
  event: APIGatewayProxyEventV2,
  identity: OfficerIdentity,
): Promise<Officer | { readonly signIn: ReturnType<typeof seeOther> }> => {
  const credential = credentialOf(event);
  const officer = credential ? await identity.identify(credential) : undefined;
  if (officer) return officer;
  if (event.requestContext.http.method !== 'POST' && negotiate(event, jsonOrHtml) === 'text/html')
    return { signIn: seeOther(signInAddress(event), { 'cache-control': 'private, no-store' }) };
  throw new SignInRequiredError(
    'Sign in as an officer: a session from /signin, or `Authorization: Bearer <token>`.',
  );
};
