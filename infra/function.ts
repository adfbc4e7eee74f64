import { fileURLToPath } from 'node:url';
import type { Duration } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { type BundlingOptions, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { ocrBundling } from './ocr-bundle.ts';

/** The handler files the stack deploys, under functions/handlers/ (the audit function reuses `api`). */
export const handlerEntries = ['ingest', 'api', 'digest', 'ocr'] as const;
export type HandlerEntry = (typeof handlerEntries)[number];

export const handlersDir = fileURLToPath(new URL('../functions/handlers/', import.meta.url));
export const entryFile = (handler: HandlerEntry): string => `${handlersDir}${handler}.ts`;
const lockFile = fileURLToPath(new URL('../package-lock.json', import.meta.url));

export const runtime = Runtime.NODEJS_24_X;

/**
 * How every handler is bundled by the local esbuild: ESM, minified, with source maps, and with the
 * AWS SDK clients bundled in (tree-shaken to the commands used) rather than taken from the runtime,
 * so a deploy runs exactly the SDK the tests ran. The bundle test and `bench/bundles.ts` build from
 * these same options.
 */
export const bundling = {
  format: OutputFormat.ESM,
  minify: true,
  sourceMap: true,
  target: 'node24',
  mainFields: ['module', 'main'],
  externalModules: [],
  // Some CommonJS dependencies call require(); ESM bundles need it defined.
  banner:
    "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
} as const satisfies BundlingOptions;

/**
 * How one handler is bundled: the shared options, but for the OCR function, whose bundle also
 * carries Tesseract's worker, wasm core and trained data (infra/ocr-bundle.ts), and defines the
 * `__dirname` tesseract.js reads when it loads.
 */
export const bundlingFor = (handler: HandlerEntry): BundlingOptions =>
  handler === 'ocr' ? ocrBundling(bundling) : bundling;

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
): NodejsFunction => {
  const role = new Role(scope, `${id}Role`, {
    assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
    description: `${props.description} (council-papers)`,
  });
  // Retained if the stack is deleted (logs are evidence); the retention still expires them.
  const logGroup = new LogGroup(scope, `${id}Logs`, { retention: RetentionDays.SIX_MONTHS });
  logGroup.grantWrite(role);
  return new NodejsFunction(scope, id, {
    entry: entryFile(props.handler),
    handler: 'handler',
    description: props.description,
    depsLockFilePath: lockFile,
    runtime,
    architecture: Architecture.ARM_64,
    timeout: props.timeout,
    memorySize: props.memorySize,
    role,
    environment: { ...props.environment, NODE_OPTIONS: '--enable-source-maps' },
    loggingFormat: LoggingFormat.JSON,
    tracing: Tracing.ACTIVE,
    logGroup,
    bundling: bundlingFor(props.handler),
  });
};
