import { liveStacks, type StackInfo } from '../../infra/local/registry.ts';

/** The local stack named by `--port`, or the newest one running. */
export const localStack = async (port: string | undefined): Promise<StackInfo | undefined> => {
  const stacks = await liveStacks();
  return port ? stacks.find((candidate) => String(candidate.port) === port) : stacks[0];
};
