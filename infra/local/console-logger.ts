import { describeEntry } from '../../functions/cli/format.ts';
import type { IngestEntry } from '../../functions/ports/ingest-log.ts';
import type { Logger } from '../../functions/ports/logger.ts';

/**
 * Human-readable logs for `npm start`: one line per ingest as `council-papers status` shows it;
 * other events as their message and fields. Lambda keeps the JSON logger.
 */
const line = (level: string, message: string, fields: Record<string, unknown> = {}) => {
  if (message === 'ingested') return `ingest   ${describeEntry(fields as unknown as IngestEntry)}`;
  const detail = Object.entries(fields)
    .map(
      ([name, value]) =>
        `${name}=${value instanceof Error ? (value.stack ?? value.message) : JSON.stringify(value)}`,
    )
    .join(' ');
  return `${level.padEnd(8)} ${message} ${detail}`.trimEnd();
};

export const consoleLogger: Logger = {
  info: (message, fields) => console.log(line('info', message, fields)),
  warn: (message, fields) => console.warn(line('warn', message, fields)),
  error: (message, fields) => console.error(line('error', message, fields)),
};
