import type { BodySummary } from '../../ports/meeting-store.ts';
import type { Page } from '../../ports/page.ts';
import type { DecisionView } from '../../usecases/meetings/decision-queries.ts';
import { link, nextPage, section, table } from '../components.ts';
import { longDate } from '../format.ts';
import { type Html, html } from '../html.ts';
import { layout } from '../layout.ts';
import { hrefWith, type PageContext } from '../page-context.ts';

const filterForm = (bodies: readonly BodySummary[], context: PageContext) => {
  const query = context.query;
  return html`
<form action="/v1/decisions" method="get" class="govuk-!-margin-bottom-6">
  <fieldset class="govuk-fieldset">
    <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Filter decisions</legend>
    <div class="govuk-form-group">
      <label class="govuk-label" for="filter-body">Committee</label>
      <select class="govuk-select" id="filter-body" name="body">
        <option value="">All committees</option>
        ${bodies.map(
          (body) =>
            html`<option value="${body.bodyId}"${query.body === body.bodyId ? html` selected` : ''}>${body.body}, ${body.council}</option>`,
        )}
      </select>
    </div>
    <div class="govuk-form-group">
      <label class="govuk-label" for="filter-from">Meetings from</label>
      <div class="govuk-hint" id="filter-from-hint">Leave blank for no limit</div>
      <input class="govuk-input govuk-input--width-10" id="filter-from" name="from" type="date" value="${query.from ?? ''}" aria-describedby="filter-from-hint">
    </div>
    <div class="govuk-form-group">
      <label class="govuk-label" for="filter-to">Meetings to</label>
      <div class="govuk-hint" id="filter-to-hint">Leave blank for no limit</div>
      <input class="govuk-input govuk-input--width-10" id="filter-to" name="to" type="date" value="${query.to ?? ''}" aria-describedby="filter-to-hint">
    </div>
    <div class="govuk-form-group">
      <label class="govuk-label" for="filter-q">Words in the decision</label>
      <input class="govuk-input govuk-!-width-one-half" id="filter-q" name="q" type="text" value="${query.q ?? ''}" spellcheck="false">
    </div>
  </fieldset>
  <button type="submit" class="govuk-button govuk-button--secondary">Filter</button>
</form>`;
};

/** The register of decisions across meetings, in date order, with a form to filter it. */
export const decisionsPage = (
  page: Page<DecisionView>,
  bodies: readonly BodySummary[],
  context: PageContext,
): Html =>
  layout(context, {
    title: 'Decisions',
    breadcrumbs: [],
    content: html`
${filterForm(bodies, context)}
${section(
  'Decisions by meeting date',
  page.items,
  () => [
    table({
      caption: 'Decisions, earliest meeting first',
      head: ['Meeting', 'Committee', 'Item', 'Decision', 'Paper'],
      rows: page.items.map((decision) => [
        link(decision.links.meeting, longDate(decision.meetingDate)),
        link(decision.links.body, decision.body),
        decision.item,
        decision.text,
        link(decision.links.paper, decision.paperId),
      ]),
    }),
    nextPage(page.next && hrefWith(context, { cursor: page.next })),
  ],
  'No decisions match.',
)}`,
  });
