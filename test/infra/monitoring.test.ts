import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { councilMetrics, metricsNamespace } from '../../functions/observability/metrics.ts';
import { flatten, onlyResource, resourcesOf, synthesize } from './synth.ts';

let service: Template;

beforeAll(() => {
  ({ service } = synthesize({ alarmEmail: 'ops@example.gov.uk' }));
});

const alarms = () =>
  resourcesOf(service, 'AWS::CloudWatch::Alarm').map(([, alarm]) => alarm.Properties);
const topicRef = () => {
  const [id] = onlyResource(service, 'AWS::SNS::Topic');
  return { Ref: id };
};

describe('alarms', () => {
  it('publish to an encrypted SNS topic, emailed to the configured address', () => {
    service.hasResourceProperties('AWS::SNS::Topic', {
      KmsMasterKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('AlarmTopicKey'), 'Arn'] },
    });
    service.hasResourceProperties('AWS::KMS::Key', {
      EnableKeyRotation: true,
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({ Principal: { Service: 'cloudwatch.amazonaws.com' } }),
        ]),
      },
    });
    service.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@example.gov.uk',
      TopicArn: topicRef(),
    });
    for (const alarm of alarms()) {
      expect(alarm.AlarmActions).toEqual([topicRef()]);
      expect(alarm.OKActions).toEqual([topicRef()]);
      expect(alarm.TreatMissingData).toBe('notBreaching');
    }
  });

  it('have no email subscription when no address is configured', () => {
    synthesize().service.resourceCountIs('AWS::SNS::Subscription', 0);
  });

  it('watch the dead-letter queue depth', () => {
    const [deadLetters] = alarms().filter(
      (a) => a.MetricName === 'ApproximateNumberOfMessagesVisible',
    );
    expect(deadLetters).toMatchObject({ Namespace: 'AWS/SQS', Threshold: 1 });
    expect(flatten(deadLetters?.Dimensions)).toMatch(/IngestDeadLetters/);
  });

  it('watch errors and throttles of every function', () => {
    for (const metric of ['Errors', 'Throttles']) {
      const watched = alarms()
        .filter((a) => a.Namespace === 'AWS/Lambda' && a.MetricName === metric)
        .map((a) => /"Ref":"(\w+?)[0-9A-F]{8}"/.exec(JSON.stringify(a.Dimensions))?.[1])
        .sort();
      expect(watched, metric).toEqual(['Api', 'Audit', 'Digest', 'Ingest', 'Ocr', 'Officer']);
    }
  });

  it('watch API 5xx answers', () => {
    const [api5xx] = alarms().filter((a) => a.Namespace === 'AWS/ApiGateway');
    expect(api5xx).toMatchObject({ MetricName: '5xx', Statistic: 'Sum', Threshold: 5 });
    expect(flatten(api5xx?.Dimensions)).toMatch(/ApiId.*GatewayHttpApi/);
  });
});

describe('dashboard', () => {
  it('graphs the application metrics, stage by stage, and API latency', () => {
    const [, dashboard] = onlyResource(service, 'AWS::CloudWatch::Dashboard');
    expect(dashboard.Properties.DashboardName).toBe('council-papers-test');
    const body = flatten(dashboard.Properties.DashboardBody);
    for (const metric of Object.values(councilMetrics))
      expect(body).toContain(`["${metricsNamespace}","${metric.name}","Stage","test"`);
    expect(body).toContain('"Latency"');
    expect(body).toContain('ApproximateNumberOfMessagesVisible');
  });
});
