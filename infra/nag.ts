import type { CfnElement } from 'aws-cdk-lib';
import { type App, Stack, Token, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { archivePrefixes, digestPrefix, uploadAreas } from '../functions/config/areas.ts';
import { searchIndexPrefix } from '../functions/config/search.ts';
import { auditRoutePaths, officerRoutePaths } from './http-api.ts';
import type { BucketPurpose } from './names.ts';
import { servedArchivePrefixes } from './permissions.ts';
import type { StatefulStack } from './stateful-stack.ts';
import type { StatelessStack } from './stateless-stack.ts';

/** One accepted finding, on the construct where it arises, with the reason beside it. */
export interface NagAcknowledgement {
  readonly scope: IConstruct;
  readonly id: string;
  readonly reason: string;
}

export interface NaggedStacks {
  readonly config: { readonly stage: string };
  readonly data: StatefulStack;
  readonly service: StatelessStack;
}

const iam5 = (resource: string) => `AwsSolutions::AwsSolutions-IAM5[Resource::${resource}]`;

/** How cdk-nag prints an object ARN built by names.ts. */
const nagObjectArn = (stage: string, purpose: BucketPurpose, prefix: string) =>
  `arn:<AWS::Partition>:s3:::council-papers-${stage}-${purpose}-<AWS::AccountId>-<AWS::Region>/${prefix}*`;

const xrayReason =
  'X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions, so AWS requires "Resource": "*".';
const archiveReason =
  'Archive keys are SHA-256 digests of content not yet seen, so they cannot be listed in advance: the wildcard is confined to one fixed prefix of the archive; no delete is granted, and Object Lock (compliance) with the WriteOnceNoDeletes bucket policy keeps every version.';
const uploadReason =
  'Officers choose upload keys, so they cannot be listed in advance: read-only, confined to one of the two upload prefixes of the upload bucket.';

const searchReason =
  'The search index is a few objects per shard (a base and the segments written since), named by shard and sequence number under one fixed prefix of the upload bucket (which no notification watches); the names are not known in advance, so the prefix is named rather than each key. Only writers of the index may delete there (a fold deletes the parts its new base supersedes).';

const child = (scope: IConstruct, idPrefix: string): IConstruct => {
  const found = scope.node.children.find((c) => c.node.id.startsWith(idPrefix));
  if (!found) throw new Error(`no construct ${idPrefix}* under ${scope.node.path}`);
  return found;
};

export const acknowledgements = ({ config, data, service }: NaggedStacks): NagAcknowledgement[] => {
  const { stage } = config;
  const roleOf = (fn: { role?: IConstruct | undefined }) => {
    if (!fn.role) throw new Error('function without a role');
    return fn.role;
  };
  const stack = Stack.of(service.api);
  // Concrete when the CLI knows the account and region (CDK_DEFAULT_*), tokens otherwise.
  const shown = (value: string, pseudo: string) =>
    Token.isUnresolved(value) ? `<AWS::${pseudo}>` : value;
  const executeApi = `arn:<AWS::Partition>:execute-api:${shown(stack.region, 'Region')}:${shown(stack.account, 'AccountId')}`;
  const apiLogicalId = stack.getLogicalId(service.api.node.defaultChild as CfnElement);
  return [
    {
      scope: child(data, 'BucketNotificationsHandler'),
      id: 'AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason:
        "CDK's own bucket-notifications custom resource, which sets the upload bucket's notifications at deploy time; its role is built by CDK and the managed policy grants only CloudWatch Logs writes.",
    },
    ...[
      service.ingest,
      service.apiFunction,
      service.auditFunction,
      service.officerFunction,
      service.digest,
      service.ocr,
    ].map((fn) => ({
      scope: roleOf(fn),
      id: iam5('*'),
      reason: xrayReason,
    })),
    ...[service.ingest, service.officerFunction].flatMap((fn) => [
      ...Object.values(uploadAreas).map((prefix) => ({
        scope: roleOf(fn),
        id: iam5(nagObjectArn(stage, 'uploads', prefix)),
        reason:
          fn === service.ingest
            ? uploadReason
            : `${uploadReason} The officer function also puts there: the presigned POST forms it signs upload with its role, each form's policy narrowing the key to one area, the size and the time.`,
      })),
      ...Object.values(archivePrefixes).map((prefix) => ({
        scope: roleOf(fn),
        id: iam5(nagObjectArn(stage, 'archive', prefix)),
        reason: `${archiveReason}${fn === service.ingest ? '' : ' The officer function writes there only to withdraw (a tombstone archives nothing new) and reads reports.'}`,
      })),
    ]),
    ...[
      [service.ingest, 'Ingest writes segments conditionally and folds them into bases.'],
      [
        service.officerFunction,
        'A withdrawal writes its record’s segment and folds, as ingest does.',
      ],
      [service.apiFunction, 'Read-only.'],
      [service.auditFunction, 'Read-only.'],
    ].map(([fn, why]) => ({
      scope: roleOf(fn as { role?: IConstruct | undefined }),
      id: iam5(nagObjectArn(stage, 'uploads', searchIndexPrefix)),
      reason: `${searchReason} ${String(why)}`,
    })),
    {
      scope: roleOf(service.digest),
      id: iam5(nagObjectArn(stage, 'archive', digestPrefix)),
      reason: `${archiveReason} Digests only: the digest function writes nowhere else.`,
    },
    ...[service.apiFunction, service.auditFunction].flatMap((fn) =>
      servedArchivePrefixes.map((prefix) => ({
        scope: roleOf(fn),
        id: iam5(nagObjectArn(stage, 'archive', prefix)),
        reason: `${archiveReason} Read-only.`,
      })),
    ),
    ...auditRoutePaths.map((path) => ({
      scope: service.gateway.auditorPolicy,
      id: iam5(`${executeApi}:<${apiLogicalId}>/$default/*${path.replace('{proxy+}', '*')}`),
      reason:
        'execute-api:Invoke on the audit routes only: "*" for the method because the routes are ANY, and "/v1/audit/*" for the paths below /v1/audit (the {proxy+} route).',
    })),
    {
      scope: service.api.node.findChild('DefaultRoute'),
      id: 'AwsSolutions::AwsSolutions-APIG4',
      reason:
        'The $default route is the public, read-only open-data API: anonymous access is its purpose. It is throttled at the stage and cached by CloudFront; the audit routes use IAM authorisation.',
    },
    ...officerRoutePaths.flatMap((path) =>
      ['GET', 'POST'].map((method) => ({
        scope: service.api.node.findChild(`${method}${path.replaceAll('/', '--')}`),
        id: 'AwsSolutions::AwsSolutions-APIG4',
        reason:
          'The officer routes are pages a browser opens with its session cookie, which API Gateway’s JWT authorizer cannot read (headers and query strings only): the officer function verifies the Cognito ID token the cookie holds (signature, issuer, audience, expiry) before anything else, and sends anyone else to sign in.',
      })),
    ),
    {
      scope: data.officers,
      id: 'AwsSolutions::AwsSolutions-COG8',
      reason:
        'The Plus feature plan (threat protection) is a paid tier a council may turn on; officers are few, created by an administrator, and need an authenticator app (MFA required).',
    },
    {
      scope: service.distribution,
      id: 'AwsSolutions::AwsSolutions-CFR4',
      reason:
        'The distribution uses the default *.cloudfront.net certificate, for which CloudFront fixes the minimum protocol; a council adding its own domain and ACM certificate sets TLSv1.2_2021.',
    },
    {
      scope: service.distribution,
      id: 'AwsSolutions::AwsSolutions-CFR1',
      reason:
        'Open data is published for anyone, anywhere (researchers, journalists, other governments): no geographic restriction is wanted.',
    },
    {
      scope: service.distribution,
      id: 'AwsSolutions::AwsSolutions-CFR2',
      reason:
        'The API is read-only and serves public data; abuse is bounded by API Gateway stage throttling and CloudFront caching. WAF (with a rate-based rule) costs more than small councils spend on hosting; add a web ACL where a threat model asks for it.',
    },
  ];
};

/** Runs the AwsSolutions checks on every synth (tests and `npm run synth`), with the acknowledgements above. */
export const checkWithNag = (app: App, stacks: NaggedStacks): void => {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  for (const { scope, id, reason } of acknowledgements(stacks))
    Validations.of(scope).acknowledge({ id, reason });
};
