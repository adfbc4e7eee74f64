import { type RecordKind, recordCollections, recordPath } from '../../config/areas.ts';
import type { Page } from '../../ports/page.ts';
import type { StoredVersion } from '../../ports/version-store.ts';
import type { ListedVersion } from '../../usecases/withdrawal/takedown.ts';
import { link, list, nextPage, summaryList, tag } from '../components.ts';
import { longDateTime } from '../format.ts';
import {
  asOfForm,
  diffHref,
  hash,
  originalOf,
  versionBy,
  versionHref,
  versionReasons,
} from '../history.ts';
import { type Html, html } from '../html.ts';
import { layout } from '../layout.ts';
import { hrefWith, type PageContext } from '../page-context.ts';

/** What the version did, in a sentence: a withdrawal says why. */
const whatItDid = (version: StoredVersion) =>
  version.reason === 'withdrawal'
    ? `Withdrawal: ${version.withdrawal?.reason ?? 'no reason recorded'}`
    : version.reason === 'correction'
      ? `Correction: replaces version ${version.version - 1}`
      : 'First published';

/** One entry of the timeline: what, who, when, the original's hash, and where to go from it. */
const entry = (version: ListedVersion<StoredVersion>, current: number | undefined): Html => {
  const { kind, id } = version;
  const late =
    version.current !== version.version &&
    version.reason !== 'withdrawal' &&
    `Arrived after a newer upload: version ${version.current} stayed current.`;
  return html`
<li class="app-timeline__item">
  <h2 class="govuk-heading-m">Version ${version.version}: ${versionReasons[version.reason].toLowerCase()}${version.version === current ? html` ${tag('Current', 'blue')}` : ''}</h2>
  ${summaryList([
    ['What', whatItDid(version)],
    ['Who', versionBy(version)],
    ['When', longDateTime(version.publishedAt)],
    ['SHA-256 of the original', version.reason === 'withdrawal' ? '' : hash(version.sha256)],
    ['Note', late],
    [
      'Taken down',
      version.takedown &&
        `On ${longDateTime(version.takedown.at)} by ${version.takedown.by ?? 'someone not recorded'}: ${version.takedown.reason}. Its original, text and rows are no longer public; its place in the history is kept.`,
    ],
  ])}
  ${list([
    link(versionHref(kind, id, version.version), `View version ${version.version}`),
    originalOf(version),
    ...(version.version > 1
      ? [
          link(
            diffHref(kind, id, version.version - 1, version.version),
            `Compare version ${version.version} with version ${version.version - 1}`,
          ),
        ]
      : []),
  ])}
</li>`;
};

/**
 * A record's history as a timeline, oldest first: each version with its kind (a withdrawal with its
 * reason), who made it, when, the SHA-256 of its original, and links to see it, download its
 * original and compare it with the one before; a form to see the record as it was on a date.
 */
export const versionsPage = (
  kind: RecordKind,
  id: string,
  versions: Page<StoredVersion>,
  context: PageContext,
): Html => {
  const base = recordPath(kind, id);
  const collection = recordCollections[kind];
  const name = versions.items.at(-1)?.title ?? id;
  // Each version names the one the public sees once it is committed: the last one's is current.
  const current = versions.next ? undefined : versions.items.at(-1)?.current;
  return layout(context, {
    caption: name,
    title: 'Versions',
    breadcrumbs: [
      { text: collection.charAt(0).toUpperCase() + collection.slice(1), href: `/v1/${collection}` },
      { text: name, href: base },
    ],
    content: html`
<p class="govuk-body">Every version of this ${kind}, oldest first. Each is kept as it was published and is never changed or deleted; the SHA-256 is the fingerprint of the file uploaded, so a downloaded original can be checked against it.</p>
${asOfForm(kind, id, context)}
<ol class="app-timeline">
  ${versions.items.map((version) => entry(version, current))}
</ol>
${nextPage(versions.next && hrefWith(context, { cursor: versions.next }))}
<p class="govuk-body">${link(`${base}/verify`, `Check this ${kind}’s hash chain`)}.</p>`,
  });
};
