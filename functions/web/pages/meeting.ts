import type { MeetingView } from '../../usecases/meetings/meeting-queries.ts';
import { link, list, section, summaryList, table } from '../components.ts';
import { label, longDate } from '../format.ts';
import { type Html, html } from '../html.ts';
import { layout } from '../layout.ts';
import type { PageContext } from '../page-context.ts';

const paperLink = (paperId: string) => link(`/v1/papers/${paperId}`, paperId);
/** An item the paper sets as a heading without a number: a dash, and words for screen readers. */
const unnumbered = html`<span aria-hidden="true">–</span><span class="govuk-visually-hidden">Not numbered</span>`;
const names = (people: readonly string[]) => (people.length > 0 ? people.join(', ') : null);

/**
 * One meeting as its papers describe it: when and where, the papers and their documents, the
 * agenda, who attended, declarations, decisions, actions and recorded votes, each with its paper.
 */
export const meetingPage = (meeting: MeetingView, context: PageContext): Html =>
  layout(context, {
    caption: 'Meeting',
    title: `${meeting.body}, ${longDate(meeting.meetingDate)}`,
    breadcrumbs: [
      { text: 'Meetings', href: '/v1/meetings' },
      { text: meeting.body, href: `/v1/bodies/${meeting.bodyId}` },
    ],
    content: html`
${summaryList([
  ['Committee', link(`/v1/bodies/${meeting.bodyId}`, meeting.body)],
  ['Council', meeting.council],
  ['Date', longDate(meeting.meetingDate)],
  ['Time', meeting.meetingTime],
  ['Venue', meeting.venue],
])}
${section(
  'Papers',
  meeting.papers,
  () =>
    table({
      caption: 'Papers that speak of this meeting',
      head: ['Paper', 'What it is for this meeting', 'Documents'],
      rows: meeting.papers.map((paper) => [
        paperLink(paper.paperId),
        paper.roles.map(label).join(', '),
        paper.documents.length > 0 &&
          list(
            paper.documents.map((document) =>
              [label(document.documentType), document.title].filter(Boolean).join(': '),
            ),
          ),
      ]),
    }),
  'No papers.',
)}
${section(
  'Agenda',
  meeting.agendaItems,
  () =>
    table({
      caption: 'Agenda items',
      head: ['Item', 'Title', 'Paper'],
      rowHeaders: true,
      rows: meeting.agendaItems.map((item) => [
        item.number ?? unnumbered,
        item.title,
        paperLink(item.paperId),
      ]),
    }),
  'No agenda has been published.',
)}
<h2 class="govuk-heading-l">Attendance</h2>
${
  meeting.attendance.paperId
    ? [
        summaryList([
          ['Present', names(meeting.attendance.present)],
          ['Apologies', names(meeting.attendance.apologies)],
          ['In attendance', names(meeting.attendance.inAttendance)],
          ['Substitutes', names(meeting.attendance.substitutes)],
        ]),
        html`<p class="govuk-body">As recorded in ${paperLink(meeting.attendance.paperId)}.</p>`,
      ]
    : html`<p class="govuk-body">No attendance has been recorded.</p>`
}
${section(
  'Declarations of interest',
  meeting.declarations,
  () =>
    table({
      caption: 'Declarations of interest',
      head: ['Member', 'Declaration', 'Paper'],
      rowHeaders: true,
      rows: meeting.declarations.map((declaration) => [
        declaration.member,
        declaration.text,
        paperLink(declaration.paperId),
      ]),
    }),
  'No declarations are recorded.',
)}
${section(
  'Decisions',
  meeting.decisions,
  () =>
    table({
      caption: 'Decisions made',
      head: ['Item', 'Decision', 'Paper'],
      rows: meeting.decisions.map((decision) => [
        decision.item,
        decision.text,
        paperLink(decision.paperId),
      ]),
    }),
  'No decisions are recorded.',
)}
${section(
  'Actions',
  meeting.actions,
  () =>
    table({
      caption: 'Actions agreed',
      head: ['Item', 'Owner', 'Action', 'Paper'],
      rows: meeting.actions.map((action) => [
        action.item,
        action.owner,
        action.text,
        paperLink(action.paperId),
      ]),
    }),
  'No actions are recorded.',
)}
${section(
  'Recorded votes',
  meeting.votes,
  () =>
    table({
      caption: 'Recorded votes',
      head: ['Item', 'Motion', 'For', 'Against', 'Abstained', 'Result'],
      rows: meeting.votes.map((vote) => [
        vote.item,
        vote.motion,
        names(vote.for),
        names(vote.against),
        names(vote.abstain),
        vote.result && label(vote.result),
      ]),
    }),
  'No votes are recorded.',
)}`,
  });
