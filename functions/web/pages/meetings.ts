import type { MeetingSummary } from '../../ports/meeting-store.ts';
import type { Page } from '../../ports/page.ts';
import { link, nextPage, section, table } from '../components.ts';
import { longDate } from '../format.ts';
import type { Html, Interpolation } from '../html.ts';
import { layout } from '../layout.ts';
import { hrefWith, type PageContext } from '../page-context.ts';

/** A meeting as a table row: date (its link), committee (its link), time, venue. */
export const meetingRows = (meetings: readonly MeetingSummary[]): Interpolation[][] =>
  meetings.map((meeting) => [
    link(`/v1/meetings/${meeting.meetingId}`, longDate(meeting.meetingDate)),
    link(`/v1/bodies/${meeting.bodyId}`, meeting.body),
    meeting.meetingTime,
    meeting.venue,
  ]);

/** Meetings in date order, a page at a time. */
export const meetingsPage = (page: Page<MeetingSummary>, context: PageContext): Html =>
  layout(context, {
    title: 'Meetings',
    breadcrumbs: [],
    content: section(
      'Meetings by date',
      page.items,
      () => [
        table({
          caption: 'Meetings, earliest first',
          head: ['Date', 'Committee', 'Time', 'Venue'],
          rows: meetingRows(page.items),
        }),
        nextPage(page.next && hrefWith(context, { cursor: page.next })),
      ],
      'No meetings match.',
    ),
  });
