import { Aws } from 'aws-cdk-lib';

/** What each bucket holds; part of its name. */
export type BucketPurpose = 'uploads' | 'archive' | 'logs';

/**
 * Lower-case letters, digits and hyphens, starting with a letter, at most 12 characters: with the
 * longest purpose, a 12-digit account and the longest region name, a bucket name stays within S3's 63.
 */
const stagePattern = /^[a-z][a-z0-9-]{0,11}$/;

export class InvalidStageError extends Error {
  constructor(stage: string) {
    super(
      `stage must be 1-12 characters of lower-case letters, digits and "-", starting with a letter (it becomes part of bucket names), not "${stage}"`,
    );
    this.name = 'InvalidStageError';
  }
}

/** Returns the stage unchanged when it can name buckets and stacks, and throws otherwise. */
export const validStage = (stage: string): string => {
  if (!stagePattern.test(stage) || stage.endsWith('-')) throw new InvalidStageError(stage);
  return stage;
};

/**
 * A bucket's name, fixed by stage, account and region, so the stateless stack and the IAM policies
 * can name it without a cross-stack export, and an operator can find it without the outputs.
 *
 * @example bucketName('prod', 'archive') // "council-papers-prod-archive-${AWS::AccountId}-${AWS::Region}"
 */
export const bucketName = (stage: string, purpose: BucketPurpose): string =>
  `council-papers-${validStage(stage)}-${purpose}-${Aws.ACCOUNT_ID}-${Aws.REGION}`;

/** The ARN of a bucket named by {@link bucketName}. */
export const bucketArn = (stage: string, purpose: BucketPurpose): string =>
  `arn:${Aws.PARTITION}:s3:::${bucketName(stage, purpose)}`;

/** The ARN of every object under one prefix of such a bucket. */
export const objectsArn = (stage: string, purpose: BucketPurpose, prefix: string): string =>
  `${bucketArn(stage, purpose)}/${prefix}*`;
