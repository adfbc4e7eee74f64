import type { Node } from 'constructs';
import { validStage } from './names.ts';

/** Deployment settings, from CDK context (`-c name=value` or cdk.json) or else the environment. */
export interface DeploymentConfig {
  /** Names the stacks and buckets: `dev`, `prod`, a council's short name. */
  readonly stage: string;
  /** Days the archive keeps each original under Object Lock (compliance mode). */
  readonly archiveRetentionDays: number;
  /** Days an upload's superseded S3 versions stay in the upload bucket (originals are archived). */
  readonly uploadNoncurrentDays: number;
  /** Origins allowed by CORS; `*` for any. */
  readonly allowedOrigins: readonly string[];
  /** Where alarms are emailed; without it the alarms still publish to the SNS topic. */
  readonly alarmEmail: string | undefined;
  /**
   * The public address catalogues and links use (the CDN's, or a council's own domain); without
   * it they use the address each request came to.
   */
  readonly publicBaseUrl: string | undefined;
}

/** Each setting's context key and environment variable, as the README documents them. */
export const settings = {
  stage: { context: 'stage', env: 'STAGE' },
  archiveRetentionDays: { context: 'archiveRetentionDays', env: 'ARCHIVE_RETENTION_DAYS' },
  uploadNoncurrentDays: { context: 'uploadNoncurrentDays', env: 'UPLOAD_NONCURRENT_DAYS' },
  allowedOrigins: { context: 'allowedOrigins', env: 'ALLOWED_ORIGINS' },
  alarmEmail: { context: 'alarmEmail', env: 'ALARM_EMAIL' },
  publicBaseUrl: { context: 'publicBaseUrl', env: 'PUBLIC_BASE_URL' },
} as const satisfies Record<keyof DeploymentConfig, { context: string; env: string }>;

export const defaults = {
  stage: 'dev',
  /** Seven years, the usual retention for council financial and decision records. */
  archiveRetentionDays: 2557,
  uploadNoncurrentDays: 90,
  allowedOrigins: '*',
} as const;

export class InvalidConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidConfigError';
  }
}

const read = (
  node: Node,
  env: NodeJS.ProcessEnv,
  name: keyof DeploymentConfig,
): string | undefined => {
  const value: unknown = node.tryGetContext(settings[name].context) ?? env[settings[name].env];
  if (value === undefined || value === null) return undefined;
  const text = (Array.isArray(value) ? value.join(',') : String(value)).trim();
  return text === '' ? undefined : text;
};

const wholeDays = (name: string, raw: string | undefined, fallback: number, max: number) => {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max)
    throw new InvalidConfigError(
      `${name} must be a whole number of days from 1 to ${max}, not "${raw}"`,
    );
  return value;
};

const origins = (raw: string): string[] => {
  const list = raw.split(',').map((origin) => origin.trim());
  for (const origin of list) {
    if (origin !== '*' && !/^https?:\/\/[a-z0-9.-]+(:\d+)?$/i.test(origin))
      throw new InvalidConfigError(
        `allowedOrigins must be "*" or origins such as https://data.example.gov.uk, not "${origin}"`,
      );
  }
  if (list.includes('*') && list.length > 1)
    throw new InvalidConfigError('allowedOrigins: "*" cannot be combined with named origins');
  return list;
};

const email = (raw: string | undefined): string | undefined => {
  if (raw !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(raw))
    throw new InvalidConfigError(`alarmEmail must be an email address, not "${raw}"`);
  return raw;
};

const baseUrl = (raw: string | undefined): string | undefined => {
  if (raw !== undefined && !/^https:\/\/[a-z0-9.-]+(:\d+)?(\/[^\s?#]*)?$/i.test(raw))
    throw new InvalidConfigError(`publicBaseUrl must be an https URL, not "${raw}"`);
  return raw?.replace(/\/+$/, '');
};

/**
 * Reads and checks every setting once, so a typo fails `cdk synth` with a message naming the setting
 * rather than producing a stack that fails at deploy time.
 */
export const readDeploymentConfig = (
  node: Node,
  env: NodeJS.ProcessEnv = process.env,
): DeploymentConfig => ({
  stage: validStage(read(node, env, 'stage') ?? defaults.stage),
  // Object Lock accepts up to 100 years.
  archiveRetentionDays: wholeDays(
    'archiveRetentionDays',
    read(node, env, 'archiveRetentionDays'),
    defaults.archiveRetentionDays,
    36500,
  ),
  uploadNoncurrentDays: wholeDays(
    'uploadNoncurrentDays',
    read(node, env, 'uploadNoncurrentDays'),
    defaults.uploadNoncurrentDays,
    3650,
  ),
  allowedOrigins: origins(read(node, env, 'allowedOrigins') ?? defaults.allowedOrigins),
  alarmEmail: email(read(node, env, 'alarmEmail')),
  publicBaseUrl: baseUrl(read(node, env, 'publicBaseUrl')),
});
