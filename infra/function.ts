import { fileURLToPath } from 'node:url';
import type { Duration } from 'aws-cdk-lib';
import { Architecture, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

export interface AppFunctionProps {
  /** File under functions/handlers/, without extension. */
  readonly handler: string;
  readonly environment: Record<string, string>;
  readonly timeout: Duration;
  readonly memorySize: number;
}

const handlersDir = fileURLToPath(new URL('../functions/handlers/', import.meta.url));
const lockFile = fileURLToPath(new URL('../package-lock.json', import.meta.url));

/**
 * A handler bundled by the local esbuild: ESM, minified, with source maps, and with the AWS SDK
 * clients bundled in (tree-shaken to the commands used) rather than taken from the runtime.
 */
export const appFunction = (
  scope: Construct,
  id: string,
  props: AppFunctionProps,
): NodejsFunction =>
  new NodejsFunction(scope, id, {
    entry: `${handlersDir}${props.handler}.ts`,
    handler: 'handler',
    depsLockFilePath: lockFile,
    runtime: Runtime.NODEJS_24_X,
    architecture: Architecture.ARM_64,
    timeout: props.timeout,
    memorySize: props.memorySize,
    environment: { ...props.environment, NODE_OPTIONS: '--enable-source-maps' },
    loggingFormat: LoggingFormat.JSON,
    tracing: Tracing.ACTIVE,
    logGroup: new LogGroup(scope, `${id}Logs`, { retention: RetentionDays.SIX_MONTHS }),
    bundling: {
      format: OutputFormat.ESM,
      minify: true,
      sourceMap: true,
      target: 'node24',
      mainFields: ['module', 'main'],
      externalModules: [],
      // Some CommonJS dependencies call require(); ESM bundles need it defined.
      banner:
        "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
