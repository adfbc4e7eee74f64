import { recordCollections, recordPath } from '../../config/areas.ts';
import type { Page } from '../../ports/page.ts';
import type { StoredVersion } from '../../ports/version-store.ts';
import type { Verification } from '../../usecases/history/verify.ts';
import { link, nextPage, summaryList, table, tag, withheld } from '../components.ts';
import { plural } from '../format.ts';
import { hash, versionHref } from '../history.ts';
import { type Html, html } from '../html.ts';
import { layout } from '../layout.ts';
import type { PageContext } from '../page-context.ts';

/** Whether a version is vouched for: every version before the first broken one is. */
const holds = (verification: Verification, version: number) =>
  verification.broken === null || version < verification.broken.version;

/**
 * The verification in words: the chain intact (and every archived object matching its hash) or
 * the first version that breaks it and why; on a version's page, that version's standing too.
 */
export const verificationSummary = (verification: Verification, version?: StoredVersion): Html => {
  const noun = verification.kind;
  const result = verification.ok
    ? html`<p class="govuk-body">${tag('Chain intact', 'green')} Checked just now: the hash chain of ${plural(verification.versions, 'version')} of this ${noun} is intact, and each of the ${plural(verification.checkedObjects, 'archived file')} it vouches for (originals and what was read from them) matches the SHA-256 recorded for it.</p>`
    : [
        html`<p class="govuk-body">${tag('Chain broken', 'red')} Checked just now: the history of this ${noun} does not verify.</p>`,
        verification.broken &&
          withheld(
            `Version ${verification.broken.version} breaks the chain: ${verification.broken.problem}. It and every later version cannot be vouched for.`,
          ),
      ];
  return html`
${result}
${
  version &&
  summaryList([
    [
      `Version ${version.version}`,
      holds(verification, version.version)
        ? 'Vouched for by the chain'
        : 'Not vouched for: at or after the break',
    ],
    ['SHA-256 of its original', hash(version.sha256)],
    ['Its chain hash', hash(version.chainHash)],
  ])
}`;
};

/**
 * A record's verification as a page: the result in words, the chain's head (an auditor keeps it
 * to prove later that history was not rewritten), and each version's original SHA-256 and link.
 */
export const verificationPage = (
  verification: Verification,
  extras: { readonly title: string; readonly versions: Page<StoredVersion> },
  context: PageContext,
): Html => {
  const base = recordPath(verification.kind, verification.id);
  const collection = recordCollections[verification.kind];
  return layout(context, {
    caption: extras.title,
    title: 'Verification',
    breadcrumbs: [
      { text: collection.charAt(0).toUpperCase() + collection.slice(1), href: `/v1/${collection}` },
      { text: extras.title, href: base },
    ],
    content: html`
${verificationSummary(verification)}
${
  verification.head &&
  html`<p class="govuk-body">The chain ends at version ${verification.head.version}, whose chain hash is ${hash(verification.head.chainHash)}. Keep it: if any earlier version were changed, this hash would no longer follow from them.</p>`
}
${table({
  caption: 'Each version and the SHA-256 of its original',
  head: ['Version', 'SHA-256 of the original', 'Vouched for'],
  rows: extras.versions.items.map((version) => [
    link(versionHref(version.kind, version.id, version.version), `Version ${version.version}`),
    hash(version.sha256),
    holds(verification, version.version) ? 'Yes' : 'No',
  ]),
})}
${nextPage(extras.versions.next && `${base}/versions?cursor=${encodeURIComponent(extras.versions.next)}`)}
<p class="govuk-body">${link(`${base}/versions`, 'Every version, with who made it and when')}.</p>`,
  });
};
