import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { denyAuditFunctionCode, retryAfterFunctionCode } from '../../infra/edge-deny-audit.ts';
import { flatten, onlyResource, resourcesOf, synthesize } from './synth.ts';

let service: Template;
let distribution: Record<string, unknown>;

beforeAll(() => {
  ({ service } = synthesize());
  const [, resource] = onlyResource(service, 'AWS::CloudFront::Distribution');
  distribution = resource.Properties.DistributionConfig as Record<string, unknown>;
});

interface EdgeRequest {
  uri: string;
}
type EdgeResult = EdgeRequest | { statusCode: number; body: { data: string } };

/** Runs the CloudFront Function's source as CloudFront would: a global `handler(event)`. */
const edge = new Function(`${denyAuditFunctionCode}; return handler;`)() as (event: {
  request: EdgeRequest;
}) => EdgeResult;

describe('CloudFront distribution', () => {
  it('fronts the HTTP API over HTTPS only', () => {
    const [origin] = distribution.Origins as { DomainName: unknown; CustomOriginConfig: unknown }[];
    expect(flatten(origin?.DomainName)).toMatch(
      /^<GatewayHttpApi\w+>\.execute-api\.<AWS::Region>\.<AWS::URLSuffix>$/,
    );
    expect(origin?.CustomOriginConfig).toMatchObject({
      OriginProtocolPolicy: 'https-only',
      OriginSSLProtocols: ['TLSv1.2'],
    });
    expect(distribution.DefaultCacheBehavior).toMatchObject({
      ViewerProtocolPolicy: 'redirect-to-https',
      AllowedMethods: ['GET', 'HEAD', 'OPTIONS'],
      CachedMethods: ['GET', 'HEAD'],
      Compress: true,
    });
  });

  it("caches by the API's Cache-Control, with the query string and Accept in the key", () => {
    const behavior = distribution.DefaultCacheBehavior as { CachePolicyId: unknown };
    const policyId = flatten(behavior.CachePolicyId).slice(1, -1);
    expect(service.toJSON().Resources[policyId]).toMatchObject({
      Type: 'AWS::CloudFront::CachePolicy',
      Properties: {
        CachePolicyConfig: {
          DefaultTTL: 0,
          MinTTL: 0,
          MaxTTL: 365 * 24 * 3600,
          ParametersInCacheKeyAndForwardedToOrigin: {
            QueryStringsConfig: { QueryStringBehavior: 'all' },
            CookiesConfig: { CookieBehavior: 'none' },
            HeadersConfig: { HeaderBehavior: 'whitelist', Headers: ['Origin', 'Accept'] },
            EnableAcceptEncodingGzip: true,
            EnableAcceptEncodingBrotli: true,
          },
        },
      },
    });
  });

  it('writes its access logs to the logs bucket', () => {
    expect(flatten((distribution.Logging as { Bucket: unknown }).Bucket)).toMatch(
      /AccessLogs\w+RegionalDomainName/,
    );
    expect(distribution.Logging).toMatchObject({ Prefix: 'cloudfront/' });
  });

  it('runs the audit-denying function on every viewer request, and Retry-After on responses', () => {
    const behavior = distribution.DefaultCacheBehavior as {
      FunctionAssociations: { EventType: string; FunctionARN: unknown }[];
    };
    expect(behavior.FunctionAssociations).toEqual([
      {
        EventType: 'viewer-request',
        FunctionARN: { 'Fn::GetAtt': [expect.stringMatching(/DenyAudit/), 'FunctionARN'] },
      },
      {
        EventType: 'viewer-response',
        FunctionARN: { 'Fn::GetAtt': [expect.stringMatching(/RetryAfter/), 'FunctionARN'] },
      },
    ]);
    service.hasResourceProperties('AWS::CloudFront::Function', {
      AutoPublish: true,
      FunctionConfig: { Runtime: 'cloudfront-js-2.0' },
      FunctionCode: denyAuditFunctionCode,
    });
  });
});

describe('the audit-denying edge function', () => {
  it.each([
    '/v1/audit',
    '/v1/audit/ingests',
    '/v1/audit/ingests?outcome=rejected',
    '/V1/Audit/ingests',
    '//v1//audit',
    '/v1/%61udit/ingests',
  ])('answers %s with a 403 problem', (uri) => {
    const result = edge({ request: { uri } });
    expect(result).toMatchObject({
      statusCode: 403,
      headers: { 'content-type': { value: 'application/problem+json' } },
    });
    expect(JSON.parse((result as { body: { data: string } }).body.data)).toMatchObject({
      status: 403,
    });
  });

  it.each(['/v1/papers', '/v1/datasets/x/rows', '/', '/v1/%zz'])(
    'passes %s on to the API',
    (uri) => {
      const request = { uri };
      expect(edge({ request })).toBe(request);
    },
  );
});

describe('officer paths at the edge', () => {
  interface Behavior {
    PathPattern: string;
    CachePolicyId: unknown;
    OriginRequestPolicyId: unknown;
    AllowedMethods: string[];
    ViewerProtocolPolicy: string;
  }
  const behaviors = () => distribution.CacheBehaviors as Behavior[];

  it('have their own behaviours: the upload page, sign-in and out, the callback', () => {
    // Act
    const patterns = behaviors().map((behavior) => behavior.PathPattern);

    // Assess
    expect(patterns.sort()).toEqual(
      ['/auth/*', '/officer/*', '/signin', '/signout', '/upload', '/upload/*'].sort(),
    );
  });

  it('are never cached, and reach the API with cookies, query string and every header but Host', () => {
    for (const behavior of behaviors()) {
      // Assess (AWS's managed CachingDisabled and AllViewerExceptHostHeader policies)
      expect(behavior.CachePolicyId, behavior.PathPattern).toBe(
        '4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
      );
      expect(behavior.OriginRequestPolicyId, behavior.PathPattern).toBe(
        'b689b0a8-53d0-40ab-baf2-68738e2966ac',
      );
    }
  });

  it('allow POST (forms, sign-out) over HTTPS only', () => {
    for (const behavior of behaviors()) {
      // Assess
      expect(behavior.AllowedMethods, behavior.PathPattern).toEqual(
        expect.arrayContaining(['GET', 'HEAD', 'POST']),
      );
      expect(behavior.ViewerProtocolPolicy, behavior.PathPattern).toBe('https-only');
    }
  });
});

describe('throttled answers at the edge', () => {
  const viewerResponse = new Function(`${retryAfterFunctionCode}; return handler;`)() as (event: {
    response: { statusCode: number; headers: Record<string, { value: string }> };
  }) => { headers: Record<string, { value: string }> };

  it('get a Retry-After when API Gateway sends none, and other answers are untouched', () => {
    expect(viewerResponse({ response: { statusCode: 429, headers: {} } }).headers).toMatchObject({
      'retry-after': { value: '1' },
    });
    expect(
      viewerResponse({ response: { statusCode: 429, headers: { 'retry-after': { value: '7' } } } })
        .headers['retry-after'],
    ).toEqual({ value: '7' });
    expect(viewerResponse({ response: { statusCode: 200, headers: {} } }).headers).toEqual({});
  });
});

describe('TakedownPolicy', () => {
  const takedownPolicy = () => {
    const found = resourcesOf(service, 'AWS::IAM::ManagedPolicy').find(([id]) =>
      id.startsWith('CdnTakedownPolicy'),
    );
    if (!found) throw new Error('no TakedownPolicy');
    return found;
  };

  it('allows cloudfront:CreateInvalidation on this distribution and nothing else', () => {
    // Prepare
    const [distributionId] = onlyResource(service, 'AWS::CloudFront::Distribution');
    const [, policy] = takedownPolicy();

    // Act
    const statements = (policy.Properties.PolicyDocument as { Statement: unknown[] }).Statement as {
      Effect: string;
      Action: unknown;
      Resource: unknown;
    }[];

    // Assess
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({
      Effect: 'Allow',
      Action: 'cloudfront:CreateInvalidation',
    });
    expect(flatten(statements[0]?.Resource)).toBe(
      `arn:<AWS::Partition>:cloudfront::<AWS::AccountId>:distribution/<${distributionId}>`,
    );
  });

  it('is attached to no function or role: operators who take versions down hold it', () => {
    // Prepare
    const [, policy] = takedownPolicy();

    // Assess
    expect(policy.Properties.Roles).toBeUndefined();
    expect(policy.Properties.Users).toBeUndefined();
    expect(policy.Properties.Groups).toBeUndefined();
  });

  it('is an output, beside the distribution id the CLI takes', () => {
    // Prepare
    const [distributionId] = onlyResource(service, 'AWS::CloudFront::Distribution');
    const [policyId] = takedownPolicy();

    // Assess
    service.hasOutput('TakedownPolicyArn', { Value: { Ref: policyId } });
    service.hasOutput('CdnDistributionId', { Value: { Ref: distributionId } });
  });
});
