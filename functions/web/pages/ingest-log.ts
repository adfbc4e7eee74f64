import type { IngestEntry, IngestOutcome } from '../../ports/ingest-log.ts';
import type { Page } from '../../ports/page.ts';
import { link, nextPage, section, table } from '../components.ts';
import { longDateTime } from '../format.ts';
import { type Html, html } from '../html.ts';
import { layout } from '../layout.ts';
import { hrefWith, type PageContext } from '../page-context.ts';
import { outcomeTag } from './upload-outcome.ts';

const outcomes: readonly IngestOutcome[] = [
  'accepted',
  'duplicate',
  'rejected',
  'skipped',
  'withdrawn',
  'taken-down',
];

const filterForm = (context: PageContext) => html`
<form action="/v1/audit/ingests" method="get" class="govuk-!-margin-bottom-6">
  <div class="govuk-form-group">
    <label class="govuk-label" for="filter-outcome">Outcome</label>
    <select class="govuk-select" id="filter-outcome" name="outcome">
      <option value="">Every outcome</option>
      ${outcomes.map(
        (outcome) =>
          html`<option value="${outcome}"${context.query.outcome === outcome ? html` selected` : ''}>${outcome}</option>`,
      )}
    </select>
  </div>
  <div class="govuk-form-group">
    <label class="govuk-label" for="filter-key">Upload key starts with</label>
    <input class="govuk-input govuk-!-width-one-half" id="filter-key" name="key" type="text" spellcheck="false" value="${context.query.key ?? ''}">
  </div>
  <button type="submit" class="govuk-button govuk-button--secondary">Filter</button>
</form>`;

const recordLink = (entry: IngestEntry) => {
  if (!entry.kind || !entry.id) return '';
  const text = `${entry.kind} ${entry.id}${entry.version ? ` v${entry.version}` : ''}`;
  // An auditor reads a paper's version whole, exempt or not; datasets are public whole.
  return entry.version && entry.outcome !== 'rejected'
    ? link(
        entry.kind === 'paper'
          ? `/v1/audit/papers/${entry.id}/versions/${entry.version}`
          : `/v1/datasets/${entry.id}/versions/${entry.version}`,
        text,
      )
    : text;
};

/** For auditors: every ingest attempt, newest first, with its outcome and why, filterable. */
export const ingestLogPage = (page: Page<IngestEntry>, context: PageContext): Html =>
  layout(context, {
    caption: 'Audit',
    title: 'Ingest log',
    breadcrumbs: [],
    content: html`
<p class="govuk-body">Every attempt to ingest an upload, whatever became of it, and every withdrawal and takedown, with who made it. ${link('/v1/audit/withheld', 'Papers withheld from the public')}.</p>
${filterForm(context)}
${section(
  'Attempts, newest first',
  page.items,
  () => [
    table({
      caption: 'Ingest attempts',
      head: ['When', 'Upload', 'Outcome', 'Record', 'Who', 'Reason'],
      rows: page.items.map((entry) => [
        longDateTime(entry.at),
        html`<span class="app-break">${entry.key}</span>`,
        outcomeTag(entry.outcome),
        recordLink(entry),
        entry.uploadedBy ?? 'Not recorded',
        entry.reason?.message,
      ]),
    }),
    nextPage(page.next && hrefWith(context, { cursor: page.next })),
  ],
  'No attempts match.',
)}`,
  });
