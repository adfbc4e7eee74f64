import { Duration } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpIamAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { ManagedPolicy, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

/** The audit routes: IAM-authorised, served by the audit function. */
export const auditRoutePaths = ['/v1/audit', '/v1/audit/{proxy+}'] as const;

/** The officers' pages and forms: served by the officer function, which may upload and withdraw. */
export const officerRoutePaths = [
  '/upload',
  '/upload/{proxy+}',
  '/officer/{proxy+}',
  '/signin',
  '/signout',
  '/auth/{proxy+}',
] as const;

/** Requests per second across the stage, and the burst above it, before API Gateway answers 429. */
export const apiThrottle = { rateLimit: 200, burstLimit: 400 } as const;

/** One JSON object per request, including the IAM caller on audit routes. */
const accessLogFormat = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    time: '$context.requestTime',
    ip: '$context.identity.sourceIp',
    userAgent: '$context.identity.userAgent',
    caller: '$context.identity.userArn',
    method: '$context.httpMethod',
    path: '$context.path',
    routeKey: '$context.routeKey',
    status: '$context.status',
    responseLength: '$context.responseLength',
    latencyMs: '$context.responseLatency',
    integrationError: '$context.integrationErrorMessage',
  }),
);

export interface ApiGatewayProps {
  readonly publicFunction: IFunction;
  readonly auditFunction: IFunction;
  readonly officerFunction: IFunction;
  readonly allowedOrigins: readonly string[];
}

/**
 * The HTTP API: every route goes to the public function except the audit routes, which need a
 * SigV4-signed request from a principal holding the AuditorPolicy and go to the audit function.
 */
export class ApiGateway extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly auditorPolicy: ManagedPolicy;

  constructor(scope: Construct, id: string, props: ApiGatewayProps) {
    super(scope, id);
    this.api = new HttpApi(this, 'HttpApi', {
      description: 'council-papers open-data API',
      defaultIntegration: new HttpLambdaIntegration('PublicIntegration', props.publicFunction),
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: [...props.allowedOrigins],
        allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.HEAD],
        allowHeaders: ['if-none-match', 'accept'],
        maxAge: Duration.hours(1),
      },
    });
    const audit = new HttpLambdaIntegration('AuditIntegration', props.auditFunction);
    const authorizer = new HttpIamAuthorizer();
    for (const path of auditRoutePaths)
      this.api.addRoutes({ path, methods: [HttpMethod.ANY], integration: audit, authorizer });

    // No gateway authorizer: a browser's page requests carry the session cookie, which API
    // Gateway's JWT authorizer cannot read (headers and query strings only); the officer function
    // verifies the Cognito ID token the cookie holds (signature, issuer, audience, expiry).
    const officer = new HttpLambdaIntegration('OfficerIntegration', props.officerFunction);
    for (const path of officerRoutePaths)
      this.api.addRoutes({
        path,
        methods: [HttpMethod.GET, HttpMethod.POST],
        integration: officer,
      });

    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.ONE_YEAR });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: apiThrottle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: accessLogFormat,
      },
    });

    this.auditorPolicy = new ManagedPolicy(this, 'AuditorPolicy', {
      description: 'Lets its holder call the council-papers audit routes (and nothing else)',
      statements: [
        new PolicyStatement({
          sid: 'InvokeAuditRoutes',
          actions: ['execute-api:Invoke'],
          // Wildcards forced by the route shapes: any method of /v1/audit and any path below it.
          resources: [
            this.api.arnForExecuteApi('*', '/v1/audit', '$default'),
            this.api.arnForExecuteApi('*', '/v1/audit/*', '$default'),
          ],
        }),
      ],
    });
  }
}
