import { ingestsTable, meetingsTable, recordsTable, rowsTable } from './tables.ts';

/** What a handler needs to know about where things live. Read once, by the composition root only. */
export interface RuntimeConfig {
  readonly uploadBucket: string;
  readonly archiveBucket: string;
  readonly recordsTable: string;
  readonly meetingsTable: string;
  readonly rowsTable: string;
  readonly ingestsTable: string;
}

export const configEnvVars = {
  uploadBucket: 'UPLOAD_BUCKET',
  archiveBucket: 'ARCHIVE_BUCKET',
  recordsTable: recordsTable.envVar,
  meetingsTable: meetingsTable.envVar,
  rowsTable: rowsTable.envVar,
  ingestsTable: ingestsTable.envVar,
} as const satisfies Record<keyof RuntimeConfig, string>;

/**
 * Reads the runtime configuration from the environment, naming every variable that is missing at once
 * so a misconfigured deployment fails at cold start with one clear message.
 */
export const readRuntimeConfig = (env: NodeJS.ProcessEnv = process.env): RuntimeConfig => {
  const entries = Object.entries(configEnvVars).map(([field, name]) => [field, env[name]] as const);
  const missing = entries
    .filter(([, value]) => !value)
    .map(([field]) => configEnvVars[field as keyof RuntimeConfig]);
  if (missing.length > 0) {
    throw new Error(`Missing environment variables: ${missing.join(', ')}`);
  }
  return Object.fromEntries(entries) as unknown as RuntimeConfig;
};

/** The environment a function needs for a given configuration: used by CDK and the local stack alike. */
export const runtimeEnvironment = (config: RuntimeConfig): Record<string, string> =>
  Object.fromEntries(
    Object.entries(configEnvVars).map(([field, name]) => [
      name,
      config[field as keyof RuntimeConfig],
    ]),
  );
