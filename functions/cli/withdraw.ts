import type { Root } from '../composition/root.ts';
import type { RecordKind } from '../config/areas.ts';
import { withdrawPublished } from '../usecases/withdrawal/withdraw-published.ts';
import { actingAs } from './caller.ts';
import { CliError } from './cli-error.ts';

/** Which kind an id names: as given, or the one kind that has it. */
const kindOf = async (root: Root, id: string, given: string | undefined): Promise<RecordKind> => {
  if (given === 'paper' || given === 'dataset') return given;
  if (given !== undefined) throw new CliError(`--as takes paper or dataset, not "${given}"`);
  const found: RecordKind[] = [];
  for (const kind of ['paper', 'dataset'] as const)
    if (await root.api.versions.latest(kind, id)) found.push(kind);
  if (found.length === 1) return found[0] as RecordKind;
  throw new CliError(
    found.length === 0
      ? `No paper or dataset has the id "${id}".`
      : `Both a paper and a dataset have the id "${id}": say which with --as.`,
  );
};

/** `withdraw ID --reason …`: a tombstone version, committed like any other; exit 1 when nothing changed. */
export const withdrawCommand = async (
  root: Root,
  id: string,
  options: { reason: string | undefined; as: string | undefined; by: string | undefined },
): Promise<{ message: string; exitCode: number }> => {
  if (!options.reason?.trim())
    throw new CliError('withdraw needs --reason: say why, for the record');
  const kind = await kindOf(root, id, options.as);
  const result = await withdrawPublished(root.ingest, kind, id, {
    reason: options.reason.trim(),
    by: await actingAs(options.by, process.env.UPLOAD_BUCKET !== undefined),
    at: new Date().toISOString(),
  });
  if (result.outcome === 'skipped') return { message: result.message, exitCode: 1 };
  return {
    message: `withdrew ${kind} ${id}: version ${result.record.version} (chain ${result.record.chainHash.slice(0, 12)}…)`,
    exitCode: 0,
  };
};
