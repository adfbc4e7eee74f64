import type { Node } from 'constructs';

/** Deployment settings, from CDK context (`-c name=value` or cdk.json) or the environment. */
export interface DeploymentConfig {
  readonly stage: string;
  /** Days the archive keeps each original under Object Lock (compliance mode). */
  readonly archiveRetentionDays: number;
  /** Days an upload's superseded S3 versions stay in the upload bucket (originals are archived). */
  readonly uploadNoncurrentDays: number;
  readonly allowedOrigins: readonly string[];
  readonly alarmEmail: string | undefined;
}

const setting = (node: Node, name: string, envName: string): string | undefined => {
  const value: unknown = node.tryGetContext(name) ?? process.env[envName];
  return value === undefined || value === '' ? undefined : String(value);
};

const positiveInteger = (name: string, raw: string | undefined, fallback: number): number => {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a whole number of days, not "${raw}"`);
  return value;
};

export const readDeploymentConfig = (node: Node): DeploymentConfig => {
  const stage = setting(node, 'stage', 'STAGE') ?? 'dev';
  if (!/^[a-z][a-z0-9-]{0,19}$/.test(stage))
    throw new Error(`stage must be lower-case letters, digits and -, not "${stage}"`);
  return {
    stage,
    archiveRetentionDays: positiveInteger(
      'archiveRetentionDays',
      setting(node, 'archiveRetentionDays', 'ARCHIVE_RETENTION_DAYS'),
      2557,
    ),
    uploadNoncurrentDays: positiveInteger(
      'uploadNoncurrentDays',
      setting(node, 'uploadNoncurrentDays', 'UPLOAD_NONCURRENT_DAYS'),
      90,
    ),
    allowedOrigins: (setting(node, 'allowedOrigins', 'ALLOWED_ORIGINS') ?? '*')
      .split(',')
      .map((origin) => origin.trim()),
    alarmEmail: setting(node, 'alarmEmail', 'ALARM_EMAIL'),
  };
};
