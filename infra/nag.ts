import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import type { StatefulStack } from './stateful-stack.ts';
import type { StatelessStack } from './stateless-stack.ts';

const lambdaBasicExecution =
  'AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]';

/** Each accepted finding, where it arises, with the reason beside it. */
export interface NagAcknowledgement {
  readonly scope: IConstruct;
  readonly id: string;
  readonly reason: string;
}

export const acknowledgements = (stacks: {
  data: StatefulStack;
  service: StatelessStack;
}): NagAcknowledgement[] => [
  {
    scope: stacks.data,
    id: lambdaBasicExecution,
    reason:
      "CDK's own bucket-notifications custom resource; AWSLambdaBasicExecutionRole grants it only CloudWatch Logs writes.",
  },
  ...[stacks.service.ingest, stacks.service.apiFunction].flatMap((fn) => [
    {
      scope: fn,
      id: lambdaBasicExecution,
      reason:
        'AWSLambdaBasicExecutionRole grants only CreateLogGroup/CreateLogStream/PutLogEvents, used for the log group this stack creates with retention.',
    },
    {
      scope: fn,
      id: 'AwsSolutions::AwsSolutions-IAM5',
      reason:
        'Object keys are content-addressed (SHA-256) or chosen by officers, so they cannot be listed in advance: each object wildcard is confined to one fixed prefix of one bucket and no delete is granted; "Resource::*" is X-Ray, whose PutTraceSegments/PutTelemetryRecords have no resource-level permissions.',
    },
  ]),
  {
    scope: stacks.service.api,
    id: 'AwsSolutions::AwsSolutions-APIG4',
    reason:
      'A public, read-only open-data API: anonymous access is its purpose; it is throttled at the stage, and audit routes (issue 5) will use IAM authorisation.',
  },
];

/** Runs the AwsSolutions checks on every synth (tests and `npm run synth`), with the acknowledgements above. */
export const checkWithNag = (
  app: App,
  stacks: { data: StatefulStack; service: StatelessStack },
): void => {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  for (const { scope, id, reason } of acknowledgements(stacks))
    Validations.of(scope).acknowledge({ id, reason });
};
