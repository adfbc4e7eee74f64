import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { HttpResult } from './responses.ts';

/**
 * The Content-Security-Policy of every HTML answer: the site's own stylesheet and images, forms
 * sent only to itself, and nothing else: no scripts, no inline styles, no framing, no `<base>`.
 */
export const pagePolicy = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');

/**
 * Puts {@link pagePolicy} on HTML answers, replacing the generic policy of the security-headers
 * middleware, which always adds `sandbox` (no forms, no downloads) and `upgrade-insecure-requests`
 * (no stylesheet on the local stack's plain http). Used outermost, so it runs last.
 */
export const pageSecurityPolicy = (): MiddlewareObj<APIGatewayProxyEventV2, HttpResult> => {
  const apply = (request: { response?: HttpResult | null }) => {
    const headers = request.response?.headers;
    if (!headers) return;
    const type = headers['content-type'] ?? headers['Content-Type'] ?? '';
    if (!type.startsWith('text/html')) return;
    delete headers['content-security-policy'];
    headers['Content-Security-Policy'] = pagePolicy;
  };
  return { after: apply, onError: apply };
};
