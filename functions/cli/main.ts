import { CliError } from './cli-error.ts';
import { type Command, parseCli } from './options.ts';
import { usage } from './usage.ts';

/**
 * Each command's module, loaded only when that command runs: `--help` and a mistyped command load
 * none of the engines (PDF, DOCX, the AWS SDK, the extractor) the commands need.
 */
const commands: Readonly<Record<string, () => Promise<{ run: Command }>>> = {
  upload: () => import('./commands/upload.ts'),
  status: () => import('./commands/status.ts'),
  extract: () => import('./commands/extract.ts'),
  validate: () => import('./commands/validate.ts'),
  withdraw: () => import('./commands/withdraw.ts'),
  takedown: () => import('./commands/takedown.ts'),
  reindex: () => import('./commands/reindex.ts'),
  verify: () => import('./commands/verify.ts'),
};

const run = async (argv: string[]): Promise<number> => {
  const { command, args, values } = parseCli(argv);
  if (values.help || !command) {
    console.log(usage);
    return command || values.help ? 0 : 2;
  }
  const load = Object.hasOwn(commands, command) ? commands[command] : undefined;
  if (!load) throw new CliError(`unknown command "${command}"\n\n${usage}`);
  return (await load()).run(args, values);
};

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`council-papers: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = error instanceof CliError ? error.exitCode : 2;
  },
);
