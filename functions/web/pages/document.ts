import type { DocumentView } from '../../usecases/papers/document-queries.ts';
import { link, list, section, summaryList, withheld } from '../components.ts';
import { label, longDate } from '../format.ts';
import { type Html, html } from '../html.ts';
import { layout } from '../layout.ts';
import type { PageContext } from '../page-context.ts';

/**
 * One document of an agenda pack: what it is, its committee and meeting, where it sits in the
 * pack, its decisions and its own lines of the text; an exempt one only that it is withheld and why.
 */
export const documentPage = (document: DocumentView, context: PageContext): Html => {
  const title = document.title ?? `Document ${document.number}`;
  const resolutions = 'resolutions' in document ? document.resolutions : [];
  return layout(context, {
    caption: `${label(document.documentType)}, document ${document.number} of a pack`,
    title,
    breadcrumbs: [
      { text: 'Papers', href: '/v1/papers' },
      { text: document.paper.id, href: document.links.paper },
    ],
    content: html`
${document.withheld && withheld(document.withheld.reason)}
${summaryList([
  ['Type', label(document.documentType)],
  ['Committee', document.body],
  ['Meeting date', longDate(document.meetingDate)],
  [
    'In the pack',
    html`${link(document.links.paper, document.paper.id)}, version ${document.paper.version}, lines ${document.startLine}–${document.endLine}`,
  ],
  [
    'The pack’s meeting',
    document.links.meeting && link(document.links.meeting, 'The meeting the pack is for'),
  ],
])}
${
  document.text !== null && [
    section(
      'Decisions',
      resolutions,
      () =>
        list(
          resolutions.map((resolution) =>
            resolution.item ? `Item ${resolution.item}: ${resolution.text}` : resolution.text,
          ),
        ),
      'No decisions were read from this document.',
    ),
    html`<h2 class="govuk-heading-l">Text</h2>
<div class="app-paper-text">${document.text}</div>`,
  ]
}`,
  });
};
