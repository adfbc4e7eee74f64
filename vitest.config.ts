import { defineConfig } from 'vitest/config';

// The global setups load the AWS SDK in this process too: the same quiet as the workers'.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const shared = {
  env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  testTimeout: 30_000,
  hookTimeout: 60_000,
  pool: 'forks' as const,
};

/**
 * How many files run at once, kind by kind (vitest's default on CI's 2 cores is one, which left a
 * core idle). Unit and infra tests only compute: both cores. Integration files each work in their
 * own namespace of the shared engines, or on their own stack: two at once. Browser files share one
 * Chromium and one stack, and time what they see: one at a time, once the rest are done.
 */
const workers = (maxWorkers: number, groupOrder: number) => ({
  maxWorkers,
  sequence: { groupOrder },
});

/**
 * One project per kind of test, so each runs alone (`vitest run --project unit`): unit tests touch
 * no network; integration tests run on the local engines (one pair for the whole run, started by
 * the global setup, each file in its own namespace); infra tests synthesise the CDK app; browser
 * tests drive headless Chromium (Debian's, at $CHROMIUM_PATH) over one local stack with the seeds.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { ...shared, ...workers(2, 0), name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        test: {
          ...shared,
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          ...workers(2, 1),
        },
      },
      {
        test: { ...shared, ...workers(2, 0), name: 'infra', include: ['test/infra/**/*.test.ts'] },
      },
      {
        test: {
          ...shared,
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/support/browser-setup.ts'],
          ...workers(1, 2),
        },
      },
    ],
  },
});
