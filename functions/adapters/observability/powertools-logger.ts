import { Logger as Powertools } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { MiddlewareObj } from '@middy/core';
import type { Logger } from '../../ports/logger.ts';

/**
 * Our {@link Logger} on Powertools' Logger: one JSON object per line (`level`, `message`,
 * `timestamp`, `service`, the fields at the top level; an `Error` as name, location, message, stack
 * and its `cause` chain), errors on stderr. The level comes from `POWERTOOLS_LOG_LEVEL` or Lambda's
 * own log level, INFO by default.
 *
 * @example
 * const logger = new PowertoolsLogger('council-papers');
 * logger.error('ingest message failed', { messageId, error });
 */
export class PowertoolsLogger implements Logger {
  readonly #logger: Powertools;
  readonly #invocation: MiddlewareObj;

  constructor(serviceName: string) {
    this.#logger = new Powertools({ serviceName });
    this.#invocation = injectLambdaContext(this.#logger);
  }

  info(message: string, fields: Record<string, unknown> = {}): void {
    this.#logger.info(message, fields);
  }

  warn(message: string, fields: Record<string, unknown> = {}): void {
    this.#logger.warn(message, fields);
  }

  error(message: string, fields: Record<string, unknown> = {}): void {
    this.#logger.error(message, fields);
  }

  /** Middy middleware: adds the invocation's request id, function and cold start to every line. */
  invocation(): MiddlewareObj {
    return this.#invocation;
  }
}
