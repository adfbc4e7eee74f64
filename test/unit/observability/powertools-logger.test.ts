import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PowertoolsLogger } from '../../../functions/adapters/observability/powertools-logger.ts';
import { NotFoundError } from '../../../functions/domain/errors.ts';
import { lambdaContext } from '../../../infra/local/lambda-context.ts';
import { type CapturedOutput, captureOutput } from '../../support/captured-output.ts';

describe('PowertoolsLogger', () => {
  let output: CapturedOutput;
  beforeEach(() => {
    output = captureOutput();
  });
  afterEach(() => output.restore());

  it('writes one JSON line with level, message, timestamp, service and the fields at the top', () => {
    // Prepare
    const logger = new PowertoolsLogger('council-papers');
    // Act
    logger.info('ingested', { key: 'uploads/papers/minutes.txt', outcome: 'accepted' });
    // Assess
    const lines = output.stdout();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'INFO',
      message: 'ingested',
      service: 'council-papers',
      key: 'uploads/papers/minutes.txt',
      outcome: 'accepted',
    });
    expect(new Date(String(lines[0]?.timestamp)).toISOString()).toBe(lines[0]?.timestamp);
  });

  it('writes an error to stderr with its cause chain', () => {
    // Prepare
    const logger = new PowertoolsLogger('council-papers');
    const cause = new Error('socket hang up');
    const error = new NotFoundError('no such version', { cause });
    // Act
    logger.error('ingest message failed', { messageId: 'm-1', error });
    // Assess
    expect(output.stdout()).toEqual([]);
    const [line] = output.stderr();
    expect(line).toMatchObject({
      level: 'ERROR',
      message: 'ingest message failed',
      messageId: 'm-1',
      error: {
        name: 'NotFoundError',
        message: 'no such version',
        cause: { name: 'Error', message: 'socket hang up' },
      },
    });
    expect(line?.error).toHaveProperty('stack', expect.stringContaining('NotFoundError'));
  });

  it('writes warnings to stderr at WARN, as console.warn does', () => {
    // Prepare
    const logger = new PowertoolsLogger('council-papers');
    // Act
    logger.warn('paper table not published', { table: 2 });
    // Assess
    expect(output.stdout()).toEqual([]);
    expect(output.stderr()).toEqual([
      expect.objectContaining({ level: 'WARN', message: 'paper table not published', table: 2 }),
    ]);
  });

  it('adds the invocation’s request id and function to lines logged inside it', async () => {
    // Prepare
    const logger = new PowertoolsLogger('council-papers');
    const context = lambdaContext('ingest');
    const request = { event: {}, context, response: undefined, error: null, internal: {} };
    // Act
    await logger.invocation().before?.(request);
    logger.info('inside');
    await logger.invocation().after?.(request);
    // Assess
    expect(output.stdout()[0]).toMatchObject({
      message: 'inside',
      function_name: 'ingest',
      function_request_id: context.awsRequestId,
    });
  });
});
