import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { configEnvVars } from '../../functions/config/runtime-config.ts';
import { type CfnResource, flatten, onlyResource, resourcesOf, synthesize } from './synth.ts';

let service: Template;

beforeAll(() => {
  ({ service } = synthesize());
});

const functionNamed = (prefix: 'Ingest' | 'Api' | 'Audit' | 'Officer'): [string, CfnResource] => {
  const found = resourcesOf(service, 'AWS::Lambda::Function').find(([id]) =>
    new RegExp(`^${prefix}[0-9A-F]{8}$`).test(id),
  );
  if (!found) throw new Error(`no ${prefix} function`);
  return found;
};
const environmentOf = (prefix: 'Ingest' | 'Api' | 'Audit') =>
  (functionNamed(prefix)[1].Properties.Environment as { Variables: Record<string, unknown> })
    .Variables;

describe('functions', () => {
  it('are six, each on Node 24 on arm64 with X-Ray tracing and JSON logs', () => {
    const functions = resourcesOf(service, 'AWS::Lambda::Function');
    expect(functions.map(([id]) => id.replace(/[0-9A-F]{8}$/, '')).sort()).toEqual([
      'Api',
      'Audit',
      'Digest',
      'Ingest',
      'Ocr',
      'Officer',
    ]);
    for (const [, fn] of functions) {
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        TracingConfig: { Mode: 'Active' },
        LoggingConfig: { LogFormat: 'JSON' },
      });
    }
  });

  it('each have their own role and their own log group with a retention', () => {
    const functions = resourcesOf(service, 'AWS::Lambda::Function');
    const roles = functions.map(([, fn]) => flatten(fn.Properties.Role));
    expect(new Set(roles).size).toBe(6);
    const logGroups = functions.map(([, fn]) =>
      flatten((fn.Properties.LoggingConfig as { LogGroup: unknown }).LogGroup),
    );
    expect(new Set(logGroups).size).toBe(6);
    for (const ref of logGroups) {
      const id = ref.slice(1, -1);
      expect(service.toJSON().Resources[id]).toMatchObject({
        Type: 'AWS::Logs::LogGroup',
        Properties: { RetentionInDays: 180 },
      });
    }
  });

  it('publish a digest hourly, from the digest function', () => {
    const rules = resourcesOf(service, 'AWS::Events::Rule');
    expect(rules).toHaveLength(1);
    const [, rule] = rules[0] as [string, { Properties: Record<string, unknown> }];
    expect(rule.Properties.ScheduleExpression).toBe('rate(1 hour)');
    const [target] = rule.Properties.Targets as { Arn: unknown }[];
    expect(flatten(target?.Arn)).toContain('Digest');
  });

  it('give no role an AWS managed policy', () => {
    for (const [, role] of resourcesOf(service, 'AWS::IAM::Role'))
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
  });

  it('learn every bucket and table name, and their stage, from the environment', () => {
    for (const prefix of ['Ingest', 'Api', 'Audit'] as const) {
      const env = environmentOf(prefix);
      expect(Object.keys(env)).toEqual(
        expect.arrayContaining([...Object.values(configEnvVars), 'STAGE', 'NODE_OPTIONS']),
      );
      expect(flatten(env.UPLOAD_BUCKET)).toBe(
        'council-papers-test-uploads-<AWS::AccountId>-<AWS::Region>',
      );
      expect(flatten(env.ARCHIVE_BUCKET)).toBe(
        'council-papers-test-archive-<AWS::AccountId>-<AWS::Region>',
      );
      expect(env.STAGE).toBe('test');
      expect(env.NODE_OPTIONS).toBe('--enable-source-maps');
    }
  });

  it('tell both API functions to require IAM authorisation on audit paths', () => {
    expect(environmentOf('Api').AUDIT_AUTH).toBe('iam');
    expect(environmentOf('Audit').AUDIT_AUTH).toBe('iam');
    expect(environmentOf('Ingest').AUDIT_AUTH).toBeUndefined();
    // The API answers CORS for the configured origins.
    expect(environmentOf('Api').ALLOWED_ORIGINS).toBe('*');
  });

  it('run the audit function from the same handler file as the API, in its own function', () => {
    const [, api] = functionNamed('Api');
    const [, audit] = functionNamed('Audit');
    expect(flatten(audit.Properties.Role)).not.toBe(flatten(api.Properties.Role));
    expect(audit.Properties.Handler).toBe(api.Properties.Handler);
  });
});

describe('ingest', () => {
  it('runs up to Lambda’s 15 minutes', () => {
    expect(functionNamed('Ingest')[1].Properties.Timeout).toBe(900);
  });

  it('consumes the queue in batches, reporting item failures, with bounded concurrency', () => {
    service.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: functionNamed('Ingest')[0] },
      EventSourceArn: { 'Fn::ImportValue': Match.stringLikeRegexp('IngestQueue') },
      BatchSize: 5,
      MaximumBatchingWindowInSeconds: 1,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 5 },
    });
    service.resourceCountIs('AWS::Lambda::EventSourceMapping', 1);
  });
});

describe('HTTP API', () => {
  const routes = () =>
    Object.fromEntries(
      resourcesOf(service, 'AWS::ApiGatewayV2::Route').map(([, route]) => [
        route.Properties.RouteKey,
        route.Properties,
      ]),
    );
  const integrationFunction = (target: unknown) => {
    const integrationId = flatten(target).replace(/^integrations\/<|>$/g, '');
    const integration = service.toJSON().Resources[integrationId];
    return flatten(integration.Properties.IntegrationUri);
  };

  it('sends every path to the public function, without authorisation', () => {
    const route = routes().$default;
    expect(route?.AuthorizationType).toBe('NONE');
    expect(integrationFunction(route?.Target)).toBe(`<${functionNamed('Api')[0]}.Arn>`);
  });

  it('sends ANY /v1/audit and everything below it to the audit function, IAM-authorised', () => {
    for (const key of ['ANY /v1/audit', 'ANY /v1/audit/{proxy+}']) {
      const route = routes()[key];
      expect(route?.AuthorizationType, key).toBe('AWS_IAM');
      expect(integrationFunction(route?.Target)).toBe(`<${functionNamed('Audit')[0]}.Arn>`);
    }
    expect(Object.keys(routes()).filter((key) => key.includes('/v1/audit'))).toHaveLength(2);
  });

  it('sends the officers’ pages and forms to the officer function, and nothing else new', () => {
    const officerKeys = [
      '/upload',
      '/upload/{proxy+}',
      '/officer/{proxy+}',
      '/signin',
      '/signout',
      '/auth/{proxy+}',
    ].flatMap((path) => [`GET ${path}`, `POST ${path}`]);
    for (const key of officerKeys) {
      const route = routes()[key];
      expect(route?.AuthorizationType, key).toBe('NONE');
      expect(integrationFunction(route?.Target), key).toBe(`<${functionNamed('Officer')[0]}.Arn>`);
    }
    expect(Object.keys(routes()).sort()).toEqual(
      ['$default', 'ANY /v1/audit', 'ANY /v1/audit/{proxy+}', ...officerKeys].sort(),
    );
  });

  it('lets the officer function verify Cognito ID tokens of the officers’ pool and client', () => {
    // Act
    const [, fn] = functionNamed('Officer');

    // Assess
    expect(fn).toMatchObject({
      Properties: {
        Environment: {
          Variables: {
            OFFICER_AUTH: 'cognito',
            OFFICER_USER_POOL_ID: expect.anything(),
            OFFICER_CLIENT_ID: expect.anything(),
          },
        },
      },
    });
  });

  it('tells the officer function its hosted sign-in, its client and the site it sends people back to', () => {
    // Act
    const variables = (
      functionNamed('Officer')[1].Properties.Environment as { Variables: Record<string, unknown> }
    ).Variables;

    // Assess
    const [clientId] = onlyResource(service, 'AWS::Cognito::UserPoolClient');
    expect(flatten(variables.OFFICER_CLIENT_ID)).toBe(`<${clientId}>`);
    expect(flatten(variables.OFFICER_SIGN_IN_DOMAIN)).toMatch(
      /^https:\/\/<import:.*HostedSignIn.*>\.auth\.<AWS::Region>\.amazoncognito\.com$/,
    );
    expect(flatten(variables.PUBLIC_BASE_URL)).toMatch(/^https:\/\/<Cdn\w+\.DomainName>$/);
  });

  it('registers a public app client for the authorization-code grant, back to the site', () => {
    // Act
    const [, client] = onlyResource(service, 'AWS::Cognito::UserPoolClient');

    // Assess
    expect(client.Properties).toMatchObject({
      GenerateSecret: false,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: expect.arrayContaining(['openid', 'email']),
      SupportedIdentityProviders: ['COGNITO'],
      PreventUserExistenceErrors: 'ENABLED',
      IdTokenValidity: 60,
    });
    expect((client.Properties.AllowedOAuthFlows as string[]).includes('implicit')).toBe(false);
    expect((client.Properties.CallbackURLs as unknown[]).map(flatten)).toEqual([
      expect.stringMatching(/^https:\/\/<Cdn\w+\.DomainName>\/auth\/callback$/),
    ]);
    expect((client.Properties.LogoutURLs as unknown[]).map(flatten)).toEqual([
      expect.stringMatching(/^https:\/\/<Cdn\w+\.DomainName>\/$/),
    ]);
  });

  it('sends officers back to the council’s own address when one is configured', () => {
    // Prepare
    const { service: configured } = synthesize({ publicBaseUrl: 'https://data.example.gov.uk' });

    // Act
    const [, client] = onlyResource(configured, 'AWS::Cognito::UserPoolClient');

    // Assess
    expect(client.Properties.CallbackURLs).toEqual(['https://data.example.gov.uk/auth/callback']);
  });

  it('throttles the stage and writes a JSON access log line per request', () => {
    service.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 200, ThrottlingBurstLimit: 400 },
      AccessLogSettings: {
        DestinationArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('AccessLogs'), 'Arn'] },
        Format: Match.stringLikeRegexp('"requestId":"\\$context.requestId"'),
      },
    });
    const [, stage] = onlyResource(service, 'AWS::ApiGatewayV2::Stage');
    const format = JSON.parse(
      (stage.Properties.AccessLogSettings as { Format: string }).Format,
    ) as Record<string, string>;
    expect(format).toMatchObject({
      status: '$context.status',
      caller: '$context.identity.userArn',
    });
  });

  it('allows CORS reads from the configured origins', () => {
    const { service: narrowed } = synthesize({ allowedOrigins: 'https://data.example.gov.uk' });
    narrowed.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.objectLike({
        AllowOrigins: ['https://data.example.gov.uk'],
        AllowMethods: ['GET', 'HEAD'],
      }),
    });
  });
});

describe('AuditorPolicy', () => {
  it('allows execute-api:Invoke on the audit routes and nothing else, and is an output', () => {
    const found = resourcesOf(service, 'AWS::IAM::ManagedPolicy').find(([id]) =>
      id.startsWith('GatewayAuditorPolicy'),
    );
    if (!found) throw new Error('no AuditorPolicy');
    const [policyId, policy] = found;
    const statements = (policy.Properties.PolicyDocument as { Statement: unknown[] }).Statement;
    expect(statements).toHaveLength(1);
    const [statement] = statements as { Effect: string; Action: string; Resource: unknown[] }[];
    expect(statement?.Effect).toBe('Allow');
    expect(statement?.Action).toBe('execute-api:Invoke');
    expect(statement?.Resource.map(flatten)).toEqual([
      expect.stringMatching(
        /:execute-api:<AWS::Region>:<AWS::AccountId>:<GatewayHttpApi\w+>\/\$default\/\*\/v1\/audit$/,
      ),
      expect.stringMatching(/\/\$default\/\*\/v1\/audit\/\*$/),
    ]);
    service.hasOutput('AuditorPolicyArn', { Value: { Ref: policyId } });
  });
});

describe('outputs', () => {
  it('name the API URL, the CloudFront URL and the buckets', () => {
    const outputs = service.toJSON().Outputs as Record<string, { Value: unknown }>;
    expect(Object.keys(outputs)).toEqual(
      expect.arrayContaining([
        'ApiUrl',
        'CdnUrl',
        'UploadBucket',
        'ArchiveBucket',
        'LogsBucket',
        'AuditorPolicyArn',
        'CdnDistributionId',
        'TakedownPolicyArn',
        'AlarmTopicArn',
        'DashboardName',
      ]),
    );
    expect(flatten(outputs.UploadBucket?.Value)).toBe(
      'council-papers-test-uploads-<AWS::AccountId>-<AWS::Region>',
    );
    expect(flatten(outputs.CdnUrl?.Value)).toMatch(/^https:\/\/<Cdn\w+\.DomainName>$/);
  });
});
