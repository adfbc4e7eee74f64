import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { buildRoot, type Clients, type Root } from '../../functions/composition/root.ts';
import { silentTelemetry } from '../../functions/composition/telemetry.ts';
import type { RuntimeConfig } from '../../functions/config/runtime-config.ts';
import { localClients } from '../../infra/local/local-clients.ts';
import { localNames, provision } from '../../infra/local/provision.ts';

export interface TestStack {
  readonly clients: Clients;
  readonly names: RuntimeConfig;
  readonly root: Root;
}

/** Fresh buckets and tables on the shared test engines, under a namespace no other test uses. */
export const testStack = async (): Promise<TestStack> => {
  const clients = localClients(inject('engines'));
  const names = localNames(`t-${randomUUID().slice(0, 13)}`);
  await provision(clients, names);
  return { clients, names, root: buildRoot(names, clients, silentTelemetry) };
};
