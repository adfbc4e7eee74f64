/** Structured JSON log lines: one object per line, which CloudWatch Logs Insights can query. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

const errorFields = (value: unknown): unknown =>
  value instanceof Error
    ? {
        name: value.name,
        message: value.message,
        stack: value.stack,
        cause: errorFields(value.cause),
      }
    : value;

const write = (level: string, message: string, fields: Record<string, unknown> = {}) => {
  const entry = { level, message, time: new Date().toISOString(), ...fields };
  const line = JSON.stringify(entry, (_key, value: unknown) => errorFields(value));
  (level === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
};

export const jsonLogger: Logger = {
  info: (message, fields) => write('info', message, fields),
  warn: (message, fields) => write('warn', message, fields),
  error: (message, fields) => write('error', message, fields),
};

/** For tests and quiet tools: drops everything. */
export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
