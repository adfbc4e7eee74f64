import { CliError } from '../cli-error.ts';
import { operatorRoot } from '../operator-root.ts';
import type { Command } from '../options.ts';
import { withdrawCommand } from '../withdraw.ts';

/** `council-papers withdraw ID --reason TEXT`: a tombstone version; the history stays. */
export const run: Command = async (args, values) => {
  const [id, ...extra] = args;
  if (!id || extra.length > 0) throw new CliError('withdraw takes one ID');
  const { root, description, close } = await operatorRoot(values.port);
  try {
    const { message, exitCode } = await withdrawCommand(root, id, {
      reason: values.reason,
      as: values.as,
      by: values.by,
    });
    console.log(`${message}  [${description}]`);
    return exitCode;
  } finally {
    close();
  }
};
