import type { DocumentType } from '../paper-record.ts';
import { archiveNote, type CleanLine, isFurniture, paragraphs } from './lines.ts';
import { summonsOpening } from './meeting-date.ts';
import { numberedStart } from './numbering.ts';

/** Headings that open a new document inside a pack. */
const documentStart = [
  /^minutes$/i,
  /^minutes\s+of\s+(?:the\s+|a\s+)?(?:meeting|proceedings|last|previous)/i,
  /^(?:draft\s+)?minutes\s+of\s+the\s+[A-Z]/,
  /^(?:draft\s+)?minutes\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){1,3}meeting\b/i,
  /^report\s+(?:to|of|for)\s+(?:the\s+)?[A-Z]/i,
  /^(?:exempt\s+|confidential\s+)?appendix\s+[A-Z0-9]{1,3}\b.{0,80}$/i,
  /^(?:forward\s+)?work\s+programmes?\b.{0,60}$/i,
  /^(?:cabinet|committee|council)\s+report$/i,
];

const stamp = /^agenda\s+item:?\s+\d+\w*$/i;
/** ModernGov's stamp on an appendix's first page: "Agenda Item 9 Appendix 1". */
export const appendixStamp = /^agenda\s+item:?\s+\d+\w*\s+appendix\s+[A-Z0-9]{1,3}$/i;
/** The labels of a report's cover, beside its "Title:". */
const coverLabel =
  /^(?:date|author|contact\s+officers?|report\s+(?:of|by|author)|local\s+members\s+affected|wards?\s*(?:\(s\))?\s+affected|portfolio(?:\s+holder)?|key\s+decision|cabinet\s+member|lead\s+officer)\s*:/i;
const blankPage = /^this page is (?:intentionally|deliberately) (?:left )?blank$/i;

/** Running prose: a paragraph of eight words or more ending a sentence, not a numbered title. */
const prose = (text: string): boolean =>
  text.split(/\s+/).length >= 8 && /[.!?]["'”’)]?$/u.test(text) && !numberedStart.test(text);

/** Whether three paragraphs of prose come before the next report heading among these lines. */
const proseFollows = (lines: readonly CleanLine[]): boolean => {
  let sentences = 0;
  for (const paragraph of paragraphs(lines)) {
    if (/^report\s+(?:to|of|for)\b/i.test(paragraph.text)) return false;
    if (prose(paragraph.text)) sentences++;
    if (sentences >= 3) return true;
  }
  return false;
};

export interface DocumentSpan {
  readonly startLine: number;
  readonly endLine: number;
  readonly lines: CleanLine[];
}

/** The first line with text from `index` on, stepping by `step` (1 forwards, -1 backwards). */
const textFrom = (lines: readonly CleanLine[], index: number, step: 1 | -1): string | undefined => {
  for (let at = index; at >= 0 && at < lines.length; at += step)
    if (lines[at]?.text !== '') return lines[at]?.text;
  return undefined;
};

/**
 * Splits a paper into its documents. A document starts at a heading that opens minutes, a report,
 * an appendix or a work programme, when it stands after a page break, page furniture, an "Agenda
 * Item N" stamp or two blank lines, so a heading quoted inside running text does not split.
 */
export const splitDocuments = (lines: readonly CleanLine[]): DocumentSpan[] => {
  const starts: number[] = [0];
  let lastStart = 0;
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index];
    if (!line || line.text === '' || isFurniture(line.text)) continue;
    // Packs pad each document to an even page: whatever follows a blank page starts a new document.
    const afterBlankPage = lines
      .slice(Math.max(0, index - 6), index)
      .some((candidate) => blankPage.test(candidate.text));
    if ((afterBlankPage || appendixStamp.test(line.text)) && index - lastStart >= 6) {
      starts.push(index);
      lastStart = index;
      continue;
    }
    // A report's labelled cover ("Title: …", then "Date:", "Author:", "Contact officer:" …) opens
    // a report, whatever heads the page above it.
    if (
      /^title\s*:\s*\S/i.test(line.text) &&
      index - lastStart >= 20 &&
      lines
        .slice(Math.max(0, index - 4), index + 12)
        .filter((candidate) => coverLabel.test(candidate.text)).length >= 2
    ) {
      starts.push(index);
      lastStart = index;
      continue;
    }
    if (!documentStart.some((pattern) => pattern.test(line.text))) continue;
    // A list of appendices or reports, as a contents page or an agenda's index sets them: one
    // heading straight after another, neither a document.
    // Found by stepping from the heading, not by copying every line after and before it.
    const nextText = textFrom(lines, index + 1, 1) ?? '';
    const previousText = textFrom(lines, index - 1, -1);
    if (
      [nextText, previousText ?? ''].some((text) =>
        documentStart.some((pattern) => pattern.test(text)),
      )
    )
      continue;
    const before = lines.slice(Math.max(0, index - 8), index);
    // "1." on its own line, then "Minutes": an item's title set under its number, not a document.
    if (
      /^\(?\d{1,3}[.)]?$/.test(
        before.filter((candidate) => candidate.text !== '').at(-1)?.text ?? '',
      )
    )
      continue;
    const stampAt = before.findLastIndex((candidate) => stamp.test(candidate.text));
    const blanksBefore = before.slice(-2).every((candidate) => candidate.text === '');
    const afterFurniture = before
      .slice(-4)
      .some((candidate) => candidate.text !== '' && isFurniture(candidate.text));
    // Or the heading is confirmed by what follows: minutes say which meeting, reports carry labels.
    const following = lines
      .slice(index + 1, index + 8)
      .map((candidate) => candidate.text)
      .join(' ');
    const confirmed =
      (/^(?:draft\s+)?minutes\b/i.test(line.text) &&
        // Not "MINUTES" heading an item of minutes: "The Board approved the minutes of …".
        /^(?!.*\bapproved\s+the\s+minutes\b).*(?:\bminutes\s+of\b|\bheld\s+on\b)|\bpresent\b|\bcalled\b.{0,60}\bto\s+order\b|\bmet\s+(?:at|on|in)\b/i.test(
          following,
        )) ||
      (/^report\s+(?:to|of|for)\b/i.test(line.text) &&
        /\b(?:date|title|author|report\s+of|subject)\s*:/i.test(following));
    if (stampAt < 0 && !blanksBefore && !afterFurniture && !confirmed) continue;
    // "REPORT OF THE EXECUTIVE POLICY COMMITTEE DATED MARCH 4, 2015" heading a list of item titles
    // in an agenda or its index: a section, not a report, unless prose follows before the next.
    if (
      stampAt < 0 &&
      !confirmed &&
      /^report\s/i.test(line.text) &&
      !proseFollows(lines.slice(index + 1, index + 120))
    )
      continue;
    const start = stampAt >= 0 ? index - before.length + stampAt : index;
    // A document of a few lines is a heading run ("Report to Cabinet" then its title), not two documents.
    // Nor a letterhead ("HISTORIC DISTRICT COMMISSION", "June 12, 2019", "Room 267") above "MINUTES":
    // a document has a line of text, not only a heading's words.
    const above = lines.slice(lastStart, start);
    if (
      start - lastStart < 6 ||
      above.filter((candidate) => candidate.text !== '').length < 4 ||
      // A letterhead run into one line ("Logan Municipal Council  Logan, Utah  January 17, 2023")
      // is not text: a line of text has words in lower case.
      !above.some(
        (candidate) =>
          candidate.text.split(/\s+/).length >= 8 &&
          candidate.text.split(/\s+/).filter((word) => /^\p{Ll}/u.test(word)).length >= 2,
      )
    )
      continue;
    starts.push(start);
    lastStart = start;
  }
  return starts.map((start, position) => {
    const end = (starts[position + 1] ?? lines.length) - 1;
    const span = lines.slice(start, end + 1);
    return { startLine: span[0]?.number ?? 1, endLine: span.at(-1)?.number ?? 1, lines: span };
  });
};

/** A title's words for comparison: lower case, single spaces, no closing punctuation. */
const titleKey = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Whether a document calls the one after it its appendix, by title: "The Education Standards
 * Report (Appendix 1) provides …", "Appendix 1: Ofsted Improvement Plan - Phase 2".
 */
export const namedAsAppendix = (previous: readonly CleanLine[], title: string): boolean => {
  const key = titleKey(title);
  if (key.split(' ').length < 2) return false;
  return previous.some((line) => {
    const text = line.text;
    if (!/\bappendix\s+[A-Z0-9]{1,3}\b/i.test(text)) return false;
    const before = /([^()]{3,120})\(\s*appendix\s+[A-Z0-9]{1,3}\s*\)/i.exec(text)?.[1];
    const after = /\bappendix\s+[A-Z0-9]{1,3}\s*[:\u2013\u2014-]\s*(.{3,120})$/i.exec(text)?.[1];
    return (
      (before !== undefined && ` ${titleKey(before)}`.endsWith(` ${key}`)) ||
      (after !== undefined && titleKey(after) === key)
    );
  });
};

/**
 * A heading that names the record of a meeting: "Parish Council Meeting Minutes – 4 March 2025",
 * "Notes of the Parent Council meeting", "Cofnodion Cyfarfod …". Not an item ("3. Minutes"), a
 * sentence ("To approve the minutes of …") or an agenda's reference to earlier minutes.
 */
const minutesHeading =
  /^(?![\d(]|to\s|that\s|approv|the\s+minutes)(?=.{0,120}$)(?:(?!\bminutes\s+of\s+(?:the\s+)?(?:previous|last)\b).)*\b(?:minutes|cofnodion|miontuairisc[ií]|notes?\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}meeting)\b/i;

/** What only a record of a meeting says: decisions taken, who was there, when it closed. */
const recordEvidence = [
  /^(?:it\s+was\s+)?(?:resolved|agreed)\b/i,
  /\b(?:it\s+was|members|the\s+(?:council|committee|board))\s+(?:resolved|agreed|noted)\s+(?:that|to)\b/i,
  /\bapologies\s+(?:were|had\s+been)\s+(?:received|given|noted)\b/i,
  /\b(?:meeting|it)\s+(?:closed|ended|was\s+closed|was\s+adjourned)\s+at\b/i,
  /\b(?:proposed|moved)\s+by\b.{0,60}\bseconded\s+by\b/i,
  /\bmotion\s+(?:carried|passed|failed)\b|^carried\b/i,
  /\bheld\s+(?:their|its)\s+(?:[\w-]+\s+){0,2}meeting\s+(?:at|on|in)\b/i,
  // US minutes: "Council Chair Bynum made a motion to approve …", "MOTION: Sharla Bynum" /
  // "SECOND: Portia Mila", "Voice Vote:", "… seconded the motion.", "Meeting adjourned at 8:20 p.m.".
  /\bmade\s+a\s+motion\b|\bmoved\s+to\s+(?:approve|adopt|accept|table|adjourn|deny|continue)\b|\bseconded\s+the\s+motion\b/i,
  /^(?:motion|second(?:ed)?)\s*(?:by)?\s*:\s*\p{L}/iu,
  /^(?:voice|roll[-\s]+call)\s+vote\b|\bmeeting\s+(?:was\s+)?adjourned\s+at\b/i,
  // "Motion by Haskew, second by Mayor Pro Tem Silva, carried unanimously", "YEAS: Darling, …",
  // "ADJOURNMENT OF THE REGULAR MEETING … at 8:43 p.m.", "all Councilmembers were in attendance".
  /\bmotion\s+by\b.{0,80}\bsecond(?:ed)?\s+by\b|\bcarried\s+unanimously\b|^(?:yeas?|ayes?|nays?|noes)\s*:\s*\p{Lu}/iu,
  /^adjourn\w*\b.{0,120}\bat\s+\d{1,2}[:.]\d{2}\s*[ap]\.?m\b|\b(?:were|was)\s+in\s+attendance\b/i,
  // French: "adopté à l'unanimité", "Le Conseil Municipal, après en avoir délibéré"; German "einstimmig beschlossen".
  /\badopt[ée]e?s?\s+(?:à\s+l['’]unanimit[ée]|par\s+\d+\s+voix)|\bapr[èe]s\s+en\s+avoir\s+d[ée]lib[ée]r[ée]|\beinstimmig\s+beschlossen\b/iu,
  // Welsh: proposed … seconded, apologies received, a meeting was held, agreed, resolved.
  /\bcynigiwyd\s+gan\b.{0,80}\beiliwyd\s+gan\b/i,
  /\bderbyniwyd\s+ymddiheuriadau\b|\bcynhaliwyd\s+cyfarfod\b|^(?:penderfynwyd|cytunwyd)\b/i,
];

/** The sections an agenda is made of, each a line of its own: "DELEGATIONS", "Call to Order". */
export const agendaSection =
  /^(?:[IVX]+\.|\d{1,2}\.?|[A-Z]\.)?\s*(?:call\s+to\s+order|roll\s+call|introduction|communications|delegations|public\s+(?:comments?|participation|forum)|consent\s+(?:calendar|agenda)|new\s+business|old\s+business|unfinished\s+business|notices?\s+of\s+motion|motions|by-laws|inquiries|adjournment|apologies(?:\s+for\s+absence)?|declarations?\s+of\s+interests?)\.?$/i;

/** How many of an agenda's usual sections a document heads its lines with. */
const agendaSections = (span: readonly CleanLine[]): number =>
  new Set(
    span
      .filter((line) => agendaSection.test(line.text))
      .map((line) => line.text.replace(/^[^A-Za-z]*/, '').toLowerCase()),
  ).size;

/**
 * A document no heading names whose body reads as a record: at least three of its lines state
 * decisions taken, apologies received, a seconded motion or the meeting's close.
 */
const recordOfMeeting = (span: readonly CleanLine[]): boolean =>
  span.filter((line) => recordEvidence.some((pattern) => pattern.test(line.text))).length >= 3;

/** A speaker's turn in a verbatim record: "Mayor Lago: Moving onto item F-5.", "Commissioner Fernandez: …". */
const speakerTurn =
  /^(?:(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:mayor|commissioner|council(?:l?or|member|woman|man)|chair(?:man|woman|person)?|president|alderman|alderwoman|supervisor|trustee|director|attorney|manager|clerk|secretary|treasurer)|mr|mrs|ms|dr)\.?(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s*:\s+\S.{15,}/iu;

/** A verbatim record of a meeting: six or more of its lines are speakers' turns. */
const verbatimRecord = (span: readonly CleanLine[]): boolean =>
  span.filter((line) => speakerTurn.test(line.text)).length >= 6;

/**
 * A record of a meeting named in another language, at the head of a line: Czech "Zápis", German
 * "Niederschrift" / "Protokoll", Norwegian "Møteprotokoll", Spanish and Catalan "Acta", Italian
 * "Verbale", Dutch "Notulen", Finnish "Pöytäkirja", Danish and Norwegian "Referat".
 */
const minutesWord =
  /^(?:zápis|protokoll?|niederschrift|sitzungsprotokoll|møteprotokoll|saksprotokoll|acta|verbale|notulen|pöytäkirja|referat|resum\s+de\s+(?:la\s+)?sessi[óo]|resumen\s+de\s+(?:la\s+)?sesi[óo]n)(?![\p{L}])/iu;
/**
 * An agenda's own heading in another language: Czech "Navržený program", German "Tagesordnung",
 * Spanish "Orden del día", Catalan "Ordre del dia", Italian "Ordine del giorno", Swedish
 * "Dagordning", Finnish "Esityslista", Norwegian "Saksliste" / "Møteinnkalling".
 */
const agendaWord =
  /^(?:navržený\s+program\s*:?$|program\s+jednání\s*:?$|(?:tagesordnung|orden\s+del\s+d[ií]a|ordre\s+del\s+dia|ordine\s+del\s+giorno|dagordning|esityslista|saksliste|møteinnkalling|convocat[òo]ria|convocatoria)(?![\p{L}]))/iu;

/**
 * A summons in its opening sentence: "There will be a meeting of the General Council … to consider
 * the following", "Councillors are summoned to attend …".
 */
const summonsSentence = new RegExp(String.raw`\b${summonsOpening}`, 'iu');

/** An archive's notes, and the labels it sets over a paper's text ("Date: 2023-03-28", "Body: Council"). */
const archiveMetadata = (text: string) =>
  archiveNote.test(text) ||
  /^(?:>\s*)?(?:meeting\s+date|date|body|status|meeting\s+type|label)\s*:\s+\S/i.test(text);

/** The type of one document, from its heading lines; `other` when nothing says. */
export const documentTypeOf = (span: readonly CleanLine[], title: string | null): DocumentType => {
  const head = span
    .filter((line) => line.text !== '' && !isFurniture(line.text) && !archiveMetadata(line.text))
    .slice(0, 12)
    .map((line) => line.text);
  const heading = [title ?? '', ...head].join('\n');
  if (
    /^(?:exempt\s+|confidential\s+)?appendix\b/im.test(head.slice(0, 3).join('\n')) ||
    head.slice(0, 3).some((line) => appendixStamp.test(line))
  )
    return 'appendix';
  const agendaHead = /\bagenda\b|\bordre\s+du\s+jour\b|\bagenda$/i.test(head.slice(0, 3).join(' '));
  if (
    /\b(?:minutes|cofnodion)\b/i.test(title ?? '') ||
    // "Minutes of …", or a heading ending in it ("Regular Meeting Minutes"), not an agenda line "3 Minutes".
    head.slice(0, 6).some(
      (line) =>
        /^(?:draft\s+|unconfirmed\s+|approved\s+)?(?:minutes|cofnodion|miontuairisc[ií])\b/i.test(
          line,
        ) ||
        (/\bminutes$/i.test(line) && !/^\d/.test(line) && !numberedStart.test(line)) ||
        (!agendaHead && minutesHeading.test(line)) ||
        // "CITY OF PORTLAND, OREGON  OFFICIAL MINUTES  A REGULAR MEETING …" run into one line.
        /(?<!\b(?:the|approve|adopt|of)\s+)\bofficial\s+minutes\b/i.test(line),
    )
  )
    return 'minutes';
  // Records of a meeting under other names, and minutes that open by saying who met.
  if (
    /\b(?:proc(?:è|e)s[- ]verbal|compte[- ]rendu|disposition\s+of\s+items|hansard|verbatim\s+(?:report|record|transcript)|record\s+of\s+(?:decisions|proceedings))\b/i.test(
      head.slice(0, 6).join(' '),
    ) ||
    // An agenda names itself; "declarations for items on the agenda" is an item, not a title.
    (!head
      .slice(0, 6)
      .some(
        (line) =>
          /\bagenda\b|\bordre\s+du\s+jour\b/i.test(line) &&
          !/\b(?:on|in)\s+(?:the|this)\s+agenda\b/i.test(line),
      ) &&
      span
        .filter((line) => line.text !== '')
        .slice(0, 30)
        .some((line) =>
          /^(?:(?:(?:council|board|commission|committee)\s+)?(?:members|councill?ors|councilmembers|commissioners|trustees|directors|supervisors|selectm[ae]n|aldermen|those)\s+present\b|present\s*(?:\([^)]*\)\s*)?:|attendees\s*(?::|$)|attendance\s*:\s*$|also\s+present\s*:|(?:é|e)taient\s+pr(?:é|e)sents?|yn\s+bresennol\s*:)|\b(?:the\s+(?:council|board|committee|commission)\s+met\s+at|(?:was|were)\s+called\s+to\s+order|called\s+the\s+meeting\s+to\s+order|held\s+(?:their|its)\s+(?:\w+\s+){0,2}meeting\s+(?:at|on|in)|cynhaliwyd\s+cyfarfod|se\s+sont\s+r(?:é|e)unis|s['’]est\s+r(?:é|e)unie?|pr(?:é|e)sents?\s*:)/i.test(
            line.text,
          ),
        ))
  )
    return 'minutes';
  // A transcript records the meeting word for word, whatever its heading calls the item.
  if (verbatimRecord(span)) return 'minutes';
  if (minutesWord.test(title ?? '') || head.slice(0, 6).some((line) => minutesWord.test(line)))
    return 'minutes';
  if (head.slice(0, 6).some((line) => agendaWord.test(line))) return 'agenda';
  if (/\b(?:forward\s+)?work\s+programmes?\b/i.test(head.slice(0, 4).join(' ')))
    return 'work-programme';
  if (/\b(?:calendar|schedule|programme)\s+of\s+meetings\b/i.test(heading)) return 'calendar';
  if (/\b(?:ofsted|inspection)\b.*\breport\b|\binspection\s+of\b/i.test(head.slice(0, 5).join(' ')))
    return 'inspection-report';
  if (agendaSections(span) >= 3 && !recordOfMeeting(span)) return 'agenda';
  if (head.slice(0, 6).some((line) => summonsSentence.test(line)) && !recordOfMeeting(span))
    return 'agenda';
  if (head.slice(0, 3).some((line) => /^report\s+(?:to|of|for)\b/i.test(line))) return 'report';
  // A labelled cover: "Title: …" with its date, author or contact officer.
  if (
    head.some((line) => /^title\s*:\s*\S/i.test(line)) &&
    head.filter((line) => coverLabel.test(line)).length >= 2
  )
    return 'report';
  if (/\bagenda\b|\bnotice\s+of\s+(?:the\s+)?meeting\b|\bsummons\b/i.test(heading)) return 'agenda';
  if (
    /^report\s+(?:to|of|for)\b/im.test(heading) ||
    /\breport\s+(?:to|of)\s+(?:the\s+)?(?:cabinet|council|committee)/i.test(heading)
  )
    return 'report';
  // A paper headed by what it is: "County Councillor's Report", "Clerk's Report", "Annual Report".
  if (/^(?:[\p{L}'’&-]+\s+){0,6}report$/iu.test(head[0] ?? '')) return 'report';
  const opening = span.slice(0, 60).map((line) => line.text);
  const recommends = opening.some((line) => /^recommendations?\b/i.test(line));
  if (recommends && opening.some((line) => /\b(?:this|the)\s+report\b/i.test(line)))
    return 'report';
  return recordOfMeeting(span) ? 'minutes' : 'other';
};
