import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import type { Distribution } from 'aws-cdk-lib/aws-cloudfront';
import {
  OAuthScope,
  UserPoolClient,
  UserPoolClientIdentityProvider,
} from 'aws-cdk-lib/aws-cognito';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { Function as AppLambda } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Construct } from 'constructs';
import { defaultOcrLanguages } from '../functions/config/ocr.ts';
import { runtimeEnvironment } from '../functions/config/runtime-config.ts';
import { Cdn } from './cdn.ts';
import type { DeploymentConfig } from './config.ts';
import { appFunction } from './function.ts';
import { ApiGateway } from './http-api.ts';
import { ingestBatchSize, ingestMaxConcurrency, ingestTimeout } from './ingest-settings.ts';
import { Monitoring } from './monitoring.ts';
import { bucketName } from './names.ts';
import {
  grantAudit,
  grantDigest,
  grantIngest,
  grantOcrInvoke,
  grantOfficer,
  grantPublicApi,
} from './permissions.ts';
import type { StatefulStack } from './stateful-stack.ts';

export interface StatelessStackProps extends StackProps {
  readonly config: DeploymentConfig;
  readonly data: StatefulStack;
}

/** The functions, the API, the CDN and monitoring: replaceable at any time, holding no data. */
/** How often a digest of every chain head is published. */
export const digestInterval = Duration.hours(1);

/** The OCR function's limits: one page an invocation, so minutes are plenty. */
export const ocrTimeout = Duration.minutes(2);
export const ocrMemorySize = 2048;

export class StatelessStack extends Stack {
  readonly ingest: AppLambda;
  /** Reads scanned pages; invoked by the ingest function, only for pages without a text layer. */
  readonly ocr: AppLambda;
  readonly apiFunction: AppLambda;
  readonly auditFunction: AppLambda;
  readonly officerFunction: AppLambda;
  readonly api: HttpApi;
  readonly gateway: ApiGateway;
  readonly distribution: Distribution;
  readonly monitoring: Monitoring;
  readonly digest: AppLambda;
  /** The officers' sign-in client: the hosted sign-in sends codes back to the site's callback. */
  readonly officersClient: UserPoolClient;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const { config, data } = props;
    const { stage } = config;
    this.addStackDependency(data);
    const environment = {
      ...runtimeEnvironment({
        uploadBucket: bucketName(stage, 'uploads'),
        archiveBucket: bucketName(stage, 'archive'),
        recordsTable: data.records.tableName,
        meetingsTable: data.meetings.tableName,
        rowsTable: data.rows.tableName,
        ingestsTable: data.ingests.tableName,
      }),
      // The EMF metrics' Stage dimension.
      STAGE: stage,
    };
    const resources = {
      stage,
      records: data.records,
      meetings: data.meetings,
      rows: data.rows,
      ingests: data.ingests,
    };

    this.ingest = appFunction(this, 'Ingest', {
      handler: 'ingest',
      description: 'Ingests uploaded papers and datasets from S3 notifications',
      environment,
      timeout: ingestTimeout,
      memorySize: 2048,
    });
    this.ingest.addEventSource(
      new SqsEventSource(data.ingestQueue, {
        batchSize: ingestBatchSize,
        maxBatchingWindow: Duration.seconds(1),
        reportBatchItemFailures: true,
        maxConcurrency: ingestMaxConcurrency,
      }),
    );
    grantIngest(this.ingest, resources);

    // Its own function, so ingest keeps its memory and bundle for ordinary files; its role may
    // write its logs and nothing else: it is sent pages and answers text, touching no data.
    this.ocr = appFunction(this, 'Ocr', {
      handler: 'ocr',
      description: 'Reads scanned pages by OCR (Tesseract), one page an invocation, for ingest',
      environment: { OCR_ASSETS_DIR: '/var/task', OCR_LANGUAGES: defaultOcrLanguages },
      timeout: ocrTimeout,
      // Above 1,769 MB a function has a whole vCPU, which Tesseract's single thread uses.
      memorySize: ocrMemorySize,
    });
    grantOcrInvoke(this.ingest, this.ocr);
    this.ingest.addEnvironment('OCR_FUNCTION_NAME', this.ocr.functionName);

    // Both API functions check `requestContext.authorizer.iam` on audit paths, so an audit request
    // that reached the public function by any other route is still refused.
    const apiEnvironment = {
      ...environment,
      AUDIT_AUTH: 'iam',
      ALLOWED_ORIGINS: config.allowedOrigins.join(','),
      ...(config.publicBaseUrl && { PUBLIC_BASE_URL: config.publicBaseUrl }),
    };
    this.apiFunction = appFunction(this, 'Api', {
      handler: 'api',
      description: 'Public read-only open-data API',
      environment: apiEnvironment,
      timeout: Duration.seconds(15),
      // The search index lives in memory: a 10,000-paper archive takes most of a gigabyte (README,
      // Search), and above 1,769 MB a function gets a whole vCPU to decode it at a cold start.
      memorySize: 2048,
    });
    grantPublicApi(this.apiFunction, resources);

    this.auditFunction = appFunction(this, 'Audit', {
      handler: 'api',
      description: 'IAM-authorised audit routes: the ingest log and withheld versions',
      environment: apiEnvironment,
      timeout: Duration.seconds(30),
      memorySize: 1024,
    });
    grantAudit(this.auditFunction, resources);

    this.officerFunction = appFunction(this, 'Officer', {
      handler: 'api',
      description: "The officers' upload page: presigned upload forms, outcomes, withdrawals",
      environment: {
        ...apiEnvironment,
        OFFICER_AUTH: 'cognito',
        OFFICER_USER_POOL_ID: data.officers.userPoolId,
        OFFICER_SIGN_IN_DOMAIN: data.officersSignIn.baseUrl(),
      },
      timeout: Duration.seconds(30),
      memorySize: 1024,
    });
    grantOfficer(this.officerFunction, resources);

    this.digest = appFunction(this, 'Digest', {
      handler: 'digest',
      description: 'Publishes the chained digest of every record chain head',
      environment,
      timeout: Duration.minutes(5),
      memorySize: 512,
    });
    grantDigest(this.digest, resources);
    // Hourly, as CloudTrail's digest files: an auditor needs at most an hour's wait for a proof.
    new Rule(this, 'DigestSchedule', {
      description: 'Publish the next digest of record chain heads',
      schedule: Schedule.rate(digestInterval),
      targets: [new LambdaFunction(this.digest, { retryAttempts: 2 })],
    });

    this.gateway = new ApiGateway(this, 'Gateway', {
      publicFunction: this.apiFunction,
      auditFunction: this.auditFunction,
      officerFunction: this.officerFunction,
      allowedOrigins: config.allowedOrigins,
    });
    this.api = this.gateway.api;
    const cdn = new Cdn(this, 'Cdn', { api: this.api, logs: data.logs });
    this.distribution = cdn.distribution;

    // Officers come through the site's public address: the hosted sign-in sends them back there.
    const site = config.publicBaseUrl ?? `https://${this.distribution.distributionDomainName}`;
    // Made here, not with `data.officers.addClient`, which would put it in the data stack.
    this.officersClient = new UserPoolClient(this, 'OfficersSignIn', {
      userPool: data.officers,
      // A public client (no secret): the authorization-code grant, which Cognito binds to PKCE
      // when the sign-in address carries a code challenge, as the officer function's always does.
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [`${site}/auth/callback`],
        logoutUrls: [`${site}/`],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      // The session lasts as long as the ID token it holds.
      idTokenValidity: Duration.hours(1),
      preventUserExistenceErrors: true,
    });
    this.officerFunction.addEnvironment('OFFICER_CLIENT_ID', this.officersClient.userPoolClientId);
    this.officerFunction.addEnvironment('PUBLIC_BASE_URL', site);

    this.monitoring = new Monitoring(this, 'Monitoring', {
      stage,
      alarmEmail: config.alarmEmail,
      functions: {
        Ingest: this.ingest,
        Ocr: this.ocr,
        Api: this.apiFunction,
        Audit: this.auditFunction,
        Officer: this.officerFunction,
        Digest: this.digest,
      },
      ingestQueue: data.ingestQueue,
      deadLetters: data.deadLetters,
      api: this.api,
    });

    const output = (name: string, value: string, description: string) =>
      new CfnOutput(this, name, { value, description });
    output('ApiUrl', this.api.apiEndpoint, 'The API, direct: audit routes are called here');
    output(
      'CdnUrl',
      `https://${this.distribution.distributionDomainName}`,
      'The public API, cached',
    );
    output(
      'CdnDistributionId',
      this.distribution.distributionId,
      'council-papers takedown --distribution-id (or CDN_DISTRIBUTION_ID): its cached copies are dropped',
    );
    output(
      'TakedownPolicyArn',
      cdn.takedownPolicy.managedPolicyArn,
      'Attach to operators who run council-papers takedown',
    );
    output('UploadBucket', bucketName(stage, 'uploads'), 'Upload papers and datasets here');
    output('ArchiveBucket', bucketName(stage, 'archive'), 'Originals, write-once');
    output('LogsBucket', bucketName(stage, 'logs'), 'S3 and CloudFront access logs');
    output('UploadPage', `${site}/upload`, 'Officers sign in and upload here');
    output('OfficerUserPoolId', data.officers.userPoolId, 'Add officers to this user pool');
    output('AuditorPolicyArn', this.gateway.auditorPolicy.managedPolicyArn, 'Attach to auditors');
    output('AlarmTopicArn', this.monitoring.topic.topicArn, 'Subscribe to alarms');
    output('DashboardName', this.monitoring.dashboard.dashboardName, 'CloudWatch dashboard');
  }
}
