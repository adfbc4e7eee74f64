import type { HomeOverview } from '../../usecases/papers/home-queries.ts';
import { link, section, table } from '../components.ts';
import { label, longDate, longDateTime } from '../format.ts';
import { type Html, html } from '../html.ts';
import { layout } from '../layout.ts';
import type { PageContext } from '../page-context.ts';
import { meetingRows } from './meetings.ts';

/**
 * The home page: a search box (answered by /search), the newest papers, the meetings to come and
 * the latest held, and the datasets changed lately.
 */
export const homePage = (overview: HomeOverview, context: PageContext): Html =>
  layout(context, {
    title: 'Council papers and open data',
    content: html`
<p class="govuk-body-l">Agendas, minutes, reports and the data inside them, kept as versions that anyone can check.</p>
<form action="/search" method="get" role="search" class="govuk-!-margin-bottom-8">
  <div class="govuk-form-group">
    <label class="govuk-label govuk-label--m" for="search-q">Search papers, meetings and decisions</label>
    <input class="govuk-input govuk-!-width-two-thirds" id="search-q" name="q" type="search" spellcheck="false">
  </div>
  <button type="submit" class="govuk-button">Search</button>
</form>
${section(
  'Latest papers',
  overview.latestPapers,
  () =>
    table({
      caption: 'Papers published in the last 90 days, newest first',
      head: ['Paper', 'Type', 'Meeting date', 'Published'],
      rows: overview.latestPapers.map((paper) => [
        link(`/v1/papers/${paper.id}`, paper.title ?? paper.id),
        label(paper.documentType),
        longDate(paper.meetingDate),
        longDateTime(paper.publishedAt),
      ]),
    }),
  'No papers were published in the last 90 days.',
)}
<p class="govuk-body">${link('/v1/papers', 'All papers')}</p>
${section(
  'Upcoming meetings',
  overview.upcomingMeetings,
  () =>
    table({
      caption: `Meetings from ${longDate(overview.today)}`,
      head: ['Date', 'Committee', 'Time', 'Venue'],
      rows: meetingRows(overview.upcomingMeetings),
    }),
  'No meetings are scheduled in the papers published so far.',
)}
${section(
  'Recent meetings',
  overview.recentMeetings,
  () =>
    table({
      caption: 'The latest meetings held, most recent first',
      head: ['Date', 'Committee', 'Time', 'Venue'],
      rows: meetingRows(overview.recentMeetings),
    }),
  'No past meetings are recorded yet.',
)}
<p class="govuk-body">${link('/v1/meetings', 'All meetings')}</p>
${section(
  'Recently changed datasets',
  overview.changedDatasets,
  () =>
    table({
      caption: 'Datasets published or corrected in the last 90 days, newest first',
      head: ['Dataset', 'Rows', 'Changed'],
      numeric: [1],
      rows: overview.changedDatasets.map((dataset) => [
        link(`/v1/datasets/${dataset.id}`, dataset.title),
        dataset.rowCount.toLocaleString('en-GB'),
        longDateTime(dataset.publishedAt),
      ]),
    }),
  'No datasets changed in the last 90 days.',
)}
<p class="govuk-body">${link('/v1/datasets', 'All datasets')}</p>`,
  });
