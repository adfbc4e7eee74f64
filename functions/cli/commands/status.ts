import { CliError } from '../cli-error.ts';
import { describeEntry, describeEntryInFull } from '../format.ts';
import { type Command, targetOptions } from '../options.ts';
import { resolveTarget } from '../target.ts';

/** `council-papers status`: the latest ingests, a rejection with its reasons in full. */
export const run: Command = async (_args, values) => {
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
    throw new CliError('--limit takes a whole number from 1 to 1000');
  const target = await resolveTarget(targetOptions(values));
  try {
    if (!target.log)
      throw new CliError('status needs the ingests table: give --ingests-table or INGESTS_TABLE');
    const entries = await target.log.recent(limit);
    if (values.json) console.log(JSON.stringify(entries, null, 2));
    else if (entries.length === 0) console.log(`no ingests yet in ${target.description}`);
    else
      for (const entry of entries)
        console.log(
          entry.outcome === 'rejected'
            ? await describeEntryInFull({ log: target.log, archive: target.archive }, entry)
            : describeEntry(entry),
        );
    return 0;
  } finally {
    target.close();
  }
};
