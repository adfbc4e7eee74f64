import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from '../browser/support/site.ts';
import { startBrowsedSite } from './browsed-site.ts';

/**
 * Once per browser run: finds Chromium (failing with how to install it when there is none), starts
 * the local stack with the seeds and an exempt paper ingested, and one headless Chromium that
 * every test file connects to.
 */
export default async function setup(project: TestProject) {
  const executablePath = await chromiumPath();
  const { harness, site } = await startBrowsedSite();
  const server = await chromium.launchServer({ executablePath, headless: true });
  project.provide('site', { ...site, wsEndpoint: server.wsEndpoint() });
  return async () => {
    await server.close();
    await harness.stop();
  };
}
