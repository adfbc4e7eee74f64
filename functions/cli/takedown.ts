import type { Root } from '../composition/root.ts';
import { NotFoundError } from '../domain/errors.ts';
import { takeDown } from '../usecases/withdrawal/takedown.ts';
import { actingAs } from './caller.ts';
import { CliError } from './cli-error.ts';

export interface TakedownOptions {
  readonly version: string | undefined;
  readonly reason: string | undefined;
  readonly by: string | undefined;
}

/**
 * `takedown paper|dataset ID --version N --reason … [--by NAME]`: withholds one version's original,
 * text, extraction and rows from the public (410, with the reason); its history, metadata and
 * the auditors' access stay. Exit 1 when it was already taken down.
 */
export const takedownCommand = async (
  root: Root,
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
  const deps = { ...root.ingest, now: () => new Date() };
  try {
    const result = await takeDown(deps, kind, id, version, {
      reason: options.reason.trim(),
      by: await actingAs(options.by, process.env.UPLOAD_BUCKET !== undefined),
    });
    const { takedown } = result;
    return result.outcome === 'taken-down'
      ? {
          message: `took down ${kind} ${id} v${version} at ${takedown.at} (by ${takedown.by ?? 'unknown'}): the public now gets 410`,
          exitCode: 0,
        }
      : {
          message: `${kind} ${id} v${version} was already taken down at ${takedown.at}: ${takedown.reason}`,
          exitCode: 1,
        };
  } catch (error) {
    if (error instanceof NotFoundError) throw new CliError(error.message, 2, { cause: error });
    throw error;
  }
};
