import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import {
  councilMetrics,
  metricsNamespace,
  stageDimension,
} from '../functions/observability/metrics.ts';

export interface MonitoringProps {
  readonly stage: string;
  readonly alarmEmail: string | undefined;
  readonly functions: Readonly<Record<string, IFunction>>;
  readonly ingestQueue: IQueue;
  readonly deadLetters: IQueue;
  readonly api: HttpApi;
}

const fiveMinutes = Duration.minutes(5);

/** API 5xx answers in five minutes that raise the alarm: one can be a deploy; five is a fault. */
export const api5xxThreshold = 5;

/**
 * Alarms on what loses or delays data (dead letters, a stuck queue, function errors, throttles)
 * and on the API failing, all to one SNS topic (emailed when an address is configured), and a
 * dashboard of the application metrics the functions publish in EMF under `CouncilPapers`.
 */
export class Monitoring extends Construct {
  readonly topic: Topic;
  readonly dashboard: Dashboard;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    // CloudWatch cannot publish to a topic encrypted with the AWS-managed SNS key: it needs a key
    // whose policy lets it use it.
    const key = new Key(this, 'AlarmTopicKey', {
      description: 'council-papers alarm topic',
      enableKeyRotation: true,
    });
    key.grant(
      new ServicePrincipal('cloudwatch.amazonaws.com'),
      'kms:Decrypt',
      'kms:GenerateDataKey*',
    );
    this.topic = new Topic(this, 'AlarmTopic', {
      displayName: `council-papers ${props.stage} alarms`,
      masterKey: key,
      enforceSSL: true,
    });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
    const action = new SnsAction(this.topic);

    const alarm = (name: string, metric: IMetric, threshold: number, description: string) => {
      const created = new Alarm(this, name, {
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
      created.addAlarmAction(action);
      created.addOkAction(action);
      this.alarms.push(created);
    };

    alarm(
      'DeadLettersAlarm',
      props.deadLetters.metricApproximateNumberOfMessagesVisible({
        period: fiveMinutes,
        statistic: 'Maximum',
      }),
      1,
      'An upload failed five times and was dead-lettered: read the ingest logs, fix, then redrive.',
    );
    alarm(
      'IngestBacklogAlarm',
      props.ingestQueue.metricApproximateAgeOfOldestMessage({
        period: fiveMinutes,
        statistic: 'Maximum',
      }),
      Duration.hours(2).toSeconds(),
      'Uploads have waited over two hours to be ingested.',
    );
    for (const [name, fn] of Object.entries(props.functions)) {
      alarm(
        `${name}ErrorsAlarm`,
        fn.metricErrors({ period: fiveMinutes, statistic: 'Sum' }),
        1,
        `The ${name} function failed (an invocation error, not a rejected upload).`,
      );
      alarm(
        `${name}ThrottlesAlarm`,
        fn.metricThrottles({ period: fiveMinutes, statistic: 'Sum' }),
        1,
        `The ${name} function was throttled.`,
      );
    }
    alarm(
      'Api5xxAlarm',
      props.api.metricServerError({ period: fiveMinutes, statistic: 'Sum' }),
      api5xxThreshold,
      'The API answered 5xx repeatedly.',
    );

    const app = (metric: { name: string }, statistic: string, label: string) =>
      new Metric({
        namespace: metricsNamespace,
        metricName: metric.name,
        dimensionsMap: { [stageDimension]: props.stage },
        statistic,
        period: fiveMinutes,
        label,
      });
    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: `council-papers-${props.stage}`,
      widgets: [
        [
          new GraphWidget({
            title: 'Uploads',
            left: [
              app(councilMetrics.ingested, 'Sum', 'Ingested'),
              app(councilMetrics.rejected, 'Sum', 'Rejected'),
              app(councilMetrics.versions, 'Sum', 'New versions'),
            ],
            width: 8,
          }),
          new GraphWidget({
            title: 'Ingest latency (ms)',
            left: [
              app(councilMetrics.ingestLatency, 'p50', 'p50'),
              app(councilMetrics.ingestLatency, 'p99', 'p99'),
            ],
            width: 8,
          }),
          new GraphWidget({
            title: 'API latency (ms) and 5xx',
            left: [
              props.api.metricLatency({ statistic: 'p50', period: fiveMinutes, label: 'p50' }),
              props.api.metricLatency({ statistic: 'p99', period: fiveMinutes, label: 'p99' }),
            ],
            right: [props.api.metricServerError({ statistic: 'Sum', period: fiveMinutes })],
            width: 8,
          }),
        ],
        [
          new GraphWidget({
            title: 'Queues',
            left: [
              props.ingestQueue.metricApproximateNumberOfMessagesVisible({ label: 'Waiting' }),
              props.deadLetters.metricApproximateNumberOfMessagesVisible({
                label: 'Dead letters',
              }),
            ],
            width: 8,
          }),
          new GraphWidget({
            title: 'Function errors and throttles',
            left: Object.entries(props.functions).flatMap(([name, fn]) => [
              fn.metricErrors({ label: `${name} errors`, period: fiveMinutes }),
              fn.metricThrottles({ label: `${name} throttles`, period: fiveMinutes }),
            ]),
            width: 8,
          }),
          new AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 8 }),
        ],
      ],
    });
  }
}
