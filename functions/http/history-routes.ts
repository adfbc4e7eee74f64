import { posix } from 'node:path';
import { type RecordKind, recordCollections } from '../config/areas.ts';
import { attachment } from '../domain/content-disposition.ts';
import { type DiffDeps, diffVersions } from '../usecases/history/diff-versions.ts';
import type { HistoryQueryDeps } from '../usecases/history/history-queries.ts';
import { type Original, originalOf } from '../usecases/history/history-queries.ts';
import { verifyRecord } from '../usecases/history/verify.ts';
import { diffPageOf, verificationPageOf } from './history-renderers.ts';
import { jsonOrHtml } from './media-types.ts';
import { pathId, pathVersion } from './query.ts';
import { represent } from './representation.ts';
import { bytes, seeOther } from './responses.ts';
import type { Route } from './route.ts';

/** RFC 9530 `Repr-Digest`: the SHA-256 of the bytes, base64 in a structured-field byte sequence. */
export const reprDigest = (sha256Hex: string) =>
  `sha-256=:${Buffer.from(sha256Hex, 'hex').toString('base64')}:`;

/** A version's exact upload, in the response or (when large) by a short-lived signed link. */
export const originalResponse = (
  original: Original,
  cacheControl = 'public, max-age=31536000, immutable',
) => {
  const record = original.record;
  const headers = {
    'repr-digest': reprDigest(record.sha256),
    etag: `"${record.sha256}"`,
    'cache-control': cacheControl,
  };
  // The link expires, so neither it nor the redirect may be cached for long.
  if ('url' in original)
    return seeOther(original.url, { ...headers, 'cache-control': 'private, max-age=60' });
  return bytes(original.bytes, {
    ...headers,
    'content-type': record.mediaType,
    'content-disposition': attachment(posix.basename(record.sourceKey)),
  });
};

/**
 * The routes every versioned kind has: a version's exact upload, what changed between two versions
 * and the chain's verification; the last two are pages for people too.
 */
export const historyRoutes = (
  kind: RecordKind,
  deps: () => HistoryQueryDeps & DiffDeps,
): Route[] => {
  const base = `/v1/${recordCollections[kind]}/{id}`;
  return [
    {
      method: 'GET',
      path: `${base}/versions/{version}/original`,
      produces: ['*/*'],
      handler: async (event) =>
        originalResponse(await originalOf(deps(), kind, pathId(event), pathVersion(event))),
    },
    {
      method: 'GET',
      path: `${base}/versions/{version}/diff/{other}`,
      cache: 'immutable',
      produces: jsonOrHtml,
      handler: async (event) =>
        represent(
          event,
          await diffVersions(
            deps(),
            kind,
            pathId(event),
            pathVersion(event),
            pathVersion(event, 'other'),
          ),
          diffPageOf(deps()),
        ),
    },
    {
      method: 'GET',
      path: `${base}/verify`,
      produces: jsonOrHtml,
      handler: async (event) =>
        represent(
          event,
          await verifyRecord(deps(), kind, pathId(event)),
          verificationPageOf(deps()),
        ),
    },
  ];
};
