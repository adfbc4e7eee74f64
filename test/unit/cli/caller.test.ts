import { userInfo } from 'node:os';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { actingAs } from '../../../functions/cli/caller.ts';
import { CliError } from '../../../functions/cli/cli-error.ts';

const sts = mockClient(STSClient);

afterEach(() => sts.reset());

describe('who the CLI acts for', () => {
  it('is the name --by gives, without asking AWS', async () => {
    // Act
    const who = await actingAs(' dpo ', true);

    // Assess
    expect(who).toBe('dpo');
    expect(sts.commandCalls(GetCallerIdentityCommand)).toHaveLength(0);
  });

  it('is the caller’s AWS identity (its ARN) in AWS', async () => {
    // Prepare
    sts
      .on(GetCallerIdentityCommand)
      .resolves({ Arn: 'arn:aws:sts::123456789012:assumed-role/Officer/j.smith' });

    // Act
    const who = await actingAs(undefined, true);

    // Assess
    expect(who).toBe('arn:aws:sts::123456789012:assumed-role/Officer/j.smith');
  });

  it('is the operating system’s user name on the local stack', async () => {
    // Act
    const who = await actingAs(undefined, false);

    // Assess
    expect(who).toBe(userInfo().username);
  });

  it('says to use --by when AWS cannot say who the credentials are', async () => {
    // Prepare
    sts
      .on(GetCallerIdentityCommand)
      .rejects(new Error('The security token included in the request is expired'));

    // Act
    const asking = actingAs(undefined, true);

    // Assess
    await expect(asking).rejects.toThrow(CliError);
    await expect(asking).rejects.toThrow(/token included in the request is expired.*--by/);
  });

  it('refuses an empty --by', async () => {
    // Act
    const asking = actingAs('  ', false);

    // Assess
    await expect(asking).rejects.toThrow('--by names who is acting');
  });
});
