import { fileURLToPath } from 'node:url';
import { AssetHashType, type Duration } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  Architecture,
  Code,
  Function as LambdaFunction,
  LoggingFormat,
  Runtime,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { bundleHandler, type HandlerEntry } from './bundle.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

export const runtime = Runtime.NODEJS_24_X;

/**
 * A handler's code asset: built by this machine's esbuild with {@link bundleHandler} (the entry
 * file and its lazy chunks), hashed by what it built, as NodejsFunction's own assets are. CDK asks
 * for a Docker image in case local bundling declines; it never does (a failed build throws).
 */
export const handlerCode = (handler: HandlerEntry): Code =>
  Code.fromAsset(projectRoot, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      image: runtime.bundlingImage,
      // CDK reuses a bundle whose options match, and cannot compare functions: this tells them apart.
      environment: { HANDLER_ENTRY: handler },
      local: {
        tryBundle: (outputDir) => {
          bundleHandler(handler, outputDir);
          return true;
        },
      },
    },
  });

export interface AppFunctionProps {
  readonly handler: HandlerEntry;
  readonly environment: Record<string, string>;
  readonly timeout: Duration;
  readonly memorySize: number;
  readonly description: string;
}

/**
 * One function with a role of its own and an explicit log group with retention. The role starts
 * empty: no AWSLambdaBasicExecutionRole (whose log permissions span every log group); it may write
 * only to its own log group, and each caller adds the data permissions it needs.
 */
export const appFunction = (
  scope: Construct,
  id: string,
  props: AppFunctionProps,
): LambdaFunction => {
  const role = new Role(scope, `${id}Role`, {
    assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
    description: `${props.description} (council-papers)`,
  });
  // Retained if the stack is deleted (logs are evidence); the retention still expires them.
  const logGroup = new LogGroup(scope, `${id}Logs`, { retention: RetentionDays.SIX_MONTHS });
  logGroup.grantWrite(role);
  return new LambdaFunction(scope, id, {
    code: handlerCode(props.handler),
    handler: 'index.handler',
    description: props.description,
    runtime,
    architecture: Architecture.ARM_64,
    timeout: props.timeout,
    memorySize: props.memorySize,
    role,
    environment: { ...props.environment, NODE_OPTIONS: '--enable-source-maps' },
    loggingFormat: LoggingFormat.JSON,
    tracing: Tracing.ACTIVE,
    logGroup,
  });
};
