import { findDate } from '../dates.ts';
import { readActions } from './actions.ts';
import { readAgendaItems } from './agenda-items.ts';
import { readAttendance } from './attendance.ts';
import { type CasePaper, readCasePaper } from './case-papers.ts';
import { readDeclarations } from './declarations.ts';
import { type DocumentSpan, documentTypeOf, namedAsAppendix, splitDocuments } from './documents.ts';
import { readExempt, readExemptParts } from './exempt.ts';
import { councilInText, personOf, readFrontMatter } from './front-matter.ts';
import { afterSiteChrome, readLines } from './furniture.ts';
import { type CleanLine, paragraphs } from './lines.ts';
import { statedMeeting } from './meeting-date.ts';
import type { DocumentFields, PackDocument, PaperExtraction, WithheldPart } from './model.ts';
import { readItemRecommendations, readRecommendations } from './recommendations.ts';
import { readResolutions } from './resolutions.ts';
import { forgetParsedHeadings, itemSections } from './sections.ts';
import { readTables } from './tables.ts';
import { findTime } from './times.ts';
import { placeInStatement } from './venue.ts';
import { readVotes } from './votes.ts';

const frontLines = 40;

const nextMeeting = (lines: readonly CleanLine[]): string | null => {
  for (const [index, line] of lines.entries()) {
    if (
      !/\b(?:date\s+(?:and\s+time\s+)?of\s+(?:the\s+)?next\s+meeting|next\s+meeting)\b/i.test(
        line.text,
      )
    )
      continue;
    const window = lines
      .slice(index, index + 4)
      .map((candidate) => candidate.text)
      .join(' ');
    const date = findDate(window);
    if (date) return date;
  }
  return null;
};

/**
 * For minutes, the meeting they record ("MINUTES OF THE MEETING … HELD ON THURSDAY 11 NOVEMBER
 * 2021"), read from whole paragraphs since the sentence is often wrapped, with its venue.
 */
const recordedMeeting = (
  lines: readonly CleanLine[],
): { date: string; time: string | null; venue: string | null; line: number } | undefined => {
  for (const [index, paragraph] of paragraphs(lines.slice(0, frontLines))
    .filter((candidate) => candidate.text !== '')
    .entries()) {
    // The opening paragraph may put the council's name first: "STOKE FERRY PARISH COUNCIL Draft
    // (Until approved …) Minutes of the Ordinary Meeting held on …", "CITY OF PORTLAND … A REGULAR
    // MEETING OF THE COUNCIL … WAS HELD THIS 12TH DAY OF JANUARY, 2011". Later ones must open with it.
    const from =
      index === 0
        ? paragraph.text.search(
            /\b(?:draft\s+)?minutes\s+of\b|\ban?\s+(?:\w+\s+){0,2}meeting\s+of\s+[^.]{0,160}?\bwas\s+held\b/i,
          )
        : 0;
    const text = paragraph.text.slice(Math.max(0, from));
    // Only the minutes' own statement ("Minutes of the meeting … held on …"), not a mention of
    // another meeting ("approved the minutes of the meeting held on 13 April").
    if (!statedMeeting.test(text) || /\b(?:next|previous|last)\s+meeting/i.test(text)) continue;
    const date = findDate(text);
    if (!date) continue;
    return {
      date,
      time: findTime(text) ?? null,
      venue: placeInStatement(text) ?? null,
      line: paragraph.number,
    };
  }
  return undefined;
};

/** A report's author named under a label of its own, wherever the report prints it. */
const reportAuthor =
  /^(?:author\s+of\s+(?:the\s+)?report|report\s+author|held\s+by\s+author)\s*(?:[:–—-]\s*|\s)(\p{Lu}.+)$/iu;

/** One document's fields, and what a reader should know about them. */
type ReadDocument = DocumentFields & {
  readonly notes: string[];
  readonly withheldParts: WithheldPart[];
};

type Heading = Omit<ReturnType<typeof readFrontMatter>, 'dateConflict'>;

/** A Norwegian case paper's own header fills what the heading reader left blank. */
const withCasePaper = (heading: Heading, casePaper: CasePaper): Heading => {
  const provenance = { ...heading.provenance };
  // A case report's meeting is never a date in its title ("17. mai 2026 - Ny komite").
  const dated = heading.provenance.meetingDate?.line;
  const fromTitle =
    casePaper.kind === 'report' &&
    casePaper.title !== null &&
    dated !== undefined &&
    dated >= casePaper.title.line &&
    dated <= casePaper.title.endLine;
  if (fromTitle) delete provenance.meetingDate;
  const fill = <K extends 'title' | 'body' | 'council' | 'meetingDate'>(
    field: K,
    found: { value: string; line: number } | null,
  ): string | null => {
    if (heading[field] !== null || !found) return heading[field];
    provenance[field] = { line: found.line };
    return found.value;
  };
  return {
    ...heading,
    title: fill('title', casePaper.title),
    body: fill('body', casePaper.body),
    council: fill('council', casePaper.council),
    meetingDate: fromTitle ? null : fill('meetingDate', casePaper.meetingDate),
    authors: heading.authors.length > 0 ? heading.authors : casePaper.authors,
    provenance,
  };
};

const readDocument = (span: DocumentSpan, raw: readonly string[]): ReadDocument => {
  const own = span.lines.slice(afterSiteChrome(span.lines, raw));
  const front = own.slice(0, frontLines);
  const { dateConflict, ...heading } = readFrontMatter(front, raw);
  const casePaper = readCasePaper(span.lines);
  const frontMatter = casePaper ? withCasePaper(heading, casePaper) : heading;
  const notes: string[] = [];
  const documentType = casePaper?.kind ?? documentTypeOf(span.lines, frontMatter.title);
  const sections = itemSections(span.lines);
  // The span's own lines as laid out, page furniture blanked (a running head is no table row).
  // Filled from the span's lines, not mapped over the whole paper's through a set, once a span.
  const spanRaw = new Array<string>(raw.length).fill('');
  for (const { number } of span.lines)
    if (number >= 1 && number <= raw.length) spanRaw[number - 1] = raw[number - 1] ?? '';
  const tables = readTables(spanRaw);
  const provenance = { ...frontMatter.provenance };
  let meetingDate = frontMatter.meetingDate;
  let venue = frontMatter.venue;
  let meetingTime = frontMatter.meetingTime;
  if (documentType === 'minutes') {
    const recorded = recordedMeeting(own);
    if (recorded && (meetingDate === null || meetingDate === recorded.date || dateConflict)) {
      meetingDate = recorded.date;
      provenance.meetingDate = { line: recorded.line };
      if (!meetingTime && recorded.time) meetingTime = recorded.time;
      if (!venue && recorded.venue) {
        venue = recorded.venue;
        provenance.venue = { line: recorded.line };
      }
    }
  }
  if (documentType === 'minutes' && meetingDate !== null && (!venue || !meetingTime)) {
    // The opening that says who met, where and when ("… à 20 heures, les membres … se sont réunis
    // à la mairie …"), when the date is known from the heading.
    const opening = paragraphs(span.lines.slice(0, frontLines)).find((paragraph) =>
      /\bse\s+sont\s+r[ée]unis\b|\bs['’]est\s+r[ée]unie?\b/iu.test(paragraph.text),
    );
    if (opening) {
      const place = placeInStatement(opening.text);
      if (!venue && place) {
        venue = place;
        provenance.venue = { line: opening.number };
      }
      if (!meetingTime) meetingTime = findTime(opening.text) ?? null;
    }
  }
  // "Author of report - Younes Hamade Principal Engineer", set at a report's end, not on its cover.
  const authors =
    documentType === 'report'
      ? [
          ...new Set([
            ...frontMatter.authors,
            ...span.lines
              .map((line) => reportAuthor.exec(line.text)?.[1])
              .map((value) => (value ? personOf(value) : null))
              .filter((name): name is string => !!name),
          ]),
        ]
      : frontMatter.authors;
  if (meetingDate === null && dateConflict)
    notes.push(`No meeting date taken: ${dateConflict}, and nothing says which is the meeting's.`);
  const isMinutes = documentType === 'minutes';
  const exempt = readExempt(span.lines, sections);
  return {
    notes,
    withheldParts: exempt.exempt ? [] : readExemptParts(span.lines, sections),
    ...frontMatter,
    authors,
    documentType,
    meetingDate,
    meetingTime,
    venue,
    agendaItems:
      documentType === 'agenda' || isMinutes ? readAgendaItems(span.lines, raw, isMinutes) : [],
    attendance: isMinutes
      ? readAttendance(span.lines, sections, tables, spanRaw)
      : { present: [], apologies: [], inAttendance: [], substitutes: [] },
    declarations: isMinutes ? readDeclarations(span.lines) : [],
    resolutions: casePaper?.resolutions.length
      ? casePaper.resolutions
      : readResolutions(span.lines, sections, isMinutes),
    actions: isMinutes ? readActions(span.lines, raw, sections, tables) : [],
    recommendations: casePaper?.recommendations.length
      ? casePaper.recommendations
      : documentType === 'report' || documentType === 'other'
        ? readRecommendations(span.lines, raw)
        : documentType === 'agenda'
          ? readItemRecommendations(span.lines)
          : [],
    votes: readVotes(span.lines, sections),
    tables,
    sections: sections.map(({ lines: _lines, ...section }) => section),
    nextMeetingDate: isMinutes ? nextMeeting(span.lines) : null,
    exempt,
    provenance,
  };
};

const merge = <T>(
  documents: readonly DocumentFields[],
  pick: (document: DocumentFields) => T[],
): T[] => documents.flatMap(pick);

/**
 * The one body a report asks to decide, in the lines that start its request ("Cabinet is asked to
 * note …", "The Planning Committee is recommended to approve …"); none when it asks two.
 */
const bodyAsked = (lines: readonly CleanLine[]): { value: string; line: number } | undefined => {
  const asked = lines.flatMap((line) => {
    const body =
      /^(?:the\s+)?((?:\p{Lu}[\p{L}'’&-]*\s+){0,5}(?:Cabinet|Committee|Sub-Committee|Board|Panel|Council|Executive))\s+(?:is|are)\s+(?:asked|recommended|requested|invited)\s+to\b/u.exec(
        line.text,
      )?.[1];
    return body ? [{ value: body, line: line.number }] : [];
  });
  const names = new Set(asked.map((found) => found.value.toLowerCase()));
  return names.size === 1 && !/^(?:the\s+)?council$/i.test(asked[0]?.value ?? '')
    ? asked[0]
    : undefined;
};

/**
 * Reads the structure of a council paper from its plain text: the documents it holds (an agenda
 * pack is split into agenda, minutes, reports, appendices) and, for each, the meeting, body,
 * attendance, declarations, decisions, actions, recommendations, votes and tables. Values carry
 * the line they were read from; anything the text does not state is `null` or `[]`.
 *
 * @example extractPaper('Cabinet Agenda\nDate: 9 May 2023').meetingDate // '2023-05-09'
 */
export const extractPaper = (text: string, pages: number | null = null): PaperExtraction => {
  forgetParsedHeadings();
  const raw = text.replace(/\r\n?/g, '\n').split('\n');
  const lines = readLines(text);
  const spans = splitDocuments(lines);
  const read = spans.map((span, index) => {
    const document = readDocument(span, raw);
    // The report before it names it as its appendix: "The Education Standards Report (Appendix 1)".
    const previous = spans[index - 1];
    if (
      previous &&
      document.title !== null &&
      document.documentType !== 'minutes' &&
      namedAsAppendix(previous.lines, document.title)
    )
      return { ...document, documentType: 'appendix' as const };
    // In a pack, a document after the agenda that calls itself a report is one, whatever its cover.
    return index > 0 &&
      document.documentType === 'other' &&
      /\breport\b/i.test(document.title ?? '')
      ? { ...document, documentType: 'report' as const }
      : document;
  });
  const documents: PackDocument[] = read.map(
    ({ notes: _notes, withheldParts: _parts, ...document }, index) => ({
      ...document,
      startLine: spans[index]?.startLine ?? 1,
      endLine: spans[index]?.endLine ?? 1,
    }),
  );
  const [first] = documents;
  const warnings: string[] = read[0]?.notes ?? [];
  if (!first || lines.every((line) => line.text === '')) {
    warnings.push('The paper has no text.');
  }
  const head = first ?? {
    ...readDocument({ startLine: 1, endLine: 1, lines: [] }, raw),
    startLine: 1,
    endLine: 1,
  };
  const isPack = documents.length > 1 && head.documentType === 'agenda';
  const exemptDocuments = documents.filter((document) => document.exempt.exempt);
  const exempt =
    head.exempt.exempt || exemptDocuments.length === 0
      ? head.exempt
      : {
          exempt: true,
          paragraphs: [
            ...new Set(exemptDocuments.flatMap((document) => document.exempt.paragraphs)),
          ],
          reason: `contains exempt document(s) starting at line ${exemptDocuments.map((document) => document.startLine).join(', ')}`,
          line: exemptDocuments[0]?.exempt.line ?? null,
        };
  // A report's cover seldom names its own council; its text keeps naming it.
  const named =
    head.council === null && head.documentType === 'report' ? councilInText(lines) : undefined;
  if (named)
    warnings.push(
      `Council read from the text ("${named.value}", named ${named.mentions} time${named.mentions === 1 ? '' : 's'} from line ${named.line}), not from the heading.`,
    );
  // A report says whom it asks to decide: "Cabinet is asked to note …", the meeting it goes to.
  const askedBody =
    head.body === null && head.documentType === 'report' ? bodyAsked(lines) : undefined;
  if (askedBody)
    warnings.push(
      `Body read from the report's request ("${askedBody.value} is asked to …", line ${askedBody.line}), not from the heading.`,
    );
  if (head.meetingDate === null) warnings.push('No meeting date found in the front matter.');
  if (head.documentType === 'other') warnings.push('Could not tell what kind of document this is.');
  return {
    ...head,
    ...(named || askedBody
      ? {
          ...(named && { council: named.value }),
          ...(askedBody && { body: askedBody.value }),
          provenance: {
            ...head.provenance,
            ...(named && { council: { line: named.line } }),
            ...(askedBody && { body: { line: askedBody.line } }),
          },
        }
      : {}),
    documentType: isPack ? 'agenda-pack' : head.documentType,
    attendance: documents.length > 1 ? mergeAttendance(documents) : head.attendance,
    declarations: merge(documents, (document) => document.declarations),
    resolutions: merge(documents, (document) => document.resolutions),
    actions: merge(documents, (document) => document.actions),
    recommendations: merge(documents, (document) => document.recommendations),
    votes: merge(documents, (document) => document.votes),
    tables: merge(documents, (document) => document.tables),
    exempt,
    documents: documents.length > 1 ? documents : [],
    withheldParts: read.flatMap((document) => document.withheldParts),
    warnings,
    pages,
  };
};

const mergeAttendance = (documents: readonly DocumentFields[]) => ({
  present: merge(documents, (document) => document.attendance.present),
  apologies: merge(documents, (document) => document.attendance.apologies),
  inAttendance: merge(documents, (document) => document.attendance.inAttendance),
  substitutes: merge(documents, (document) => document.attendance.substitutes),
});
