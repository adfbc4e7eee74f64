import { NotFoundError } from '../domain/errors.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import type { DigestStore } from '../ports/digest-store.ts';
import { readDigestText } from '../usecases/history/publish-digest.ts';
import { reprDigest } from './history-routes.ts';
import { pageRequest, pathVersion } from './query.ts';
import { json } from './responses.ts';
import type { Route } from './route.ts';

export interface DigestQueryDeps {
  readonly digests: DigestStore;
  readonly archive: BlobStore;
}

/** The digests of every record's chain head, oldest first, and each digest as published. */
export const digestRoutes = (deps: () => DigestQueryDeps): Route[] => [
  {
    method: 'GET',
    path: '/v1/digests',
    handler: async (event) => json(await deps().digests.list(pageRequest(event))),
  },
  {
    method: 'GET',
    path: '/v1/digests/{number}',
    handler: async (event) => {
      const number = pathVersion(event, 'number');
      const entry = await deps().digests.get(number);
      if (!entry) throw new NotFoundError(`There is no digest ${number}.`);
      // Served as stored: the bytes an auditor hashes are the bytes that were chained.
      const body = await readDigestText(deps().archive, entry);
      return {
        statusCode: 200,
        headers: {
          'content-type': 'application/json; charset=utf-8',
          etag: `"${entry.sha256}"`,
          'repr-digest': reprDigest(entry.sha256),
          'cache-control': 'public, max-age=31536000, immutable',
        },
        body,
      };
    },
  },
];
