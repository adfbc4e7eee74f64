import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { HttpResult } from './responses.ts';

/** What one page needs beyond the rest: its own script, and the bucket it uploads to. */
export interface PagePolicyExtras {
  /** The page runs the site's own scripts (`/assets/*.js`), and nothing inline. */
  readonly scripts?: boolean;
  /** The origin its forms and scripts send files to (the upload bucket's). */
  readonly uploadOrigin?: string;
  /** Where its sign-out form goes on to (the hosted sign-in's logout), if elsewhere. */
  readonly signOutOrigin?: string;
}

/** The header a route sets to ask for {@link PagePolicyExtras}; taken off before answering. */
export const pagePolicyHeader = 'x-page-policy';

/**
 * The Content-Security-Policy of an HTML answer: the site's own stylesheet and images, forms
 * sent only to itself, and nothing else: no scripts, no inline styles, no framing, no `<base>`.
 * The upload page adds the site's own script and the bucket, for its forms and uploads only.
 */
export const pagePolicyWith = (extras: PagePolicyExtras = {}): string =>
  [
    "default-src 'none'",
    ...(extras.scripts ? ["script-src 'self'"] : []),
    "style-src 'self'",
    "img-src 'self'",
    ...(extras.uploadOrigin ? [`connect-src 'self' ${extras.uploadOrigin}`] : []),
    ["form-action 'self'", extras.uploadOrigin, extras.signOutOrigin].filter(Boolean).join(' '),
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ].join('; ');

export const pagePolicy = pagePolicyWith();

/** The header value asking for extras, for a route's answer. */
export const pagePolicyRequest = (extras: PagePolicyExtras): Record<string, string> => ({
  [pagePolicyHeader]: JSON.stringify(extras),
});

const extrasOf = (value: string | undefined): PagePolicyExtras => {
  if (!value) return {};
  const parsed = JSON.parse(value) as PagePolicyExtras;
  return {
    scripts: parsed.scripts === true,
    // Only an origin (scheme, host, port) may widen the policy.
    ...(parsed.uploadOrigin && { uploadOrigin: new URL(parsed.uploadOrigin).origin }),
    ...(parsed.signOutOrigin && { signOutOrigin: new URL(parsed.signOutOrigin).origin }),
  };
};

/**
 * Puts the page policy on HTML answers, replacing the generic policy of the security-headers
 * middleware, which always adds `sandbox` (no forms, no downloads) and `upgrade-insecure-requests`
 * (no stylesheet on the local stack's plain http). Used outermost, so it runs last.
 */
export const pageSecurityPolicy = (): MiddlewareObj<APIGatewayProxyEventV2, HttpResult> => {
  const apply = (request: { response?: HttpResult | null }) => {
    const headers = request.response?.headers;
    if (!headers) return;
    const extras = extrasOf(headers[pagePolicyHeader]);
    delete headers[pagePolicyHeader];
    const type = headers['content-type'] ?? headers['Content-Type'] ?? '';
    if (!type.startsWith('text/html')) return;
    delete headers['content-security-policy'];
    headers['Content-Security-Policy'] = pagePolicyWith(extras);
  };
  return { after: apply, onError: apply };
};
