import type { BodySummary, MeetingSummary } from '../../ports/meeting-store.ts';
import type { Page } from '../../ports/page.ts';
import { link, list, nextPage, section, summaryList, table } from '../components.ts';
import { type Html, html } from '../html.ts';
import { layout } from '../layout.ts';
import { hrefWith, type PageContext } from '../page-context.ts';
import { meetingRows } from './meetings.ts';

/** Every committee, board or council that has met. */
export const bodiesPage = (page: Page<BodySummary>, context: PageContext): Html =>
  layout(context, {
    title: 'Committees',
    breadcrumbs: [],
    content: section(
      'Committees, boards and councils that have met',
      page.items,
      () => [
        table({
          caption: 'Committees, by name',
          head: ['Committee', 'Council'],
          rowHeaders: true,
          rows: page.items.map((body) => [
            link(`/v1/bodies/${body.bodyId}`, body.body),
            body.council,
          ]),
        }),
        nextPage(page.next && hrefWith(context, { cursor: page.next })),
      ],
      'No committee has met yet.',
    ),
  });

/** One committee: its council, its meetings, and where its decisions and papers are. */
export const bodyPage = (
  body: BodySummary,
  meetings: Page<MeetingSummary>,
  context: PageContext,
): Html =>
  layout(context, {
    caption: 'Committee',
    title: body.body,
    breadcrumbs: [{ text: 'Committees', href: '/v1/bodies' }],
    content: html`
${summaryList([['Council', body.council]])}
${list([
  link(`/v1/decisions?body=${body.bodyId}`, `Decisions of the ${body.body}`),
  link(`/v1/papers?body=${body.bodyId}`, `Papers of the ${body.body}`),
])}
${section(
  'Meetings',
  meetings.items,
  () => [
    table({
      caption: `Meetings of the ${body.body}, earliest first`,
      head: ['Date', 'Committee', 'Time', 'Venue'],
      rows: meetingRows(meetings.items),
    }),
    meetings.next &&
      html`<p class="govuk-body">${link(`/v1/meetings?body=${body.bodyId}&cursor=${meetings.next}`, 'More meetings')}</p>`,
  ],
  'No meetings are recorded.',
)}`,
  });
