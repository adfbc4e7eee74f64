import slugify from '@sindresorhus/slugify';
import type { DocumentType } from '../paper-record.ts';
import type {
  Action,
  AgendaItem,
  Attendance,
  Declaration,
  DocumentFields,
  PaperExtraction,
  Resolution,
  Vote,
} from './model.ts';

/** What one paper says about one meeting: the part of the paper a meeting record is built from. */
export interface MeetingProjection {
  /** `<council slug>--<body slug>--<date>`: see {@link meetingId}. */
  readonly meetingId: string;
  /** `<council slug>--<body slug>`: a body is one council's; see {@link bodyId}. */
  readonly bodyId: string;
  /** The body's own slug, without its council (`cabinet`). */
  readonly bodySlug: string;
  readonly body: string;
  readonly meetingDate: string;
  readonly meetingTime: string | null;
  readonly venue: string | null;
  /** As the paper names it, or the deployment's council when it names none. */
  readonly council: string;
  readonly paperId: string;
  readonly paperVersion: number;
  /** How the paper relates to the meeting: its agenda, its minutes, a report to it… */
  readonly roles: DocumentType[];
  readonly documents: {
    readonly documentType: DocumentType;
    readonly title: string | null;
    readonly startLine: number;
    readonly endLine: number;
  }[];
  readonly agendaItems: AgendaItem[];
  readonly attendance: Attendance;
  readonly declarations: Declaration[];
  readonly decisions: Resolution[];
  readonly actions: Action[];
  readonly votes: Vote[];
}

/**
 * A body's key: spelling differences that do not change the body ("&" or "and", "The", case,
 * apostrophes) map to one slug, so an agenda and the minutes of the same committee meet.
 *
 * @example bodySlug("The Children's & Education Select Committee") // 'childrens-and-education-select-committee'
 */
export const bodySlug = (body: string): string =>
  slugify(
    body
      .replace(/&/g, ' and ')
      .replace(/^the\s+/i, '')
      .replace(/['’]/g, ''),
    { decamelize: false },
  );

/** Slugs never hold `--` (slugify collapses separators), so it parts a council from its body. */
const separator = '--';

/**
 * A body's id: its council's slug and its own, so one council's Cabinet never meets another's.
 *
 * @example bodyId('Buckinghamshire Council', 'Cabinet') // 'buckinghamshire-council--cabinet'
 */
export const bodyId = (council: string, body: string): string =>
  `${bodySlug(council)}${separator}${bodySlug(body)}`;

/**
 * A meeting's id: its body's id and the date.
 *
 * @example meetingId('Buckinghamshire Council', 'Cabinet', '2024-05-09') // 'buckinghamshire-council--cabinet--2024-05-09'
 */
export const meetingId = (council: string, body: string, date: string): string =>
  `${bodyId(council, body)}${separator}${date}`;

/**
 * Whether a body answers to what a caller asked for: a body id (`council--body`) names one
 * council's body; a bare name or slug (`Cabinet`, `cabinet`) matches that body of every council.
 *
 * @example bodyMatches('Buckinghamshire Council', 'Cabinet', 'cabinet') // true
 */
export const bodyMatches = (council: string | null, body: string, wanted: string): boolean => {
  const at = wanted.indexOf(separator);
  if (at < 0) return bodySlug(body) === bodySlug(wanted);
  return (
    council !== null &&
    bodySlug(council) === wanted.slice(0, at) &&
    bodySlug(body) === wanted.slice(at + separator.length)
  );
};

/** Whether a caller's `body=` is a body id (council and body) rather than a name or slug. */
export const isBodyId = (wanted: string): boolean => wanted.includes(separator);

/**
 * A caller's `body=` as a key: a body id in lower case, or a name's slug.
 *
 * @example bodyKey('The Cabinet') // 'cabinet'
 * @example bodyKey('Buckinghamshire-Council--Cabinet') // 'buckinghamshire-council--cabinet'
 */
export const bodyKey = (wanted: string): string =>
  isBodyId(wanted) ? wanted.trim().toLowerCase() : bodySlug(wanted);

interface Span {
  readonly fields: DocumentFields;
  readonly startLine: number;
  readonly endLine: number;
}

const emptyAttendance = (): Attendance => ({
  present: [],
  apologies: [],
  inAttendance: [],
  substitutes: [],
});

/**
 * The meetings a paper speaks of, one projection per meeting: an agenda pack gives its own meeting
 * (agenda and reports) and the earlier meeting whose minutes it carries. Documents with no body or
 * no date are left out (no guessing), and so are exempt ones: their content is never projected.
 * A meeting belongs to the council its document names, else the paper's, else `defaultCouncil`
 * (the deployment's own council, for papers that name none).
 */
export const meetingsOf = (
  extraction: PaperExtraction,
  paperId: string,
  paperVersion: number,
  defaultCouncil: string,
): MeetingProjection[] => {
  const spans: Span[] =
    extraction.documents.length > 0
      ? extraction.documents.map((document) => ({
          fields: document,
          startLine: document.startLine,
          endLine: document.endLine,
        }))
      : [{ fields: extraction, startLine: 1, endLine: Number.MAX_SAFE_INTEGER }];
  const head = spans[0]?.fields;
  const isPack = extraction.documentType === 'agenda-pack';
  const byMeeting = new Map<string, MeetingProjection>();
  for (const span of spans) {
    if (span.fields.exempt.exempt) continue;
    // Everything in a pack but the minutes of an earlier meeting is for the pack's own meeting.
    const ownMeeting = span.fields.documentType === 'minutes' || span === spans[0] || !isPack;
    const body = ownMeeting ? span.fields.body : (head?.body ?? null);
    const date = ownMeeting ? span.fields.meetingDate : (head?.meetingDate ?? null);
    if (!body || !date) continue;
    const council =
      (ownMeeting ? span.fields.council : null) ??
      head?.council ??
      extraction.council ??
      defaultCouncil;
    const id = meetingId(council, body, date);
    const current = byMeeting.get(id) ?? {
      meetingId: id,
      bodyId: bodyId(council, body),
      bodySlug: bodySlug(body),
      body,
      meetingDate: date,
      meetingTime: null,
      venue: null,
      council,
      paperId,
      paperVersion,
      roles: [],
      documents: [],
      agendaItems: [],
      attendance: emptyAttendance(),
      declarations: [],
      decisions: [],
      actions: [],
      votes: [],
    };
    const fields = span.fields;
    byMeeting.set(id, {
      ...current,
      meetingTime: current.meetingTime ?? fields.meetingTime,
      venue: current.venue ?? fields.venue,
      roles: [...new Set([...current.roles, fields.documentType])],
      documents: [
        ...current.documents,
        {
          documentType: fields.documentType,
          title: fields.title,
          startLine: span.startLine,
          endLine: Math.min(span.endLine, Number.MAX_SAFE_INTEGER),
        },
      ],
      agendaItems: [...current.agendaItems, ...fields.agendaItems],
      attendance: {
        present: [...current.attendance.present, ...fields.attendance.present],
        apologies: [...current.attendance.apologies, ...fields.attendance.apologies],
        inAttendance: [...current.attendance.inAttendance, ...fields.attendance.inAttendance],
        substitutes: [...current.attendance.substitutes, ...fields.attendance.substitutes],
      },
      declarations: [...current.declarations, ...fields.declarations],
      decisions: [...current.decisions, ...fields.resolutions],
      actions: [...current.actions, ...fields.actions],
      votes: [...current.votes, ...fields.votes],
    });
  }
  return [...byMeeting.values()];
};
