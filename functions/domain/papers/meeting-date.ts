import { findDate } from '../dates.ts';
import { findLabel } from './labels.ts';
import { type CleanLine, isFurniture } from './lines.ts';
import { numberParts, parseHeading } from './sections.ts';

/** The meeting date read from a document's front, with the line it stands on and how it was read. */
export interface DatedLine {
  readonly value: string;
  readonly line: number;
  /** The text the date was read from: a labelled value, or the heading line. */
  readonly text: string;
  readonly evidence: 'label' | 'heading' | 'statement';
}

/** Words that make a date something other than the meeting's: publication, revision, another meeting. */
const otherDate =
  /\b(?:previous|last|next|revised|revision|published|publication|issued|dated|posted|printed|despatched|dispatched|circulated|deadline|received\s+by|amended|updated|minutes\s+of|approved|adopted|signed|convocation|convoqu\p{L}*|affich\p{L}*|envoy\p{L}*)\b/iu;

/** Textual dates only ("29th July 2019", "January 11, 2022") and ISO: "4/5/2022" is read differently in the US and the UK. */
const writtenDate = (text: string): string | undefined => {
  const numeric = /(?<!\d)\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?!\d)/;
  const withoutNumeric = text.replace(new RegExp(numeric.source, 'g'), ' ');
  return findDate(withoutNumeric);
};

/** Every date a line states, to tell one date from two. */
const datesIn = (text: string): string[] => {
  const found: string[] = [];
  let rest = text;
  for (let guard = 0; guard < 4; guard++) {
    const date = writtenDate(rest);
    if (!date) break;
    found.push(date);
    // Drop the first year found and what precedes it, then look again.
    const year = date.slice(0, 4);
    const at = rest.indexOf(year);
    if (at < 0) break;
    rest = rest.slice(at + 4);
  }
  return found;
};

/**
 * A heading line that dates the meeting: short, not a sentence, with one date and little else
 * ("MONDAY 2 JUNE 2025", "Tuesday, January 11, 2022, at 10:00 AM", "on Monday 29th July 2019 at
 * 7.00pm", "AGENDA – April 24, 2019", "30th October 2025 at 7.30pm in the Village Hall").
 */
const headingDate = (line: CleanLine): string | undefined => {
  const text = line.text;
  // "Approved Minutes April 21 2021": the minutes' status, not the date they were approved.
  const status = text.replace(/^(?:approved|confirmed|draft|unconfirmed)\s+minutes\b/i, 'Minutes');
  if (
    text.length > 120 ||
    otherDate.test(status) ||
    /[.;]$/.test(text.replace(/\b[ap]\.?m\.$/i, ''))
  )
    return undefined;
  const dates = [...new Set(datesIn(text))];
  if (dates.length !== 1) return undefined;
  const words = text.split(/\s+/).length;
  return words <= 16 ? dates[0] : undefined;
};

const summonsStatement =
  /\b(?:(?:requested|summoned|invited|required)\s+to\s+attend|(?:notice\s+is\s+(?:hereby\s+)?given|i\s+hereby\s+give\s+notice)\s+that)\b[\s\S]{0,240}?\b(?:held|take\s+place)\b[\s\S]{0,200}?\bon\s+((?:\p{L}+day,?\s+)?[^.]{0,40}?\b\d{4})\b/iu;

/** Within one sentence: a stop only in "7.30", "p.m." or "St. George's". */
const inSentence = String.raw`(?:[^.]|\.(?=\S)|(?<=\b(?:[ap]\.m|St|Mt|No))\.)`;
const dateText = String.raw`((?:\p{L}+day,?\s+)?[^.]{0,40}?\b\d{4})\b`;

/**
 * How a summons opens: "Councillors are summoned to …", "You are invited to join …", "There will be a
 * meeting of …".
 */
export const summonsOpening = String.raw`(?:(?:summoned|invited|requested|required)\s+to\s+(?:attend|join|the|an?)\b|there\s+will\s+be\s+an?\s+(?:\p{L}+\s+){0,3}meeting\b)`;

/** The ways a summons names the meeting it calls, each with the date it gives as its first group. */
const summonsStatements: readonly RegExp[] = [
  summonsStatement,
  // "Councillors are summoned to the next meeting of the Parish Council on Wednesday 7th April
  // 2021", "You are invited to join members of the Parish Council in a meeting … on Tuesday
  // March 14th 2023", "There will be a meeting of the General Council … on Thursday, 25th, January 2024".
  new RegExp(String.raw`\b${summonsOpening}${inSentence}{0,240}?\bon\s+${dateText}`, 'iu'),
  // Spanish and Catalan: "se convoca sesión … a celebrar el próximo día 15 de septiembre de 2023",
  // "Aquesta sessió ordinària del Ple, tindrà lloc el proper 26 d'octubre 2023".
  /\b(?:a\s+celebrar|se\s+celebrar[áà]|tindr[àa]\s+lloc|es\s+celebrar[àa])\s+(?:el\s+)?(?:pr[óo]xim[oa]?\s+|proper\s+)?(?:d[íi]a\s+)?(?:\p{L}+,?\s+)?(\d{1,2}\s+(?:de\s+|d['’]\s?)?\p{L}+,?\s+(?:de\s+|del\s+)?\d{4})\b/iu,
];

/** The date a summons names for the meeting it calls, read across the lines it is wrapped over. */
const summonsDate = (front: readonly CleanLine[]): DatedLine | undefined => {
  const lines = front.filter((line) => line.text !== '').slice(0, 40);
  const text = lines.map((line) => line.text).join(' ');
  const match = summonsStatements
    .map((pattern) => pattern.exec(text))
    .filter((found) => found !== null)
    .sort((a, b) => a.index - b.index)[0];
  const value = match?.[1] && writtenDate(match[1]);
  if (!match || !value) return undefined;
  // The line the statement starts on.
  let offset = 0;
  const start = lines.find((line) => {
    offset += line.text.length + 1;
    return offset > match.index;
  });
  // The statement to the end of its sentence, where the time and place follow the date ("… on
  // Thursday, 25th, January 2024 at 6:00PM in the Towne Hall to consider the following:").
  const rest = text.slice(match.index + match[0].length, match.index + match[0].length + 200);
  const end = rest.search(/[.:;](?:\s|$)(?<!\b[ap]\.m\.\s)|\s{2}/);
  const statement = match[0] + (end < 0 ? rest : rest.slice(0, end));
  return start ? { value, line: start.number, text: statement, evidence: 'statement' } : undefined;
};

/**
 * The date of the meeting a document is for, from its front matter, on clear evidence only: a
 * "Date:" label; else a heading line that is a date; else the minutes' own opening statement
 * ("Minutes of a meeting … held on Monday 29th July 2019"). Two different dates at the same rank
 * give none: a wrong date files a paper under the wrong meeting, which is worse than no date.
 * Dates of other meetings, publication or revision never count.
 */
export const findMeetingDate = (
  front: readonly CleanLine[],
  raw: readonly string[],
): { found?: DatedLine; conflict?: string } => {
  const label = findLabel(
    front,
    /(?:meeting\s+)?date(?:\s+of\s+(?:the\s+)?meeting)?|date\s+and\s+time|dyddiad(?:\s+ac\s+amser)?/,
    raw,
  );
  const labelled = label && writtenDate(label.value);
  if (label && labelled && !otherDate.test(label.value))
    return { found: { value: labelled, line: label.line, text: label.value, evidence: 'label' } };

  // A summons says which meeting it calls: "You are requested to attend a Meeting … to be held in …
  // on Monday, 15th September, 2014". A letter's own date above it is the day it was sent.
  const summons = summonsDate(front);
  if (summons) return { found: summons };

  // Heading lines: the front before the first item of business.
  // The first item of business: numbered from the start ("1.", "A."), not a street number.
  const firstItem = front.findIndex((line) => {
    const heading = parseHeading(line.text);
    return heading !== undefined && (numberParts(heading.number)[0] ?? 99) <= 2;
  });
  const lines = (firstItem < 0 ? front : front.slice(0, firstItem)).filter(
    (line) => line.text !== '' && !isFurniture(line.text),
  );
  // Up to the first prose after a dated heading: a date below the minutes' first sentences
  // ("2008-02-14 digital edition" under the text) is not the heading's.
  const values = lines.map(headingDate);
  const dated = values.findIndex((value) => value !== undefined);
  const prose = lines.findIndex(
    (line, index) => dated >= 0 && index > dated && line.text.split(/\s+/).length >= 12,
  );
  const headings = lines
    .slice(0, prose < 0 ? lines.length : prose)
    .slice(0, 14)
    .flatMap((line, index) => {
      const value = values[index];
      return value
        ? [{ value, line: line.number, text: line.text, evidence: 'heading' as const }]
        : [];
    });
  const distinct = [...new Set(headings.map((heading) => heading.value))];
  if (distinct.length > 1)
    return { conflict: `the front states ${distinct.length} dates (${distinct.join(', ')})` };
  if (headings[0]) return { found: headings[0] };
  return {};
};

/**
 * The minutes' own statement of the meeting they record, as the first paragraph that starts with
 * "Minutes of" and says where or when the meeting was held, never "the minutes of the meeting held
 * on …" approved under an item.
 */
export const statedMeeting =
  /^(?:(?:draft|unconfirmed|confirmed)\s+)?minutes\s+of\s+[^.]{0,160}?\b(?:meeting|hearing|session|held)\b|^(?:[\p{Lu}][\p{L}'’&-]*\s+(?:(?:and|of|upon)\s+)?){1,8}held\s+(?:their|its)\s+(?:\p{L}+\s+){0,2}meeting\b|^cynhaliwyd\s+cyfarfod\b|^an?\s+(?:\p{L}+\s+){0,2}meeting\s+of\s+[^.]{0,160}?\bwas\s+held\b/iu;
