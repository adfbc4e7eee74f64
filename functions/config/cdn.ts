/**
 * The CDN in front of the public API, which takedowns ask to drop cached copies: in AWS the
 * stack's CloudFront distribution (its id is the stack output `CdnDistributionId`); the local
 * stack has none.
 */
export type CdnAccess =
  | { readonly mode: 'cloudfront'; readonly distributionId: string }
  | { readonly mode: 'none' };

export const cdnEnvVar = 'CDN_DISTRIBUTION_ID';

/** A CloudFront distribution id: `E` and upper-case letters and digits (`E2QWRUHAPOMQZL`). */
export const distributionIdPattern = /^E[A-Z0-9]{5,}$/;
