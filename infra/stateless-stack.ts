import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import {
  CorsHttpMethod,
  HttpApi,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { archivePrefixes, uploadAreas } from '../functions/config/areas.ts';
import { runtimeEnvironment } from '../functions/config/runtime-config.ts';
import {
  byKindIndex,
  meetingsByBodyIndex,
  meetingsByDateIndex,
} from '../functions/config/tables.ts';
import type { DeploymentConfig } from './config.ts';
import { appFunction } from './function.ts';
import { ingestTimeout, type StatefulStack } from './stateful-stack.ts';

export interface StatelessStackProps extends StackProps {
  readonly config: DeploymentConfig;
  readonly data: StatefulStack;
}

/** The functions and the API: replaceable at any time, holding no data of their own. */
export class StatelessStack extends Stack {
  readonly api: HttpApi;
  readonly ingest: NodejsFunction;
  readonly apiFunction: NodejsFunction;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const { data } = props;
    const environment = runtimeEnvironment({
      uploadBucket: data.uploads.bucketName,
      archiveBucket: data.archive.bucketName,
      recordsTable: data.records.tableName,
      meetingsTable: data.meetings.tableName,
      rowsTable: data.rows.tableName,
      ingestsTable: data.ingests.tableName,
    });

    const ingest = appFunction(this, 'Ingest', {
      handler: 'ingest',
      environment,
      timeout: ingestTimeout,
      memorySize: 1536,
    });
    ingest.addEventSource(
      new SqsEventSource(data.ingestQueue, {
        batchSize: 10,
        maxBatchingWindow: Duration.seconds(1),
        reportBatchItemFailures: true,
        maxConcurrency: 5,
      }),
    );
    // Least privilege: read uploads; add to the archive and the tables, never delete from them.
    ingest.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:GetObject'],
        resources: Object.values(uploadAreas).map((prefix) =>
          data.uploads.arnForObjects(`${prefix}*`),
        ),
      }),
    );
    ingest.addToRolePolicy(
      new PolicyStatement({
        // HeadObject is authorised by s3:GetObject; PutObject onto a content-addressed key.
        actions: ['s3:GetObject', 's3:PutObject'],
        // Every archive prefix ingest writes: originals, texts, extractions, schemas, reports.
        resources: Object.values(archivePrefixes).map((prefix) =>
          data.archive.arnForObjects(`${prefix}*`),
        ),
      }),
    );
    ingest.addToRolePolicy(
      new PolicyStatement({
        // Without s3:ListBucket a missing object answers 403 instead of 404.
        actions: ['s3:ListBucket'],
        resources: [data.archive.bucketArn, data.uploads.bucketArn],
      }),
    );
    ingest.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem'],
        resources: [data.records.tableArn, data.meetings.tableArn, data.ingests.tableArn],
      }),
    );
    ingest.addToRolePolicy(
      // Rows are only ever added, 25 at a time; BatchWriteItem's delete requests are not used.
      new PolicyStatement({
        actions: ['dynamodb:BatchWriteItem'],
        resources: [data.rows.tableArn],
      }),
    );

    const api = appFunction(this, 'Api', {
      handler: 'api',
      environment,
      timeout: Duration.seconds(15),
      memorySize: 1024,
    });
    api.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:GetItem', 'dynamodb:Query'],
        resources: [
          data.records.tableArn,
          `${data.records.tableArn}/index/${byKindIndex.indexName}`,
          data.meetings.tableArn,
          data.rows.tableArn,
          ...[meetingsByBodyIndex, meetingsByDateIndex].map(
            (index) => `${data.meetings.tableArn}/index/${index.indexName}`,
          ),
        ],
      }),
    );
    api.addToRolePolicy(
      new PolicyStatement({
        // What the API serves: texts, extractions, dataset schemas and reports; never originals yet.
        actions: ['s3:GetObject'],
        resources: [
          archivePrefixes.texts,
          archivePrefixes.extractions,
          archivePrefixes.schemas,
          archivePrefixes.datasetReports,
        ].map((prefix) => data.archive.arnForObjects(`${prefix}*`)),
      }),
    );
    api.addToRolePolicy(
      new PolicyStatement({ actions: ['s3:ListBucket'], resources: [data.archive.bucketArn] }),
    );

    this.ingest = ingest;
    this.apiFunction = api;
    this.api = new HttpApi(this, 'HttpApi', {
      description: 'council-papers open-data API',
      defaultIntegration: new HttpLambdaIntegration('ApiIntegration', api),
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: [...props.config.allowedOrigins],
        allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.HEAD],
        allowHeaders: ['if-none-match', 'accept'],
        maxAge: Duration.hours(1),
      },
    });
    const accessLogs = new LogGroup(this, 'ApiAccessLogs', { retention: RetentionDays.ONE_YEAR });
    new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: 200, burstLimit: 400 },
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs) },
    });

    new CfnOutput(this, 'ApiUrl', { value: this.api.apiEndpoint });
    new CfnOutput(this, 'UploadBucket', { value: data.uploads.bucketName });
    new CfnOutput(this, 'IngestsTable', { value: data.ingests.tableName });
  }
}
