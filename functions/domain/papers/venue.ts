import { findDate } from '../dates.ts';
import { findLabel, type LabelledValue } from './labels.ts';
import { archiveNote, type CleanLine, isFurniture, paragraphs, sentences } from './lines.ts';
import { findTime } from './times.ts';

/** Words that name a place a meeting is held in. */
const placeWords =
  /(?<![\p{L}])(?:hall|guildhall|chambers?|room|building|centre|center|library|school|church|institute|pavilion|offices|house|mairie|civic|suite|hotel|clubhouse|club|theatre|auditorium|annexe?|videoconference|teleconference|ystafell|neuadd|canolfan|ysgol|capel|eglwys|swyddfa|áras)(?![\p{L}])/iu;

/** Words of an address, which may continue a place but not start one ("Coombe Lane West Zebra Crossing"). */
const addressWords = /\b(?:floor|street|st\.|road|avenue|drive|lane|boulevard|plaza|square|way)\b/i;

/**
 * "…held in Committee Room 1, Town Hall on Wednesday…", "Held in the Pearce Institute at 7 p.m.",
 * "… which will take place at the Village Hall, on Tuesday …", "The meeting was held on Wednesday,
 * January 11, 2023, at 5:00 p.m. in the Herriman City Hall …": the place after "held in".
 */
const heldIn =
  /\b(?:held|takes?\s+place|taking\s+place)(?:\s+on\s+[^.]{3,60}?(?:\d{4}|[ap]\.?m\.?),?)?\s+(?:in|at)\s+(?:the\s+)?(?!\d)(.+?)(?:,?\s+(?:on|at)\s+(?:\p{L}+day\b|\d).*|,?\s+\p{L}+day\b.*|,?\s+commencing\b.*|\.)?$/iu;

/**
 * "… held their meeting at 7.30pm on … at the Reading Room, Cwmifor.", "… will hold its regular
 * meeting in person at the Marsac Municipal Building, …", Welsh "Cynhaliwyd cyfarfod …
 * yn Ystafell Ddarllen, Cwmifor.": the first place after the time and date.
 */
const heldMeetingAt =
  /(?:\b(?:held|will\s+hold|holds)\s+(?:their|its|a|an)\s+(?:[\w-]+\s+){0,3}?meeting\b.*?\b(?:in(?!\s+person\b)|at)|\bcynhaliwyd\s+cyfarfod\b.*?\s+yn)\s+(?:the\s+)?(?!\d)([^.]+?)\.?$/iu;

/** "…2023 at 10.00 am in the Council Chamber, County Hall": the place after the date or time. */
const inAfter =
  /(?:\b\d{4}|[ap]\.?m\.?|\d{1,2}[:.]\d{2}),?\s+(?:in|at)\s+(?:the\s+)?(?!\d)(.+?)(?:,?\s+(?:commencing|starting|beginning)\b.*|\.)?$/i;

/** A sentence about this meeting's start or notice, not another meeting's. */
const thisMeeting =
  /\b(?:(?:was|were)\s+called\s+to\s+order|called\s+the\s+(?:\p{L}+\s+){0,3}meeting\b.*\bto\s+order|meeting\b.{0,200}\b(?:duly\s+)?noticed\b.{0,80}\bheld)\b/iu;
const otherMeeting = /\b(?:next|previous|last|future|following)\s+(?:\p{L}+\s+)?meeting\b/iu;

/** Link text that HTML pages put after a venue: "Guildhall, Kingston upon Thames. View directions". */
const linkText = /[.,]?\s*(?:view\s+directions|directions|view\s+map|map)\.?$/i;

const tidy = (value: string) =>
  value
    // "… Herriman, Utah. Adequate notice of this meeting …": the place ends with its sentence.
    .replace(/(?<!\b(?:St|Mt|No|Dr|Rd|Ave|Co|Rev|[A-Z]))\.\s+\p{Lu}.*$/u, '')
    // "Place Council Chamber, Eye Town Hall": a label the PDF set a space away from its value.
    .replace(/^(?:[Pp]lace|[Vv]enue|[Ll]ocation|[Ww]here)\s+(?=\p{Lu})/u, '')
    // "in the Grampian Conference Room": the place, not the word that led to it.
    .replace(/^(?:[Ii]n|[Aa]t)\s+(?=the\s|\p{Lu})/u, '')
    .replace(linkText, '')
    // "Village Hall at 7.30 p.m", "VILLAGE HALL ON": the time, or the word that led to the date.
    .replace(
      /,?\s+(?:at|from)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\b\.?|hours|o'clock).*$/i,
      '',
    )
    // "Village Hall on Wednesday14th November 2018": the date that follows the place.
    .replace(/,?\s+on\s+(?:\p{L}+day|\d).*$/iu, '')
    // "the Towne Hall to consider the following": what the meeting will do.
    .replace(
      /\s+(?:to\s+(?:consider|transact|discuss|deal\s+with|receive)|for\s+the\s+purposes?\s+of)\b.*$/i,
      '',
    )
    .replace(/\s+(?:on|at|in|commencing|starting)$/i, '')
    .replace(/[.,;:\s]+$/, '')
    .trim();

/**
 * The place a sentence says a meeting was held in: "…held in Committee Room 1, Town Hall on …",
 * "…2023 at 10.00 am in the Council Chamber".
 */
/**
 * "… les membres du Conseil Municipal se sont réunis à la mairie de … sous la présidence de …",
 * "The Nephi City Council met in regular session in the council chambers of city hall … at 7:00 p.m.".
 */
const metIn =
  /\b(?:se\s+sont\s+r[ée]unis|s['’]est\s+r[ée]unie?|met(?:\s+in\s+(?:\p{L}+\s+){0,2}session)?)\s+(?:(?:à|au|en|dans|in|at)\s+)(?!\d)(.+?)(?:,?\s+(?:sous\s+la\s+pr[ée]sidence|under|on|at\s+\d)\b.*|[,.]\s.*|\.)?$/iu;

export const placeInStatement = (text: string): string | undefined => {
  const place = heldIn.exec(text)?.[1] ?? inAfter.exec(text)?.[1] ?? metIn.exec(text)?.[1];
  return place ? tidy(place) || undefined : undefined;
};

/** A line that only gives a place: no date, no time, not a sentence, with a place word. */
const isPlaceLine = (text: string) =>
  placeWords.test(text) &&
  !findDate(text) &&
  !findTime(text) &&
  text.split(/\s+/).length <= 12 &&
  !/[.;]$/.test(text) &&
  // "Subject: RLDO Section 5.080 - Building Setbacks": another label's value.
  !/^\p{L}[\p{L} ]{1,25}:\s/u.test(text) &&
  // "COMMITTEE ON SCHOOL DISTRICT ORGANIZATION": a body's name, unless it names a room or hall.
  !(
    /\b(?:committee|board|commission|council|district|authority)\b/i.test(text) &&
    !/\b(?:hall|room|chambers?|building|centre|center|offices|house|suite|auditorium|library|hotel|church|institute|pavilion|clubhouse|theatre|annexe?)\b/i.test(
      text,
    )
  ) &&
  !/\b(?:agenda|minutes|notice|meeting|summons)\b/i.test(text);

/** Lines of an address printed one under another: each ends with a comma, or names a place. */
const placeBlock = (
  lines: readonly CleanLine[],
  start: number,
): { text: string; line: number } | undefined => {
  const first = lines[start];
  if (!first || !isPlaceLine(first.text)) return undefined;
  // "COMMISSION CHAMBERS, ROOM 1400" / "OF THE UTAH COUNTY ADMINISTRATION BUILDING": a line that
  // goes on from the place above starts with it.
  const above = lines[start - 1];
  if (/^(?:of|and)\s/i.test(first.text) && above && isPlaceLine(above.text))
    return placeBlock(lines, start - 1);
  // "DISTRICT OF ADARE-RATHKEALE IN DUNRAVEN ARMS HOTEL,": the place is what follows "in".
  const inPlace = /^(.*?)\s(?:in|at)\s+(?:the\s+)?(.+)$/i.exec(first.text);
  const opening =
    inPlace?.[1] && inPlace[2] && placeWords.test(inPlace[2]) && !placeWords.test(inPlace[1])
      ? inPlace[2]
      : first.text;
  const parts = [opening];
  for (let index = start + 1; index < lines.length && parts.length < 4; index++) {
    const next = lines[index]?.text ?? '';
    // "ADARE ON TUESDAY 8TH JULY, 2014": the town ends the address, the date follows.
    const beforeDate = /^(.{2,40}?)\s+on\s+(?:\p{L}+day\b|\d)/iu.exec(next)?.[1];
    if (/,$/.test(parts.at(-1) ?? '') && beforeDate && !findDate(beforeDate)) {
      parts.push(beforeDate);
      break;
    }
    const continues =
      /,$/.test(parts.at(-1) ?? '') ||
      /^and\b/i.test(next) ||
      isPlaceLine(next) ||
      (addressWords.test(next) && next.split(/\s+/).length <= 10 && !/[.;]$/.test(next)) ||
      /\b[A-Z]{2}\s+\d{5}\b|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/.test(next);
    if (!next || !continues || findDate(next) || findTime(next)) break;
    parts.push(next);
  }
  return { text: parts.join(' '), line: first.number };
};

/**
 * Where the meeting is held, on clear evidence: a "Venue:" label; the place a dated heading or the
 * minutes' statement names after "in" or "at" ("30th October 2025 at 7.30pm in the Village Hall");
 * a column of the dated line ("Tuesday, December 13, 2022   7:00 PM   Council Chambers"); or the
 * lines just below the dated line (or two above it) that give only a place or address.
 */
export const findVenue = (
  front: readonly CleanLine[],
  raw: readonly string[],
  dated: { readonly line: number; readonly text: string } | undefined,
): LabelledValue | undefined => {
  const label = findLabel(front, /venue|place|location|where|lieu/, raw);
  if (label && tidy(label.value)) return { value: tidy(label.value), line: label.line };
  const lines = front.filter(
    (line) => line.text !== '' && !isFurniture(line.text) && !archiveNote.test(line.text),
  );
  const head = lines.slice(0, 16);
  // Lines first, then whole paragraphs: "You are requested to attend a Meeting … to be" / "held at
  // Áras Mainchín Seoige, … on Thursday 17th July, 2014" / "at 3.30pm.".
  // A line that a comma leaves open ("… at the Marsac Municipal Building,") is read in its paragraph.
  // So is a long line of prose that runs on into the next ("… at 5:00 p.m. in the Herriman City Hall
  // Fort Herriman" / "Conference Room, 5355 West …").
  const whole = head.filter(
    (line) => !/,$/.test(line.text) && !(line.text.length >= 80 && !/[.!?:]$/.test(line.text)),
  );
  const inSentences = paragraphs(head).flatMap((paragraph) =>
    sentences(paragraph.text).map((text) => ({ ...paragraph, text })),
  );
  for (const line of [...whole, ...paragraphs(head), ...inSentences]) {
    // A meeting held there, not "the discussion held at the pub last month".
    const heldAt = line.text.search(/\b(?:held|takes?\s+place|taking\s+place)\b/i);
    const before = heldAt < 0 ? '' : line.text.slice(0, heldAt);
    const ofMeeting =
      before.replace(/[^\p{L}]/gu, '') === '' ||
      /\b(?:meeting|session|hearing|assembly|AGM)\b[^.]{0,80}$/i.test(before);
    const held = ofMeeting
      ? (heldIn.exec(line.text)?.[1] ?? heldMeetingAt.exec(line.text)?.[1])
      : undefined;
    if (held && placeWords.test(held)) return { value: tidy(held), line: line.number };
    // "The Nephi City Council met in regular session in the council chambers of city hall …".
    const met = /^the\s.*\bmet\s+in\b/i.test(line.text) ? metIn.exec(line.text)?.[1] : undefined;
    if (met && placeWords.test(met) && !findDate(met))
      return { value: tidy(met), line: line.number };
  }
  // The minutes' own account of the meeting, further down: "The board meeting was called to order
  // by President Haynes at 5:30 p.m., in the Board Room at 1919 Spanos Court, …", "The annual meeting
  // … was duly noticed … to be held at 6:00 p.m. on December 12, 2018, at the office of …".
  for (const paragraph of paragraphs(lines))
    for (const sentence of sentences(paragraph.text)) {
      if (!thisMeeting.test(sentence) || otherMeeting.test(sentence)) continue;
      const place = inAfter.exec(sentence)?.[1];
      if (place && (placeWords.test(place) || addressWords.test(place)) && !findDate(place))
        return { value: tidy(place), line: paragraph.number };
    }
  if (!dated) return undefined;
  // "… to join members of the Parish Council in a meeting in the Village Hall on Tuesday …".
  const meetingIn =
    /\bmeeting\s+(?:in|at)\s+(?:the\s+)?(?!\d)(.+?)(?:,?\s+on\s+|,?\s+at\s+\d|$)/i.exec(
      dated.text,
    )?.[1];
  if (meetingIn && placeWords.test(meetingIn) && !findDate(meetingIn))
    return { value: tidy(meetingIn), line: dated.line };
  // A sentence the layout wrapped ("… Chambers located at 290" / "North 100 West, Logan, …") goes
  // on to its stop on the next line.
  const at = lines.findIndex((line) => line.number === dated.line);
  const nextLine = at < 0 ? '' : (lines[at + 1]?.text ?? '');
  const datedText =
    // A place begun on the line ("… in the Logan Municipal Council Chambers located at 290").
    /\b(?:in|at)\s+(?:the\s+)?\p{Lu}.*(?:\d|,|\b(?:at|of|in|the|and|located|on))$/u.test(
      dated.text,
    ) &&
    /^[\p{L}\d]/u.test(nextLine) &&
    !findDate(nextLine)
      ? `${dated.text} ${nextLine.slice(0, nextLine.search(/\.(?:\s|$)/) + 1 || nextLine.length)}`
      : dated.text;
  const after = inAfter.exec(datedText)?.[1];
  if (after && !findDate(after)) return { value: tidy(after), line: dated.line };
  const columns = (raw[dated.line - 1] ?? '').split(/\t|\s{3,}/).map((cell) => cell.trim());
  const column = columns.find((cell) => cell && isPlaceLine(cell));
  if (column) return { value: tidy(column), line: dated.line };
  if (at < 0) return undefined;
  // Below the dated line, only up to the first sentence: a heading further on is the text's.
  const prose = lines.findIndex(
    (line, index) => index > at && (line.text.length > 100 || /[.:;]$/.test(line.text)),
  );
  for (const index of [at + 1, at + 2, at + 3, at - 1, at - 2]) {
    if (index > at && prose >= 0 && index >= prose) continue;
    const block = index >= 0 ? placeBlock(lines, index) : undefined;
    if (block) return { value: tidy(block.text), line: block.line };
  }
  return undefined;
};
