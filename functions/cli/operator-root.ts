import { localClients } from '../../infra/local/local-clients.ts';
import { buildRoot, createClients, type Root } from '../composition/root.ts';
import { silentTelemetry } from '../composition/telemetry.ts';
import { readRuntimeConfig } from '../config/runtime-config.ts';
import { CliError } from './cli-error.ts';
import { localStack } from './local-stack.ts';

/**
 * The system's own stores, for operator commands that change history (withdraw): in AWS from the
 * functions' environment variables when `UPLOAD_BUCKET` is set, otherwise the running local stack.
 */
export const operatorRoot = async (
  port: string | undefined,
): Promise<{ root: Root; description: string; close: () => void }> => {
  if (process.env.UPLOAD_BUCKET) {
    const clients = createClients();
    return {
      root: buildRoot(readRuntimeConfig(), clients, silentTelemetry),
      description: `AWS (records table ${process.env.RECORDS_TABLE ?? '?'})`,
      close: () => {
        clients.s3.destroy();
        clients.dynamo.destroy();
      },
    };
  }
  const stack = await localStack(port);
  if (!stack)
    throw new CliError(
      'No local stack is running: start one with `npm start`, or set the functions’ environment (UPLOAD_BUCKET, RECORDS_TABLE, …) for AWS.',
    );
  const clients = localClients(stack);
  return {
    root: buildRoot(stack.names, clients, silentTelemetry),
    description: `local stack ${stack.apiUrl}`,
    close: () => {
      clients.s3.destroy();
      clients.dynamo.destroy();
    },
  };
};
