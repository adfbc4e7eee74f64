import type { PaperView, VersionRecord } from '../../domain/paper-record.ts';
import { link, section, summaryList, table, withheld } from '../components.ts';
import { fileSize, label, longDate, longDateTime } from '../format.ts';
import { type Html, html } from '../html.ts';
import { layout } from '../layout.ts';
import type { PageContext } from '../page-context.ts';

const auditBase = (id: string, version: number) => `/v1/audit/papers/${id}/versions/${version}`;

/**
 * For auditors: one version of a paper whole, what the public pages withhold included (an exempt
 * paper's text and original, a public paper's exempt parts). Never linked from a public page.
 */
export const auditPaperPage = (paper: PaperView, context: PageContext): Html => {
  const base = auditBase(paper.id, paper.version);
  return layout(context, {
    caption: `Audit: ${label(paper.documentType)}, version ${paper.version}`,
    title: paper.title ?? paper.id,
    breadcrumbs: [
      { text: 'Ingest log', href: '/v1/audit/ingests' },
      { text: 'Withheld papers', href: '/v1/audit/withheld' },
    ],
    content: html`
${
  paper.exempt
    ? withheld(
        `Exempt: withheld from the public (${paper.exemptReason ?? 'marked exempt'}). You see it whole as an auditor.`,
      )
    : (paper.withheldParts ?? 0) > 0 &&
      withheld(
        `Public, with ${paper.withheldParts} exempt part(s) withheld from the public text. You see it whole as an auditor.`,
      )
}
${summaryList([
  ['Type', label(paper.documentType)],
  ['Committee', paper.committee],
  ['Meeting date', longDate(paper.meetingDate)],
  ['Published', longDateTime(paper.publishedAt)],
  ['Uploaded as', html`<span class="app-break">${paper.sourceKey}</span>`],
  [
    'Original',
    link(`${base}/original`, `Download (${paper.format.toUpperCase()}, ${fileSize(paper.size)})`),
  ],
  ['SHA-256', html`<span class="app-break">${paper.sha256}</span>`],
  ['Public page', link(`/v1/papers/${paper.id}`, 'What the public sees')],
])}
<h2 class="govuk-heading-l">Text</h2>
${paper.body === null ? html`<p class="govuk-body">This version has no text (withdrawn).</p>` : html`<div class="app-paper-text" tabindex="0" role="region" aria-label="Text of the paper">${paper.body}</div>`}`,
  });
};

/** For auditors: papers whose current version the public cannot read whole. */
export const withheldPapersPage = (papers: readonly VersionRecord[], context: PageContext): Html =>
  layout(context, {
    caption: 'Audit',
    title: 'Withheld papers',
    breadcrumbs: [{ text: 'Ingest log', href: '/v1/audit/ingests' }],
    content: section(
      'Exempt papers and papers with exempt parts',
      papers,
      () =>
        table({
          caption: 'Papers withheld in whole or in part, by id',
          head: ['Paper', 'Withheld', 'Why', 'Published'],
          rows: papers.map((paper) => [
            link(auditBase(paper.id, paper.version), paper.title ?? paper.id),
            paper.exempt ? 'Whole paper' : `${paper.withheldParts} part(s)`,
            paper.exemptReason,
            longDateTime(paper.publishedAt),
          ]),
        }),
      'No paper is withheld.',
    ),
  });
