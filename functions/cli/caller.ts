import { userInfo } from 'node:os';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { CliError } from './cli-error.ts';

/**
 * Who the CLI acts for, as uploads, withdrawals and takedowns record it: `--by` when given; in AWS
 * the caller's own identity (the ARN STS GetCallerIdentity answers, the credentials the command
 * runs with); on the local stack the operating system's user name.
 */
export const actingAs = async (
  by: string | undefined,
  aws: boolean,
  sts: () => STSClient = () => new STSClient({}),
): Promise<string> => {
  const named = by?.trim();
  if (by !== undefined) {
    if (!named) throw new CliError('--by names who is acting: give a name, or leave --by out');
    return named;
  }
  if (!aws) return userInfo().username;
  const client = sts();
  try {
    const { Arn } = await client.send(new GetCallerIdentityCommand({}));
    if (!Arn)
      throw new CliError('AWS did not say who these credentials are: name yourself with --by');
    return Arn;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(
      `Could not ask AWS who these credentials are (${(error as Error).message}): check them, or name yourself with --by`,
      2,
      { cause: error },
    );
  } finally {
    client.destroy();
  }
};
