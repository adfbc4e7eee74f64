import { type CdnAccess, cdnEnvVar, distributionIdPattern } from '../config/cdn.ts';
import { NotFoundError } from '../domain/errors.ts';
import {
  type CacheInvalidation,
  type TakedownDeps,
  takeDown,
} from '../usecases/withdrawal/takedown.ts';
import { actingAs } from './caller.ts';
import { CliError } from './cli-error.ts';

export interface TakedownOptions {
  readonly version: string | undefined;
  readonly reason: string | undefined;
  readonly by: string | undefined;
}

/** Exit status when the version is taken down but the CDN did not take the invalidation. */
export const cacheNotInvalidatedExit = 3;

/**
 * The CDN a takedown invalidates: in AWS (`aws`) the distribution named by `--distribution-id` or
 * `CDN_DISTRIBUTION_ID`, required, since without it a year-long cached copy would stay public;
 * the local stack has no CDN.
 */
export const takedownCdn = (
  given: string | undefined,
  aws: boolean,
  env: NodeJS.ProcessEnv = process.env,
): CdnAccess => {
  const distributionId = (given ?? env[cdnEnvVar])?.trim();
  if (!aws) {
    if (given !== undefined)
      throw new CliError('--distribution-id is for AWS: the local stack has no CDN to invalidate');
    return { mode: 'none' };
  }
  if (!distributionId)
    throw new CliError(
      `takedown in AWS needs the CloudFront distribution whose cached copies it drops: --distribution-id ID or ${cdnEnvVar} (the stack output CdnDistributionId)`,
    );
  if (!distributionIdPattern.test(distributionId))
    throw new CliError(
      `"${distributionId}" is not a CloudFront distribution id: expected the id (such as E2QWRUHAPOMQZL, the stack output CdnDistributionId), not its domain name`,
    );
  return { mode: 'cloudfront', distributionId };
};

const describeCache = (
  cache: CacheInvalidation,
  where: string,
  retry: string,
): { text: string; ok: boolean } =>
  cache.outcome === 'requested'
    ? {
        text: `asked ${where} to drop its cached copies of ${cache.paths.join(' ')} (${cache.id})`,
        ok: true,
      }
    : {
        text: `but ${where} may still serve cached copies: it did not take the invalidation (${cache.error}). Retry with \`${retry}\` (it asks again), or invalidate ${cache.paths.join(' ')} yourself`,
        ok: false,
      };

/**
 * `takedown paper|dataset ID --version N --reason … [--by NAME] [--distribution-id ID]`: withholds
 * one version's original, text, extraction and rows from the public (410, with the reason) and
 * asks the CDN to drop its cached copies; its history, metadata and the auditors' access stay.
 * Exit 1 when it was already taken down (the CDN is asked again), 3 when the CDN did not take
 * the invalidation (the takedown stands).
 */
export const takedownCommand = async (
  deps: TakedownDeps,
  kind: string,
  id: string,
  options: TakedownOptions,
): Promise<{ message: string; exitCode: number }> => {
  if (kind !== 'paper' && kind !== 'dataset')
    throw new CliError(`takedown takes paper or dataset first, not "${kind}"`);
  const version = Number(options.version);
  if (!Number.isInteger(version) || version < 1)
    throw new CliError('takedown needs --version N: the version whose content goes');
  if (!options.reason?.trim())
    throw new CliError('takedown needs --reason: say why, for the record');
  try {
    const result = await takeDown({ ...deps, now: () => new Date() }, kind, id, version, {
      reason: options.reason.trim(),
      by: await actingAs(options.by, process.env.UPLOAD_BUCKET !== undefined),
    });
    const { takedown } = result;
    const cache = describeCache(
      result.cache,
      deps.cache.description,
      `council-papers takedown ${kind} ${id} --version ${version} --reason …`,
    );
    const done =
      result.outcome === 'taken-down'
        ? `took down ${kind} ${id} v${version} at ${takedown.at} (by ${takedown.by ?? 'unknown'}): the public now gets 410`
        : `${kind} ${id} v${version} was already taken down at ${takedown.at}: ${takedown.reason}`;
    return {
      message: `${done}; ${cache.text}`,
      exitCode: !cache.ok ? cacheNotInvalidatedExit : result.outcome === 'taken-down' ? 0 : 1,
    };
  } catch (error) {
    if (error instanceof NotFoundError) throw new CliError(error.message, 2, { cause: error });
    throw error;
  }
};
