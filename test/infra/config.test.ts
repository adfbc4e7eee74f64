import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { defaults, readDeploymentConfig } from '../../infra/config.ts';
import { bucketName, validStage } from '../../infra/names.ts';
import { flatten, synthesize } from './synth.ts';

const configFrom = (context: Record<string, unknown>, env: NodeJS.ProcessEnv = {}) =>
  readDeploymentConfig(new App({ context }).node, env);

describe('deployment config', () => {
  it('has defaults for everything but the alarm email', () => {
    expect(configFrom({})).toEqual({
      stage: 'dev',
      archiveRetentionDays: defaults.archiveRetentionDays,
      uploadNoncurrentDays: 90,
      allowedOrigins: ['*'],
      alarmEmail: undefined,
      publicBaseUrl: undefined,
    });
  });

  it('reads context first, then the environment', () => {
    const env = {
      STAGE: 'prod',
      ARCHIVE_RETENTION_DAYS: '3650',
      UPLOAD_NONCURRENT_DAYS: '30',
      ALLOWED_ORIGINS: 'https://a.example.org, https://b.example.org',
      ALARM_EMAIL: 'ops@example.org',
      PUBLIC_BASE_URL: 'https://data.example.gov.uk/',
    };
    expect(configFrom({}, env)).toEqual({
      stage: 'prod',
      archiveRetentionDays: 3650,
      uploadNoncurrentDays: 30,
      allowedOrigins: ['https://a.example.org', 'https://b.example.org'],
      alarmEmail: 'ops@example.org',
      publicBaseUrl: 'https://data.example.gov.uk',
    });
    expect(configFrom({ stage: 'staging', archiveRetentionDays: 10 }, env)).toMatchObject({
      stage: 'staging',
      archiveRetentionDays: 10,
    });
  });

  it.each([
    [{ archiveRetentionDays: '0' }, /archiveRetentionDays must be a whole number of days/],
    [{ archiveRetentionDays: '7.5' }, /archiveRetentionDays/],
    [{ uploadNoncurrentDays: 'ninety' }, /uploadNoncurrentDays/],
    [{ allowedOrigins: 'data.example.org' }, /allowedOrigins must be "\*" or origins/],
    [{ allowedOrigins: '*,https://a.example.org' }, /cannot be combined/],
    [{ alarmEmail: 'ops' }, /alarmEmail must be an email address/],
    [{ publicBaseUrl: 'http://data.example.org' }, /publicBaseUrl must be an https URL/],
  ])('refuses %o with a message naming the setting', (context, message) => {
    expect(() => configFrom(context)).toThrow(message);
  });
});

describe('stage', () => {
  it.each(['dev', 'prod', 'wandsworth', 'a1-b2', 'abcdefghijkl'])('accepts %s', (stage) => {
    expect(validStage(stage)).toBe(stage);
  });

  it.each(['', 'Prod', 'my_stage', '1st', 'abcdefghijklm', 'dev-', 'dev prod'])(
    'refuses "%s", saying what a stage may be',
    (stage) => {
      expect(() => validStage(stage)).toThrow(
        /stage must be 1-12 characters of lower-case letters, digits and "-", starting with a letter/,
      );
    },
  );

  it('is checked when read from context or the environment', () => {
    expect(() => configFrom({ stage: 'Prod' })).toThrow(/stage must be/);
    expect(() => configFrom({}, { STAGE: 'a-very-long-stage' })).toThrow(/stage must be/);
  });

  it('names the stacks and the buckets', () => {
    const { stacks } = synthesize({ stage: 'wandsworth' });
    expect(stacks.data.stackName).toBe('CouncilPapers-wandsworth-Data');
    expect(stacks.service.stackName).toBe('CouncilPapers-wandsworth-Service');
    expect(flatten(stacks.data.resolve(bucketName('wandsworth', 'archive')))).toBe(
      'council-papers-wandsworth-archive-<AWS::AccountId>-<AWS::Region>',
    );
  });

  it('keeps the longest bucket name within S3’s 63 characters', () => {
    const longest = `council-papers-abcdefghijkl-uploads-123456789012-ap-southeast-4`;
    expect(longest.length).toBeLessThanOrEqual(63);
  });
});
