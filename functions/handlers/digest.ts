import middy from '@middy/core';
import type { ScheduledEvent } from 'aws-lambda';
import { productionRoot } from '../composition/root.ts';
import type { Logger } from '../observability/log.ts';
import { type DigestDeps, publishDigest } from '../usecases/history/publish-digest.ts';

export interface DigestHandlerDeps {
  readonly digest: DigestDeps;
  readonly logger: Logger;
}

/** The digest function: on a schedule, publishes the next digest of every record's chain head. */
export const createDigestHandler = (deps: () => DigestHandlerDeps) =>
  middy<ScheduledEvent, { published: boolean; number: number | null }>().handler(async () => {
    const { digest, logger } = deps();
    const result = await publishDigest(digest);
    logger.info(result.published ? 'digest published' : 'no chain head moved; no digest', {
      ...result.entry,
    });
    return { published: result.published, number: result.entry?.number ?? null };
  });

export const handler = createDigestHandler(productionRoot);
