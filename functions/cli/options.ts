import { parseArgs } from 'node:util';

/** Every flag any command takes, parsed once by the entry point before a command is loaded. */
export const cliOptions = {
  as: { type: 'string' },
  id: { type: 'string' },
  replaces: { type: 'string' },
  title: { type: 'string' },
  description: { type: 'string' },
  licence: { type: 'string' },
  license: { type: 'string' },
  publisher: { type: 'string' },
  source: { type: 'string' },
  'no-wait': { type: 'boolean', default: false },
  limit: { type: 'string', default: '20' },
  json: { type: 'boolean', default: false },
  schema: { type: 'string' },
  sheet: { type: 'string' },
  bucket: { type: 'string' },
  'ingests-table': { type: 'string' },
  port: { type: 'string' },
  reason: { type: 'string' },
  version: { type: 'string' },
  by: { type: 'string' },
  'distribution-id': { type: 'string' },
  all: { type: 'boolean', default: false },
  digests: { type: 'boolean', default: false },
  'digest-now': { type: 'boolean', default: false },
  api: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** The command line as parsed: the command's name, its arguments and every flag. */
export const parseCli = (argv: string[]) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: cliOptions,
  });
  const [command, ...args] = positionals;
  return { command, args, values };
};

export type CliValues = ReturnType<typeof parseCli>['values'];

/** One command: runs with its arguments and the flags, and answers the process's exit code. */
export type Command = (args: readonly string[], values: CliValues) => Promise<number>;

/** Where a command finds the stores it reads and writes (flags, else the environment). */
export const targetOptions = (values: CliValues) => ({
  bucket: values.bucket,
  ingestsTable: values['ingests-table'],
  port: values.port,
});
