import { type RecordKind, recordPath } from '../../config/areas.ts';

/** CloudFront's limit on wildcard paths in progress at once for a distribution. */
export const maxWildcardPaths = 15;

/**
 * The public paths a CDN may hold a copy of one version's content under, as invalidation paths
 * (a trailing `*` covers every path and query that starts so; CloudFront takes it only at the end).
 *
 * Every route that serves the version sits below its record's path: the record itself while the
 * version is current (with `?asOf=`, `?version=`, `?format=`), the version's JSON and page, its
 * original, its downloads (datasets), its documents (papers), its rows, and each diff page with
 * another version. A diff *to* the version sits below the other version's path
 * (`/versions/1/diff/2`), so the whole record is dropped, not the version's own subtree; the
 * version history, which now shows the takedown, goes with it. One path, `/v1/papers/ID*`, is
 * the form CloudFront documents for every query of a path; it also drops the few records whose
 * ids begin with this one (`ID-2`), which costs them one fetch from the origin. Audit routes are
 * never cached (the CDN refuses them); search answers are cached for a minute and the index is
 * rebuilt.
 *
 * @example cachedPathsOf('paper', 'cabinet-9-may') // ['/v1/papers/cabinet-9-may*']
 */
export const cachedPathsOf = (kind: RecordKind, id: string): readonly string[] =>
  // An id from metadata may hold a `*`, which encodeURIComponent leaves: here it is a character.
  [`${recordPath(kind, id).replaceAll('*', '%2A')}*`];
