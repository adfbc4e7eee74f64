import { Aws, Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  AllowedMethods,
  type BehaviorOptions,
  CacheCookieBehavior,
  CachedMethods,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  Function as CloudFrontFunction,
  Distribution,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { ManagedPolicy, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { denyAuditFunctionCode, retryAfterFunctionCode } from './edge-deny-audit.ts';

/**
 * The officers' paths (the upload page and its JSON, signing in and out, the sign-in callback):
 * private to the person signed in, so never cached, and sent to the API whole.
 */
export const officerPathPatterns = [
  '/upload',
  '/upload/*',
  '/signin',
  '/signout',
  '/auth/*',
  '/officer/*',
] as const;

export interface CdnProps {
  readonly api: HttpApi;
  readonly logs: IBucket;
}

/**
 * CloudFront in front of the public, read-only routes. Caching follows the API's own
 * Cache-Control (nothing is cached that the API does not allow, for no longer than it says);
 * the query string is part of the cache key, since it selects pages, filters and formats.
 */
export class Cdn extends Construct {
  readonly distribution: Distribution;
  readonly cachePolicy: CachePolicy;
  /**
   * For the operators who run `council-papers takedown` with their own credentials (no function
   * takes versions down): invalidating this distribution, which the CLI does after a takedown.
   */
  readonly takedownPolicy: ManagedPolicy;

  constructor(scope: Construct, id: string, props: CdnProps) {
    super(scope, id);
    this.cachePolicy = new CachePolicy(this, 'OriginCacheControl', {
      comment: "council-papers: honours the API's Cache-Control; query, Origin, Accept in the key",
      // With a default of 0, a response without Cache-Control is not cached at all.
      defaultTtl: Duration.seconds(0),
      minTtl: Duration.seconds(0),
      maxTtl: Duration.days(365),
      queryStringBehavior: CacheQueryStringBehavior.all(),
      // CORS answers differ by Origin when named origins are configured; the same URL answers
      // JSON, CSV or a page for people by Accept (the API says Vary: Accept).
      headerBehavior: CacheHeaderBehavior.allowList('Origin', 'Accept'),
      cookieBehavior: CacheCookieBehavior.none(),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    const denyAudit = new CloudFrontFunction(this, 'DenyAudit', {
      comment: 'Answers /v1/audit* with 403: audit is IAM-signed on the API URL only',
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(denyAuditFunctionCode),
    });
    const retryAfter = new CloudFrontFunction(this, 'RetryAfter', {
      comment: 'Adds Retry-After to throttled (429) answers',
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(retryAfterFunctionCode),
    });
    const origin = new HttpOrigin(
      `${props.api.apiId}.execute-api.${Aws.REGION}.${Aws.URL_SUFFIX}`,
      {
        protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
        originSslProtocols: [OriginSslPolicy.TLS_V1_2],
      },
    );
    // Never cached; cookies (the session, the CSRF token, the sign-in flow), the query string and
    // every header but Host reach the API; forms and sign-out are POSTs. HTTPS only, since a
    // redirect would turn a POST into a GET.
    const officerBehavior: BehaviorOptions = {
      origin,
      viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: AllowedMethods.ALLOW_ALL,
      cachePolicy: CachePolicy.CACHING_DISABLED,
      originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      responseHeadersPolicy: ResponseHeadersPolicy.SECURITY_HEADERS,
      compress: true,
      functionAssociations: [
        { eventType: FunctionEventType.VIEWER_RESPONSE, function: retryAfter },
      ],
    };
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'council-papers public API',
      additionalBehaviors: Object.fromEntries(
        officerPathPatterns.map((pattern) => [pattern, officerBehavior]),
      ),
      defaultBehavior: {
        origin,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
        cachedMethods: CachedMethods.CACHE_GET_HEAD,
        cachePolicy: this.cachePolicy,
        responseHeadersPolicy: ResponseHeadersPolicy.SECURITY_HEADERS,
        compress: true,
        functionAssociations: [
          { eventType: FunctionEventType.VIEWER_REQUEST, function: denyAudit },
          { eventType: FunctionEventType.VIEWER_RESPONSE, function: retryAfter },
        ],
      },
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: props.logs,
      logFilePrefix: 'cloudfront/',
    });
    this.takedownPolicy = new ManagedPolicy(this, 'TakedownPolicy', {
      description:
        "Lets its holder drop this distribution's cached copies, as council-papers takedown does",
      statements: [
        new PolicyStatement({
          sid: 'InvalidateAfterTakedown',
          actions: ['cloudfront:CreateInvalidation'],
          resources: [this.distribution.distributionArn],
        }),
      ],
    });
  }
}
