/**
 * A CloudFront Function (viewer request, cloudfront-js-2.0) that answers every `/v1/audit*` path
 * with 403 at the edge. Audit routes are IAM-authorised and signed with SigV4 for the API's own
 * host, so they are called on the API URL, never through the CDN. The path is decoded, lower-cased
 * and its slashes collapsed first, so `/V1//%61udit` is refused too.
 */
export const denyAuditFunctionCode = `function handler(event) {
  var uri = event.request.uri;
  try { uri = decodeURIComponent(uri); } catch (e) { /* keep the raw path */ }
  uri = uri.toLowerCase().replace(/\\/+/g, '/');
  if (uri.indexOf('/v1/audit') === 0) {
    return {
      statusCode: 403,
      statusDescription: 'Forbidden',
      headers: {
        'content-type': { value: 'application/problem+json' },
        'cache-control': { value: 'no-store' }
      },
      body: {
        encoding: 'text',
        data: JSON.stringify({
          type: 'about:blank',
          title: 'Forbidden',
          status: 403,
          detail: 'Audit routes are served only on the API URL, signed with AWS SigV4.'
        })
      }
    };
  }
  return event.request;
}`;

/**
 * A CloudFront Function (viewer response) that gives API Gateway's throttling answer (429, which
 * HTTP APIs send without it) a `Retry-After`, so clients know when to come back.
 */
export const retryAfterFunctionCode = `function handler(event) {
  var response = event.response;
  if (response.statusCode === 429 && !response.headers['retry-after']) {
    response.headers['retry-after'] = { value: '1' };
    response.headers['cache-control'] = { value: 'no-store' };
  }
  return response;
}`;
