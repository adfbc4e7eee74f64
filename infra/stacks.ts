import type { App } from 'aws-cdk-lib';
import { readDeploymentConfig } from './config.ts';
import { StatefulStack } from './stateful-stack.ts';
import { StatelessStack } from './stateless-stack.ts';

/** Both stacks for one stage; the tests build the same app the CLI deploys. */
export const buildStacks = (app: App) => {
  const config = readDeploymentConfig(app.node);
  const env = { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION };
  const data = new StatefulStack(app, `CouncilPapers-${config.stage}-Data`, { config, env });
  const service = new StatelessStack(app, `CouncilPapers-${config.stage}-Service`, {
    config,
    data,
    env,
  });
  return { config, data, service };
};
