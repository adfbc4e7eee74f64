import type { TestProject } from 'vitest/node';
import { buildCli } from '../../infra/cli-build.ts';
import { startEngines } from '../../infra/local/engines.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    engines: { dynamoEndpoint: string; s3Endpoint: string };
  }
}

/** Starts throw-away engines on free ports, so tests run even while `npm start` is up. */
export default async function setup(project: TestProject) {
  // The tests run the CLI as npx does (bin/council-papers.js → dist/cli/): built from these sources.
  await buildCli();
  const engines = await startEngines();
  project.provide('engines', {
    dynamoEndpoint: engines.dynamoEndpoint,
    s3Endpoint: engines.s3Endpoint,
  });
  return () => engines.close();
}
