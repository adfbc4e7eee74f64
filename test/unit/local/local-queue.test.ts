import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SQSEvent } from 'aws-lambda';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalQueue } from '../../../infra/local/local-queue.ts';

const bodies = (event: SQSEvent) => event.Records.map((record) => record.body);

describe('LocalQueue', () => {
  it('delivers messages in batches with the SQS record shape', async () => {
    const batches: SQSEvent[] = [];
    const queue = new LocalQueue({
      name: 'q',
      region: 'eu-west-2',
      batchSize: 2,
      batchWindowMs: 5,
      consume: async (event) => {
        batches.push(event);
        return { batchItemFailures: [] };
      },
    });
    for (const body of ['a', 'b', 'c']) queue.send(body);
    await queue.whenIdle();
    expect(batches.map(bodies)).toEqual([['a', 'b'], ['c']]);
    expect(batches[0]?.Records[0]).toMatchObject({
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:eu-west-2:000000000000:q',
      attributes: { ApproximateReceiveCount: '1' },
    });
  });

  it('retries only the messages reported as failed, then dead-letters them after maxReceiveCount', async () => {
    const receives: string[] = [];
    const dead: string[] = [];
    const queue = new LocalQueue({
      name: 'q',
      region: 'eu-west-2',
      batchWindowMs: 1,
      maxReceiveCount: 3,
      retryDelayMs: () => 1,
      onDeadLetter: (message) => dead.push(message.body),
      consume: async (event) => {
        receives.push(...bodies(event));
        return {
          batchItemFailures: event.Records.filter((record) => record.body === 'bad').map(
            (record) => ({ itemIdentifier: record.messageId }),
          ),
        };
      },
    });
    queue.send('good');
    queue.send('bad');
    await queue.whenIdle();
    expect(receives.filter((body) => body === 'good')).toHaveLength(1);
    expect(receives.filter((body) => body === 'bad')).toHaveLength(3);
    expect(dead).toEqual(['bad']);
    expect(queue.deadLetters.map((message) => message.receiveCount)).toEqual([3]);
  });

  it('treats a thrown handler error as the failure of the whole batch', async () => {
    let calls = 0;
    const queue = new LocalQueue({
      name: 'q',
      region: 'eu-west-2',
      batchWindowMs: 1,
      retryDelayMs: () => 1,
      consume: async () => {
        calls++;
        if (calls === 1) throw new Error('cold start failed');
        return { batchItemFailures: [] };
      },
    });
    queue.send('a');
    await queue.whenIdle();
    expect(calls).toBe(2);
    expect(queue.deadLetters).toEqual([]);
  });
});

describe('LocalQueue on a folder', () => {
  const folders: string[] = [];
  afterEach(async () => {
    for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
  });
  const folder = async () => {
    const made = await mkdtemp(join(tmpdir(), 'queue-'));
    folders.push(made);
    return made;
  };

  it('redelivers, in a new queue on the same folder, a message whose consumer never finished', async () => {
    // Prepare: the first consumer hangs, as a process killed mid-ingest never answers.
    const directory = await folder();
    const crashed = new LocalQueue({
      name: 'q',
      region: 'eu-west-2',
      batchWindowMs: 1,
      directory,
      consume: () => new Promise(() => {}),
    });
    crashed.send('in flight');
    await new Promise((resolve) => setTimeout(resolve, 20));
    crashed.stop();
    const received: string[] = [];

    // Act
    const restarted = new LocalQueue({
      name: 'q',
      region: 'eu-west-2',
      batchWindowMs: 1,
      directory,
      consume: async (event) => {
        received.push(...bodies(event));
        return { batchItemFailures: [] };
      },
    });
    await restarted.whenIdle();

    // Assess
    expect(restarted.restored.map((message) => message.body)).toEqual(['in flight']);
    expect(received).toEqual(['in flight']);
    expect(await readdir(join(directory, 'pending'))).toEqual([]);
  });

  it('keeps dead letters in dead/ and no longer redelivers them', async () => {
    // Prepare
    const directory = await folder();
    const options = {
      name: 'q',
      region: 'eu-west-2',
      batchWindowMs: 1,
      maxReceiveCount: 2,
      retryDelayMs: () => 1,
      directory,
    };
    const queue = new LocalQueue({
      ...options,
      consume: async () => Promise.reject(new Error('no')),
    });
    queue.send('poison');
    await queue.whenIdle();

    // Act
    const restarted = new LocalQueue({
      ...options,
      consume: async () => ({ batchItemFailures: [] }),
    });

    // Assess
    expect(restarted.restored).toEqual([]);
    expect(await readdir(join(directory, 'dead'))).toHaveLength(1);
  });

  it('holds deliveries while paused, until start', async () => {
    // Prepare
    const received: string[] = [];
    const queue = new LocalQueue({
      name: 'q',
      region: 'eu-west-2',
      batchWindowMs: 1,
      paused: true,
      consume: async (event) => {
        received.push(...bodies(event));
        return { batchItemFailures: [] };
      },
    });
    queue.send('held');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const whilePaused = [...received];

    // Act
    queue.start();
    await queue.whenIdle();

    // Assess
    expect(whilePaused).toEqual([]);
    expect(received).toEqual(['held']);
  });
});
