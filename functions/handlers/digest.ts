import middy from '@middy/core';
import type { ScheduledEvent } from 'aws-lambda';
import { productionRoot } from '../composition/root.ts';
import type { Telemetry } from '../composition/telemetry.ts';
import { type DigestDeps, publishDigest } from '../usecases/history/publish-digest.ts';
import { aroundInvocation } from './around-invocation.ts';

export interface DigestHandlerDeps extends Pick<Telemetry, 'logger' | 'invocation'> {
  readonly digest: DigestDeps;
}

/** The digest function: on a schedule, publishes the next digest of every record's chain head. */
export const createDigestHandler = (deps: () => DigestHandlerDeps) =>
  middy<ScheduledEvent, { published: boolean; number: number | null }>()
    .use(aroundInvocation(() => deps().invocation))
    .handler(async () => {
      const { digest, logger } = deps();
      const result = await publishDigest(digest);
      logger.info(result.published ? 'digest published' : 'no chain head moved; no digest', {
        ...result.entry,
      });
      return { published: result.published, number: result.entry?.number ?? null };
    });

export const handler = createDigestHandler(productionRoot);
