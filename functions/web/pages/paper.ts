import type { PaperView, VersionRecord } from '../../domain/paper-record.ts';
import type { PackDocument, PaperExtraction, PaperTable } from '../../domain/papers/model.ts';
import type { Page } from '../../ports/page.ts';
import type { Verification } from '../../usecases/history/verify.ts';
import { link, list, section, summaryList, table, tag, withheld } from '../components.ts';
import { fileSize, label, longDate, longDateTime, plural } from '../format.ts';
import { asOfForm, asOfNotice, compareWithPrevious, versionReasons } from '../history.ts';
import { type Html, html, type Interpolation } from '../html.ts';
import { layout } from '../layout.ts';
import type { PageContext } from '../page-context.ts';
import { verificationSummary } from './verification.ts';

/** The extraction as stored; read defensively, as older versions may lack newer fields. */
type Extraction = Partial<PaperExtraction>;

/** What a paper page shows besides the version itself. */
export interface PaperPageExtras {
  /** The paper's versions, oldest first (the first page of them). */
  readonly versions: Page<VersionRecord>;
  /** The page is of one numbered version rather than the paper as it stands. */
  readonly versionPage: boolean;
  /** Whether the paper's hash chain verifies, checked for a version's page. */
  readonly verification?: Verification;
}

const reasons = versionReasons;

const status = (paper: VersionRecord) =>
  paper.status === 'withdrawn'
    ? tag('Withdrawn', 'grey')
    : paper.exempt
      ? tag('Exempt', 'orange')
      : tag('Published', 'green');

/**
 * The documents of a pack, each with its own committee and meeting date (a pack carries an earlier
 * meeting's minutes). Each links to its own lines, which exist for the current version only.
 */
const documentsTable = (paper: PaperView, documents: readonly PackDocument[]) =>
  table({
    caption: 'Documents in this agenda pack',
    head: ['Number', 'Document', 'Type', 'Committee', 'Meeting date', 'Lines'],
    numeric: [0],
    rows: documents.map((document, index) => {
      const title = document.title ?? 'Untitled document';
      return [
        String(index + 1),
        document.exempt.exempt
          ? [title, ' ', tag('Exempt', 'orange')]
          : paper.version === paper.current
            ? link(`/v1/papers/${paper.id}/documents/${index + 1}`, title)
            : title,
        label(document.documentType),
        document.body,
        longDate(document.meetingDate),
        `${document.startLine}–${document.endLine}`,
      ];
    }),
  });

/** A meeting's link says when it was: its id ends with its date. */
const meetingLink = (meetingId: string) => {
  const date = /\d{4}-\d{2}-\d{2}$/.exec(meetingId)?.[0];
  return link(`/v1/meetings/${meetingId}`, date ? `Meeting of ${longDate(date)}` : meetingId);
};

/**
 * A header for every column a paper's table has: its own where the paper gave one, else its
 * position, so a screen reader names the column of every cell (a table read without a header
 * row, a blank header cell, a row longer than the header).
 */
const columnHeads = (source: PaperTable): string[] =>
  Array.from(
    { length: Math.max(source.columns.length, ...source.rows.map((row) => row.length)) },
    (_, column) => source.columns[column]?.trim() || `Column ${column + 1}`,
  );

const paperTable = (paper: PaperView, source: PaperTable, index: number) => [
  table({
    caption: source.heading ?? `Table ${index + 1}`,
    head: columnHeads(source),
    rows: source.rows,
  }),
  html`<p class="govuk-body">Also published as the dataset ${link(
    `/v1/datasets/${paper.id}-table-${index + 1}`,
    `${paper.id}-table-${index + 1}`,
  )}${source.footnotes.length > 0 && html`. Notes: ${source.footnotes.join(' ')}`}</p>`,
];

const versionsTable = (paper: VersionRecord, versions: Page<VersionRecord>) => {
  // Every version names the one the public sees once it is committed: the last one's is current.
  const current = versions.next ? undefined : versions.items.at(-1)?.current;
  return [
    table({
      caption: 'Every version of this paper, oldest first',
      head: ['Version', 'Why', 'Published', 'Status', 'Changes'],
      rows: versions.items.map((version) => [
        link(`/v1/papers/${paper.id}/versions/${version.version}`, `Version ${version.version}`),
        reasons[version.reason],
        longDateTime(version.publishedAt),
        version.version === current
          ? tag('Current', 'blue')
          : version.status === 'withdrawn'
            ? tag('Withdrawn', 'grey')
            : '',
        compareWithPrevious(version),
      ]),
    }),
    html`<p class="govuk-body">${link(`/v1/papers/${paper.id}/versions`, 'The history of this paper')}: who published each version, when, and the SHA-256 of each original.</p>`,
  ];
};

/** The readable parts of the extraction: absent for withheld and withdrawn versions. */
const contentOf = (paper: PaperView, extraction: Extraction): Interpolation => {
  const documents = extraction.documents ?? [];
  const tables = extraction.tables ?? [];
  return html`
${documents.length > 0 && [html`<h2 class="govuk-heading-l">Documents</h2>`, documentsTable(paper, documents)]}
${tables.length > 0 && [html`<h2 class="govuk-heading-l">Tables</h2>`, tables.map((source, index) => paperTable(paper, source, index))]}
<h2 class="govuk-heading-l">Text</h2>
<p class="govuk-body">The text as read from the original, line by line.</p>
<div class="app-paper-text">${paper.body}</div>`;
};

/**
 * A paper (its current version, or one version): what it is, its committee, meeting and date,
 * authors, the documents of a pack, its tables, its text, the original to download, and its
 * version history. An exempt paper shows only that it is withheld and why; a withdrawn one, who
 * withdrew it and why.
 */
export const paperPage = (
  paper: PaperView,
  extras: PaperPageExtras,
  context: PageContext,
): Html => {
  const extraction = paper.withheld ? null : (paper.extraction as Extraction | null);
  const title = paper.title ?? paper.id;
  const base = `/v1/papers/${paper.id}`;
  return layout(context, {
    caption: extras.versionPage
      ? `${label(paper.documentType)}, version ${paper.version}`
      : label(paper.documentType),
    title,
    breadcrumbs: [
      { text: 'Papers', href: '/v1/papers' },
      ...(extras.versionPage ? [{ text: title, href: base }] : []),
    ],
    content: html`
${extras.versionPage && paper.version !== paper.current && html`<div class="govuk-inset-text">This is version ${paper.version}, kept as it was. ${link(base, 'See the paper as it stands')}.</div>`}
${!extras.versionPage && asOfNotice(paper, context)}
${paper.withdrawal && withheld(`Withdrawn on ${longDateTime(paper.withdrawal.at)}: ${paper.withdrawal.reason}`)}
${paper.withheld && withheld(paper.withheld.reason)}
${summaryList([
  ['Status', status(paper)],
  ['Type', label(paper.documentType)],
  ['Council', paper.council],
  ['Committee', paper.committee],
  ['Meeting', paper.meetingIds.length > 0 && list(paper.meetingIds.map(meetingLink))],
  ['Meeting date', longDate(paper.meetingDate)],
  ['Meeting time', paper.meetingTime],
  ['Authors', extraction?.authors?.join(', ')],
  [
    'Version',
    `${paper.version} (${reasons[paper.reason].toLowerCase()}, ${longDateTime(paper.publishedAt)})`,
  ],
  [
    'Original',
    paper.status === 'published' &&
      !paper.withheld &&
      link(
        `${base}/versions/${paper.version}/original`,
        `Download the original (${paper.format.toUpperCase()}, ${fileSize(paper.size)})`,
      ),
  ],
  ['SHA-256 of the original', html`<code class="app-break">${paper.sha256}</code>`],
])}
${extraction && contentOf(paper, extraction)}
${section(
  'Versions',
  extras.versions.items,
  () => versionsTable(paper, extras.versions),
  'No versions.',
)}
${asOfForm('paper', paper.id, context)}
${extras.verification && [html`<h2 class="govuk-heading-l">Verification</h2>`, verificationSummary(extras.verification, paper)]}
<p class="govuk-body">${link(`${base}/verify`, 'Check this paper’s hash chain')} (${plural(extras.versions.items.length, 'version')} listed).</p>`,
  });
};
