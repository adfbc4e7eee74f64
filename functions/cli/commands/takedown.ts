import { takedownDeps } from '../../composition/takedown.ts';
import { CliError } from '../cli-error.ts';
import { operatorRoot } from '../operator-root.ts';
import type { Command } from '../options.ts';
import { takedownCdn, takedownCommand } from '../takedown.ts';

/** `council-papers takedown KIND ID --version N --reason TEXT`: withholds a version from the public. */
export const run: Command = async (args, values) => {
  const [kind, id, ...extra] = args;
  if (!kind || !id || extra.length > 0) throw new CliError('takedown takes a KIND and an ID');
  const cdn = takedownCdn(values['distribution-id'], process.env.UPLOAD_BUCKET !== undefined);
  const { root, description, close } = await operatorRoot(values.port);
  const takedown = takedownDeps(root, cdn);
  try {
    const { message, exitCode } = await takedownCommand(takedown.deps, kind, id, {
      version: values.version,
      reason: values.reason,
      by: values.by,
    });
    console.log(`${message}  [${description}]`);
    return exitCode;
  } finally {
    takedown.close();
    close();
  }
};
