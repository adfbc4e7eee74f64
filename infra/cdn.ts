import { Aws, Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  AllowedMethods,
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
  OriginSslPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { denyAuditFunctionCode, retryAfterFunctionCode } from './edge-deny-audit.ts';

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
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'council-papers public API',
      defaultBehavior: {
        origin: new HttpOrigin(`${props.api.apiId}.execute-api.${Aws.REGION}.${Aws.URL_SUFFIX}`, {
          protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
          originSslProtocols: [OriginSslPolicy.TLS_V1_2],
        }),
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
  }
}
