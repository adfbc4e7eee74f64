/**
 * Structured logs: a message and fields, one queryable JSON object per line in Lambda
 * (level, message, timestamp, the fields; an `Error` field with its `cause` chain).
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}
