import { createHmac } from 'node:crypto';
import { sameSecret } from '../../functions/domain/secrets.ts';

/** Why S3 would refuse a browser POST: its error code and message, as S3 words them. */
export class PostPolicyError extends Error {
  override readonly name = 'PostPolicyError';
  constructor(
    readonly code: 'AccessDenied' | 'EntityTooLarge' | 'EntityTooSmall' | 'InvalidArgument',
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

type Condition = readonly unknown[] | Readonly<Record<string, unknown>>;

interface Policy {
  readonly expiration: string;
  readonly conditions: readonly Condition[];
}

/** Fields S3 never asks a condition for. */
const exempt = new Set(['file', 'policy', 'x-amz-signature']);

const hmac = (key: string | Buffer, data: string) =>
  createHmac('sha256', key).update(data).digest();

/** The SigV4 signature of a POST policy, as S3 computes it from the credential's scope. */
export const policySignature = (policy: string, credential: string, secret: string): string => {
  const [, date = '', region = '', service = ''] = credential.split('/');
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), 'aws4_request');
  return createHmac('sha256', key).update(policy).digest('hex');
};

const denied = (message: string) => new PostPolicyError('AccessDenied', message);

const lowerKeys = (fields: Readonly<Record<string, string>>) =>
  Object.fromEntries(Object.entries(fields).map(([name, value]) => [name.toLowerCase(), value]));

/**
 * Checks a browser POST upload as S3 does (what the local S3 stand-in skips): the signature over
 * the policy, its expiry, every condition (`eq`, `starts-with`, `content-length-range`, and
 * `{field: value}`), and that every field sent is covered by a condition. Throws
 * {@link PostPolicyError} with S3's code; returns the size limits for the caller to enforce.
 *
 * @example checkPostPolicy(fields, file.size, 'secret', new Date()) // or throws AccessDenied
 */
export const checkPostPolicy = (
  given: Readonly<Record<string, string>>,
  size: number,
  secret: string,
  now: Date,
  bucket: string,
): void => {
  const fields = lowerKeys(given);
  const encoded = fields.policy;
  const signature = fields['x-amz-signature'];
  const credential = fields['x-amz-credential'];
  if (!encoded || !signature || !credential)
    throw denied('Bucket POST must contain a policy, x-amz-credential and x-amz-signature.');
  if (!sameSecret(signature, policySignature(encoded, credential, secret)))
    throw denied('The request signature we calculated does not match the signature you provided.');
  let policy: Policy;
  try {
    policy = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')) as Policy;
  } catch (error) {
    throw new PostPolicyError('InvalidArgument', 'Invalid Policy: not base64 JSON.', {
      cause: error,
    });
  }
  if (!(new Date(policy.expiration).getTime() > now.getTime()))
    throw denied('Invalid according to Policy: Policy expired.');
  const values: Record<string, string> = { ...fields, bucket };
  const covered = new Set<string>(['bucket']);
  for (const condition of policy.conditions) {
    if (!Array.isArray(condition)) {
      for (const [name, value] of Object.entries(condition)) {
        const field = name.toLowerCase();
        covered.add(field);
        if (values[field] !== String(value))
          throw denied(
            `Invalid according to Policy: Policy Condition failed: ["eq", "$${name}", "${String(value)}"]`,
          );
      }
      continue;
    }
    const [operator, target, expected] = condition as [string, string | number, string | number];
    if (operator === 'content-length-range') {
      const [min, max] = [Number(target), Number(expected)];
      if (size > max)
        throw new PostPolicyError(
          'EntityTooLarge',
          'Your proposed upload exceeds the maximum allowed size',
        );
      if (size < min)
        throw new PostPolicyError(
          'EntityTooSmall',
          'Your proposed upload is smaller than the minimum allowed size',
        );
      continue;
    }
    const field = String(target).replace(/^\$/, '').toLowerCase();
    covered.add(field);
    const value = values[field] ?? '';
    const holds =
      operator === 'eq'
        ? value === String(expected)
        : operator === 'starts-with'
          ? value.startsWith(String(expected))
          : false;
    if (!holds)
      throw denied(
        `Invalid according to Policy: Policy Condition failed: ["${operator}", "${String(target)}", "${String(expected)}"]`,
      );
  }
  for (const field of Object.keys(fields))
    if (!exempt.has(field) && !field.startsWith('x-ignore-') && !covered.has(field))
      throw denied(`Invalid according to Policy: Extra input fields: ${field}`);
};
