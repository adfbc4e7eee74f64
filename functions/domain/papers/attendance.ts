import { type CleanLine, cleanLine, type Paragraph, paragraphs, sentences } from './lines.ts';
import type { Attendance, PaperTable, Section } from './model.ts';
import { isPlausibleName, splitNames, stripMemberTitle } from './names.ts';

type Role = keyof Attendance;

/** Who a list of members is, by its label: "Councilors present", "Directors absent". */
const memberGroups = String.raw`(?:members|councill?ors|councilmembers|council\s+members|commissioners|trustees|directors|board\s+members|supervisors|selectm[ae]n|aldermen)`;

/** The members' label inside a line, with the names after it to the sentence's end. */
const membersPresentRunIn = new RegExp(
  String.raw`\b${memberGroups}\s+present\s*:\s*((?:[^.:]|\b[A-Z]\.)+?)(?:\.(?=\s+\p{Lu}|\s*$)|\s+\p{Lu}[\p{L} ]{2,30}:|$)`,
  'iu',
);

/** Labels of attendance blocks, as councils write them. Order matters: the first match wins. */
const blockLabels: readonly [RegExp, Role][] = [
  [
    new RegExp(
      String.raw`^(?:${memberGroups}\s+(?:present|participating\s+remotely|in\s+attendance)|present|attendees|attendance(?=\s*:)|in\s+the\s+chair|presiding(?:\s+officer)?(?=\s*:)|roll\s+call(?:\s+of\s+(?:the\s+)?(?:members|board|council)(?:\s+present)?)?|those\s+present(?:\s+were)?|(?:é|e)taient\s+pr(?:é|e)sents?|pr(?:é|e)sents?|yn\s+bresennol|presennol|aelodau\s+yn\s+bresennol)\b(?:\s+(?:in\s+person|virtually|remotely|online|in\s+the\s+(?:chamber|room)|via\s+[\w ]{2,20}))?\s*:?`,
      'i',
    ),
    'present',
  ],
  [
    new RegExp(
      String.raw`^(?:apologies(?:\s+for\s+absence)?(?:\s+(?:were\s+)?(?:received|accepted|noted)(?:\s+and\s+(?:accepted|noted))?\s+from)?|ymddiheuriadau(?:\s+am\s+absenoldeb)?|absents?|${memberGroups}\s+(?:absent|excused)|(?:é|e)taient\s+absents?(?:\s+et\s+excus(?:é|e)s)?|absents?\s+excus(?:é|e)s|excus(?:é|e)s|excused)\s*:?`,
      'i',
    ),
    'apologies',
  ],
  [
    /^(?:others?\s+in\s+attendance|others?\s+present|others?(?=\s*:)|(?:council\s+)?staff\s+in\s+attendance|administration(?:\s+in\s+attendance|\s+present)?|(?:[A-Z]{2,6}\s+)?staff(?:\s+(?:present|in\s+attendance))?|(?:officials?|officers?)(?:\s+present|\s+in\s+attendance)?|in\s+attendance|also\s+(?:present|in\s+attendance|attending)|members\s+of\s+the\s+public(?:\s+and\s+(?:the\s+)?media)?(?:\s+(?:present|in\s+attendance))?|(?:management\s+and\s+)?staff|attending|invited(?:\s+guests?)?|guests?|visitors?|hefyd\s+yn\s+bresennol|yn\s+mynychu|swyddogion)(?:\s+(?:in\s+person|virtually|remotely|online|via\s+[\w ]{2,20}))?\s*:?/i,
    'inAttendance',
  ],
  [/^(?:substitutes?|substitute\s+members?)\s*:?/i, 'substitutes'],
];

/** A label, followed by a colon or standing alone: "Present: …", "MEMBERS PRESENT". Prose is not a block. */
const blockRole = (text: string): { role: Role; rest: string } | undefined => {
  for (const [label, role] of blockLabels) {
    const match = label.exec(text);
    if (!match) continue;
    const after = text.slice(match[0].length);
    // "In attendance:- Stuart Fraser (SCF/Chair), …": a dash after the colon.
    const rest = (match[0].trim().endsWith(':') ? after.replace(/^\s*[-–—]\s*/, '') : after)
      // "County Cllr, Sebastian Bowen": a member of another council, the comma misplaced.
      .replace(
        /\b((?:County|District|Borough|Ward|Town|City)\s+(?:Cllrs?|Councillors?)\.?),\s+(?=\p{Lu})/gu,
        '$1 ',
      )
      // "Present: 6 - Council Member Alison Stroud": the count Legistar sets before the names.
      .replace(/^\s*\d{1,2}\s*[-–]\s+(?=\p{Lu})/u, '')
      .trim();
    // "Étaient absents et excusés Patrick CARTIER, …": the French label needs no colon.
    if (match[0].trim().endsWith(':') || rest === '' || /^(?:é|e)taient\b/i.test(match[0]))
      return { role, rest };
    // "Apologies – Cllr Jones": a dash after the label does what a colon does.
    const dashed = /^[-–—]\s+(.+)$/.exec(rest)?.[1];
    if (dashed) return { role, rest: dashed };
  }
  return undefined;
};

/** "Councillors Adoh, Hussein and Jones had given their apologies", "Apologies were received from …". */
const apologySentences = [
  /apologies\s+(?:for\s+absence\s+)?(?:were|had\s+been|have\s+been)\s+(?:received|submitted|given|tendered|noted|accepted)(?:\s+and\s+(?:accepted|noted|approved))?\s+(?:from|for)\s+([^.]+)/i,
  /(?:^|\.\s+|that\s+)((?:councillors?|cllrs?\.?)\s+[^.]+?)\s+(?:had\s+)?(?:given|sent|submitted|tendered)\s+(?:their\s+)?apologies/i,
  // "Apologies received from Cllrs. Kim Davies, …": without "were", only a list of members counts.
  /\bapologies\s+(?:for\s+absence\s+)?(?:received|accepted)\s+from\s+((?:councillors?|cllrs?)\.?\s+(?:\b[A-Z]\.|[^.])+)/i,
  // Welsh: "Derbyniwyd ymddiheuriadau gan y Cynghorwyr …".
  /\bderbyniwyd\s+ymddiheuriadau\s+gan\s+(?:y\s+)?((?:cynghorwyr|cynghorydd|cyng\.?)\s+(?:\b[A-Z]\.|[^.])+)/i,
];

/** How US minutes record a roll call in sentences (names may carry initials: "Jesus M. Gomez"). */
const rollCallSentences: readonly [RegExp, Role][] = [
  [
    /\b(?:responding\s+to\s+(?:the\s+)?roll\s+call|(?:members\s+)?present)\s+were\s+((?:\b[A-Z]\.|[^.])+?)(?:\s+in\s+person)?\./i,
    'present',
  ],
  [
    /(?:^|\.\s+)((?:commissioners?|councilmembers?|council\s+members?|directors?|trustees?)\s+(?:[^.]|\b[A-Z]\.)+?)\s+(?:participated|attended|joined)\s+(?:via|by|remotely|virtually|by\s+video)\b/i,
    'present',
  ],
  [
    /(?:^|\.\s+)((?:commissioners?|councilmembers?|council\s+members?|directors?|trustees?)\s+(?:[^.]|\b[A-Z]\.)+?)\s+(?:was|were)\s+absent\b/i,
    'apologies',
  ],
  [
    /(?:^|\.\s+)((?:commissioners?|councilmembers?|council\s+members?|directors?|trustees?|councillors?|cllrs?\.?)\s+(?:\b[A-Z]\.|[^.])+?)\s+(?:were|was)\s+(?:also\s+)?present\b/i,
    'present',
  ],
  [
    /\balso\s+(?:participating|present|in\s+attendance)\s+were\s+((?:\b[A-Z]\.|[^.])+)\./i,
    'inAttendance',
  ],
];

/** The posts of officers who attend a meeting without being members of the body. */
const officerPosts =
  'treasurer|clerk|secretary|attorney|solicitor|manager|administrator|engineer|director|officer|planner|accountant';
/**
 * A group named alone on its line over the people in it: the body's members ("Board Members",
 * "BOARD OF DIRECTORS") or the others there ("Staff Members", "SAN JUAN WATER DISTRICT MANAGEMENT
 * AND STAFF", "Legal Counsel", "OTHER ATTENDEES").
 */
const memberGroup = new RegExp(
  String.raw`^(?:${memberGroups}|board\s+of\s+(?:directors|trustees|commissioners|supervisors)|(?:city|town|county|village)\s+(?:commission|council))$`,
  'i',
);
const groupRole = (line: string): Role | undefined => {
  const text = line.replace(/:$/, '').trim();
  if (text.length > 80) return undefined;
  if (memberGroup.test(text)) return 'present';
  if (
    /^(?:(?:[\p{L}&]+\s+){0,5}(?:management\s+and\s+)?staff(?:\s+members)?|legal\s+counsel|other\s+attendees|visitors|guests)$/iu.test(
      text,
    )
  )
    return 'inAttendance';
  return undefined;
};

/** Who a roll call's group is, when not members: officers, staff and guests. */
const attendingGroups = `${officerPosts}|staff|guests?|visitors?|residents?`;

/** Words that start a group of a roll call and say who the group is. */
const groupWord = new RegExp(
  String.raw`\b(supervisors?|commissioners?|councilmembers?|council\s+members?|board\s+members?|members?|trustees?|directors?|aldermen|selectm[ae]n|${attendingGroups})\b`,
  'gi',
);
const officerGroup = new RegExp(`^(?:${attendingGroups})$`, 'i');

/**
 * A roll call that names groups ("supervisors A, B and C, treasurer D, clerk E and guests F and G"):
 * members stay in the sentence's role, officers and guests are in attendance.
 */
const byRole = (list: string, role: Role): { role: Role; text: string }[] => {
  const starts = [...list.matchAll(groupWord)];
  if (starts.length < 2 || role !== 'present') return [{ role, text: list }];
  const groups: { role: Role; text: string }[] = [];
  const first = starts[0]?.index ?? 0;
  if (first > 0) groups.push({ role, text: list.slice(0, first) });
  for (const [index, match] of starts.entries()) {
    const end = starts[index + 1]?.index ?? list.length;
    const text = list
      .slice((match.index ?? 0) + match[0].length, end)
      .replace(/^\s*,?\s*|\s*(?:,|\band)\s*$/g, '');
    groups.push({ role: officerGroup.test(match[1] ?? '') ? 'inAttendance' : role, text });
  }
  return groups;
};

const substituteSentence =
  /((?:(?:Mr|Mrs|Ms|Miss|Dr|Councillor|Cllr)\.?\s+)?(?:[A-Z][\p{L}.'’-]*\s+){0,3}[A-Z][\p{L}'’-]+)\s+(?:was|were)\s+(?:substituting|attending\s+as\s+(?:a\s+)?substitute)\b/u;

const noteAll = (target: string[], names: readonly string[]) => {
  for (const name of names) if (!target.includes(name)) target.push(name);
};

/**
 * Reads who attended from a minutes document: labelled blocks ("Present:", "MEMBERS PRESENT",
 * "Apologies:", "Also present:") whose names run to the next blank line, and the sentences in
 * which minutes record apologies and substitutions.
 */
/** A status cell of an attendance table, and the list it puts the person in. */
const statusRole = (cell: string): Role | undefined => {
  if (/^(?:present|attended|yes|in\s+attendance|late|arrived\s+late|remote|virtual)$/i.test(cell))
    return 'present';
  if (/^(?:apologies|absent|excused|apologies\s+received|no)$/i.test(cell)) return 'apologies';
  if (/^substitute/i.test(cell)) return 'substitutes';
  return undefined;
};

/** Attendance laid out as a table: a name column and a status column (Present / Apologies). */
const fromTables = (tables: readonly PaperTable[], attendance: Attendance) => {
  for (const table of tables) {
    // "BOARD OF DIRECTORS" over a table of "Name | Title": the group's people, one a row.
    const group = table.heading ? groupRole(table.heading) : undefined;
    if (
      group &&
      /^(?:name|names|member|attendee)s?$/i.test(table.columns[0]?.trim() ?? '') &&
      table.rows.length > 0 &&
      table.rows.every((row) => personEntry(row[0] ?? ''))
    ) {
      noteAll(
        attendance[group],
        table.rows.flatMap((row) => splitNames(row[0] ?? '')),
      );
      continue;
    }
    const status = table.columns.findIndex(
      (_column, index) =>
        table.rows.length > 0 && table.rows.every((row) => statusRole(row[index] ?? '')),
    );
    if (status < 0) continue;
    for (const row of table.rows) {
      const role = statusRole(row[status] ?? '');
      if (role) noteAll(attendance[role], splitNames(row[0] ?? ''));
    }
  }
};

/** A column head that names who is listed under it, with or without a colon: "Present:", "MEMBERS PRESENT". */
const columnRole = (cell: string): Role | undefined => {
  const text = cell.trim();
  const block = blockRole(text.endsWith(':') ? text : `${text}:`);
  if (block && block.rest === '') return block.role;
  // "WINNIPEG PUBLIC SERVICE" beside "MEMBERS PRESENT": the officers who attended.
  if (/\b(?:public\s+service|officers|officials|staff|administration)$/i.test(text))
    return 'inAttendance';
  return undefined;
};

/** One person per cell: "Mr. M. Lemoine, Deputy City Clerk"; "The Speaker, Councillor Sharma". */
const personInCell = (cell: string): string[] => {
  const [first = '', ...rest] = cell.split(',');
  // "Dan Medina, Parks & Recreation": an "&" in the post after the name joins no two people.
  if (rest.length === 0 || /\band\b|&/.test(first)) return splitNames(cell);
  return splitNames(stripMemberTitle(first) === '' ? rest.join(',') : first);
};

/**
 * Attendance laid out in columns under heads ("Present:⇥Members of the Public:", a Word table of
 * "MEMBERS PRESENT | WINNIPEG PUBLIC SERVICE"): each row's cells belong to the column above them;
 * a row of one cell to the first. The block ends at a blank line after its first names.
 */
/** A laid-out line's cells with where each starts: split at tabs, or at runs of three spaces. */
const cellsOf = (line: string): { text: string; at: number }[] => {
  if (line.includes('\t'))
    return line.split('\t').map((cell, at) => ({ text: cleanLine(cell), at }));
  return [...line.matchAll(/\S(?:(?!\s{3,}).)*/g)].map((match) => ({
    text: cleanLine(match[0]),
    at: match.index ?? 0,
  }));
};

const fromColumns = (raw: readonly string[], attendance: Attendance) => {
  for (const [index, line] of raw.entries()) {
    const tabbed = line.includes('\t');
    // Heads are two cells or more: a line with no tab and no run of three spaces has one at most.
    if (!tabbed && !/\S\s{3,}\S/.test(line)) continue;
    const heads = cellsOf(line);
    while (heads.length > 0 && heads.at(-1)?.text === '') heads.pop();
    if (heads.length < 2) continue;
    const roles = heads.map((head) => columnRole(head.text));
    if (!roles.includes('present') || roles.some((role) => role === undefined)) continue;
    // With tabs a cell's place is its index; laid out with spaces, the head it starts under.
    const columnOf = (cell: { at: number }, position: number) =>
      tabbed
        ? position
        : Math.max(
            0,
            heads.findLastIndex((head) => head.at <= cell.at + 2),
          );
    let names = 0;
    for (const row of raw.slice(index + 1, index + 60)) {
      const cells = cellsOf(row);
      if (cells.every((cell) => cell.text === '')) {
        if (names > 0) break;
        continue;
      }
      if (cells.some((cell) => columnRole(cell.text)) || /^\d/.test(cells[0]?.text ?? '')) break;
      for (const [position, cell] of cells.entries()) {
        const role = roles[columnOf(cell, position)] ?? roles[0];
        if (role && cell.text) {
          const people = personInCell(cell.text);
          names += people.length;
          noteAll(attendance[role], people);
        }
      }
    }
  }
};

/** Words that start the title column of a roll-call table: "Robert Allen Fisk  Commissioner  Present". */
const titleWords =
  /^(?:commissioner|alternate|councilmember|council|councillor|mayor|vice|chair|chairperson|chairman|chairwoman|member|trustee|director|supervisor|secretary|treasurer|president|clerk|alderman|alderperson|boardmember|board|legislator|delegate|deputy|ex-officio|student)$/i;

/**
 * The roll-call table of minutes published from Legistar: "Attendee Name  Title  Status
 * Arrived", then a row per member whose status is Present, Late, Remote, Absent or Excused.
 */
const fromRollCallTable = (lines: readonly CleanLine[], attendance: Attendance) => {
  const header = lines.findIndex((line) => /^attendee name\s+title\s+status\b/i.test(line.text));
  if (header < 0) return;
  for (const line of lines.slice(header + 1, header + 40)) {
    const row = /^(.+?)\s+(present|absent|late|excused|remote|absent excused)\b(?:\s+.*)?$/i.exec(
      line.text,
    );
    if (!row?.[1] || !row[2]) break;
    const words = row[1].split(/\s+/);
    const title = words.findIndex((word, position) => position >= 1 && titleWords.test(word));
    const name = (title > 0 ? words.slice(0, title) : words).join(' ');
    const role = statusRole(row[2]) ?? (/excused/i.test(row[2]) ? 'apologies' : undefined);
    if (role && isPlausibleName(name)) noteAll(attendance[role], [name]);
  }
};

/**
 * The names of a block's lines: one person a line when the lines carry no separators ("Nick
 * Oakhill (NO) CHAIR" / "Kate Green (KG)"), else the lines read as one list.
 */
const namesInBlock = (entries: readonly string[]): string[] => {
  const parts = entries.filter((entry) => entry.trim() !== '');
  const whole = (part: string) =>
    !/[,;]|\b(?:and|of|for)\b|&/.test(part) &&
    (part.match(/\(/g) ?? []).length === (part.match(/\)/g) ?? []).length;
  if (parts.length >= 2 && parts.every(whole)) return parts.flatMap((part) => splitNames(part));
  // "Mr. Dustin Johnson, President" / "Mr. John Knight": one person a line, a post after a comma.
  if (parts.length >= 2 && parts.every(listedPerson))
    return parts.flatMap((part) => personInCell(part));
  return splitNames(parts.join(' '));
};

/**
 * A label set in its own column with no colon ("Attendees Tony Brown (Chair), Sylvia Knights (Vice
 * Chair), …", as a PDF lays out a table of the meeting's details), given its colon when a list of
 * names follows it on the line, with no sentence.
 */
const withColon = (line: CleanLine): CleanLine => {
  const label =
    /^(attendees|present|invited|in\s+attendance|also\s+present|apologies|absent)\s+(?=\p{Lu})/iu.exec(
      line.text,
    )?.[1];
  if (!label || blockRole(line.text)) return line;
  const rest = line.text.slice(label.length).trim();
  if (
    !/,/.test(rest) ||
    /\b(?:were|was|had|has|have|is|are|will|received|sent|given|for)\b/i.test(rest)
  )
    return line;
  const text = `${label}: ${rest}`;
  return blockRole(text) ? { ...line, text } : line;
};

/**
 * The last line with text numbered before a given line: found by halving when the lines are in
 * order (as a paper's are), not by scanning back from the end for every paragraph.
 */
const lastTextBefore = (lines: readonly CleanLine[]) => {
  const ordered = lines.every(
    (line, index) => index === 0 || (lines[index - 1]?.number ?? 0) < line.number,
  );
  if (!ordered)
    return (number: number) => lines.findLast((line) => line.number < number && line.text !== '');
  return (number: number): CleanLine | undefined => {
    let low = 0;
    let high = lines.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((lines[middle]?.number ?? 0) < number) low = middle + 1;
      else high = middle;
    }
    for (let index = low - 1; index >= 0; index--)
      if (lines[index]?.text !== '') return lines[index];
    return undefined;
  };
};

export const readAttendance = (
  lines: readonly CleanLine[],
  sections: readonly Section[] = [],
  tables: readonly PaperTable[] = [],
  raw: readonly string[] = [],
): Attendance => {
  // Sentences about apologies count only in an apologies item (or where items are not numbered):
  // elsewhere they are often corrections to the minutes of an earlier meeting.
  const apologyItems = sections.filter((section) =>
    /apolog|attendance|substitut|present|ymddiheur|presennol|excus|absen/i.test(section.title),
  );
  const inApologyItem = (line: number) =>
    sections.length === 0 ||
    apologyItems.some(
      (section) => section.line <= line && (section.endLine ?? section.line) >= line,
    ) ||
    line < (sections[0]?.line ?? 0);
  const attendance = {
    present: [] as string[],
    apologies: [] as string[],
    inAttendance: [] as string[],
    substitutes: [] as string[],
  };
  const guests: string[] = [];
  // Names a list labelled as the members present gives: members, whatever office they hold.
  const declaredMembers: string[] = [];
  fromTables(tables, attendance);
  fromColumns(raw, attendance);
  fromRollCallTable(lines, attendance);
  // "PRESENT" alone on its line over a numbered list, one person to a line: "1. Trophius Kufanga -
  // Council Secretary", "2. Jimmy Mubanga - Director Finance".
  // Or over a roster with dot leaders: "Mayor . . . . . . Justin D. Seely", "City Recorder . . .
  // Lisa E. Brough": members by their post, the others attending.
  for (const line of lines) {
    const block = blockRole(line.text);
    if (block && block.rest === '')
      noteAll(attendance[block.role], numberedPeople(lines, line.number));
    if (block?.role === 'present' && block.rest === '')
      for (const { post, name } of dottedRoster(lines, line.number))
        noteAll(attendance[memberPost.test(post) ? 'present' : 'inAttendance'], [name]);
  }
  // Labels given their colon once, for the paragraphs and the lines read from them.
  const labelled = lines.map(withColon);
  const blocks = paragraphs(labelled);
  // A paragraph's lines, found from where it starts among them, not by scanning all lines.
  const linesOf = (paragraph: Paragraph) => {
    const texts: string[] = [];
    for (let index = paragraph.index ?? labelled.length; index < labelled.length; index++) {
      const line = labelled[index];
      // A paragraph has no blank line; past its last line, or back before its first (the next
      // column read after it), it has ended.
      if (
        !line ||
        line.text === '' ||
        line.number > paragraph.endLine ||
        line.number < paragraph.number
      )
        break;
      // "ROBERT PINON 1": a footnote's mark after a name ("1 Participated Electronically").
      if (line.text !== '') texts.push(line.text.replace(/(?<=\p{Lu}{2})\s+(?:\d|[*†‡])$/u, ''));
    }
    return texts;
  };
  // The people listed one a line in the paragraphs from a given one, up to a paragraph that is
  // anything else (a label, a group's name, a sentence).
  const peopleFrom = (start: number): string[] => {
    const people: string[] = [];
    for (const following of blocks.slice(start, start + 39)) {
      const only = linesOf(following);
      if (only.length === 0 || blockRole(following.text) || groupRole(following.text)) break;
      if (!only.every((entry) => listedPerson(presentEntry(entry).name))) break;
      people.push(...only);
    }
    return people;
  };
  const textAbove = lastTextBefore(lines);
  for (const [index, paragraph] of blocks.entries()) {
    // "2726. Apologies for absence: Cllr Hoskins." – a numbered item that is a label with its names.
    // "3787. To receive apologies for absence: Cllr Morrison." – the item's wording goes first.
    const numbered = /^\d[\d./]*\.?\s+(.*)$/
      .exec(paragraph.text)?.[1]
      ?.replace(
        /^to\s+(?:receive|note|accept|record)(?:\s+(?:and|&)\s+(?:accept|approve|note|consider(?:\s+accepting)?))?\s+(?:any\s+)?/i,
        '',
      );
    const itemBlock = numbered ? blockRole(numbered) : undefined;
    if (itemBlock?.rest) noteAll(attendance[itemBlock.role], splitNames(itemBlock.rest));
    // "1. Apologies for Absence accepted from:" with the names in the paragraph below.
    const below = blocks[index + 1];
    // Only a list: a sentence below ("Apologies were received from …") is read as a sentence.
    if (
      itemBlock &&
      !itemBlock.rest &&
      below &&
      !blockRole(below.text) &&
      !/^\d/.test(below.text) &&
      !/\b(?:were|was|received|attended|had|has|have|noted|given|sent)\b/i.test(below.text)
    )
      noteAll(attendance[itemBlock.role], namesInBlock(linesOf(below)));
    const block = blockRole(paragraph.text);
    let rollCallText = paragraph.text;
    // Labels that a paragraph's later sentences open with: "The meeting was called to order at
    // 6:04 pm by President Sheetz. Board members present: Clark, Goold … Board members absent:
    // Kelly. Staff present: …".
    if (!block)
      for (const sentence of sentences(paragraph.text).slice(1)) {
        const inSentence = blockRole(sentence);
        if (!inSentence?.rest || !/^[^:]{3,40}:/.test(sentence)) continue;
        noteAll(attendance[inSentence.role], splitNames(inSentence.rest.replace(/\.$/, '')));
      }
    // "Call to Order: 3:50 p.m. Pledge of Allegiance Trustees Present: Nordquist, Lofdahl, …": the
    // members' label run into the line after other business.
    const runIn = block ? undefined : membersPresentRunIn.exec(paragraph.text)?.[1];
    if (runIn) noteAll(attendance.present, splitNames(runIn.replace(/\.$/, '')));
    // A heading such as "1 APOLOGIES FOR ABSENCE" is an item, handled by the sentences below.
    if (block && !/^\d/.test(paragraph.text)) {
      // "MEMBERS PRESENT" alone: the names are the next paragraph.
      const next = blocks[index + 1];
      const own = linesOf(paragraph);
      const first = block.rest
        ? [blockRole(own[0] ?? '')?.rest ?? '', ...own.slice(1)].filter((entry) => entry !== '')
        : next && !blockRole(next.text) && !/^\d/.test(next.text)
          ? linesOf(next)
          : [];

      // "Kibbey, Majewski, Carey, Tobin. Absent: Simons.": another label run on after the list's stop.
      const entries = first
        .filter((entry) => !dottedEntry.test(entry))
        .map((entry) => {
          const at = entry.search(/\.\s+(?=\p{Lu}[\p{L} ]{2,30}:)/u);
          const next = at < 0 ? undefined : blockRole(entry.slice(at + 1).trim());
          if (!next?.rest || next.role === block.role) return entry;
          noteAll(attendance[next.role], splitNames(next.rest.replace(/\.$/, '')));
          return entry.slice(0, at);
        });
      // A list that a comma leaves open goes on in the next paragraphs: "Present: Cllr D Llewellyn -
      // Chairman," then "Cllr M Peake, Cllr A Box …".
      const from = index + (block.rest ? 1 : 2);
      for (const following of blocks.slice(from, index + 7)) {
        if (entries.length === 0 || !/,$/.test(entries.at(-1) ?? '')) break;
        if (blockRole(following.text) || /^\d/.test(following.text)) break;
        entries.push(...linesOf(following));
      }
      // Or one person to a line, in paragraphs, as a PDF's list comes out of conversion: "MEMBERS
      // PRESENT: Mr. James Haden (Chairperson)", then "Ms. Jana Hartenstine", "Mr. PJ Henningson" …;
      // "Present:" then six trustees, then the student trustee and the chancellor apart.
      // Or a list one a line of a name and a post after its comma, whatever the posts.
      // "Councilmember Claude Wells - excused" among those present sent apologies.
      const takeExcused = () => {
        if (block.role !== 'present') return;
        const kept = entries.filter((entry) => {
          const { name, excused } = presentEntry(entry);
          if (!excused || !listedPerson(name)) return true;
          noteAll(attendance.apologies, personInCell(name));
          return false;
        });
        entries.splice(0, entries.length, ...kept);
      };
      const bare = entries.map((entry) =>
        block.role === 'present' ? presentEntry(entry).name : entry,
      );
      const onePerParagraph =
        bare.length >= 1 &&
        (bare.every(listedPerson) ||
          (bare.length >= 3 && bare.every((entry) => listedPerson(entry) || namePost(entry))));
      if (onePerParagraph) entries.push(...peopleFrom(from));
      takeExcused();
      // "Attendees:" beside a list of the members present ("Directors present:") are the others.
      const role =
        block.role === 'present' && /^attendees\b/i.test(paragraph.text) && membersListed(blocks)
          ? 'inAttendance'
          : block.role;
      // "Commissioners Present: President Rob Bishop, …, and Chuck Pavlik were present. Rohleder
      // arrived shortly after …": the list ends its sentence; who arrived later was present too; the
      // posts before members' names are their offices on the body, not officers' posts.
      const members = membersPresent.test(paragraph.text);
      // "… Trustee Joanne Ahola Also present were David W. Gordon, …": the members' list ends where
      // the others' starts (read by the roll call below).
      const othersAt = members ? entries.join(' ').search(/\b(?:also|others?)\s+present\b/i) : -1;
      if (othersAt > 0) entries.splice(0, entries.length, entries.join(' ').slice(0, othersAt));
      const sentence = members
        ? /^(.*?)\s+(?:were|was)\s+(?:all\s+)?present\b\.?(.*)$/s.exec(entries.join(' '))
        : null;
      const late = sentence
        ? [...(sentence[2] ?? '').matchAll(arrivedLate)].map((match) => match[1] ?? '')
        : [];
      const listed = (
        onePerParagraph && entries.length > 1
          ? entries.flatMap((entry) => personInCell(entry))
          : namesInBlock(
              (sentence ? [sentence[1] ?? ''] : entries).map((entry) =>
                members ? entry.replace(boardOffice, '$1') : entry,
              ),
            )
      ).map((name) => (members ? name.replace(boardOffice, '') : name));
      if (sentence) rollCallText = (sentence[2] ?? '').trim();
      noteAll(attendance[role], [...listed, ...late]);
      if (members) declaredMembers.push(...listed, ...late);
      if (block.role === 'present')
        guests.push(...(onePerParagraph ? entries : [entries.join(' ')]).flatMap(guestsIn));
    }
    // "Board Members" / "Staff Members" / "Legal Counsel" over one person a line: a group the
    // minutes list under its name, with no word saying present; only a list of people counts.
    const [head = '', ...under] = linesOf(paragraph);
    const group = block ? undefined : groupRole(head);
    if (group) {
      // The people under it, in its paragraph or the next ones ("## City Commission", then "Mayor
      // Vince Lago", "Vice Mayor Rhonda Anderson" … a paragraph each), up to anything else.
      const listed = under.length > 0 ? under : peopleFrom(index + 1);
      const entries = listed.map((entry) =>
        group === 'present' ? presentEntry(entry) : { name: entry, excused: false },
      );
      if (entries.length > 0 && entries.every(({ name }) => listedPerson(name)))
        for (const { name, excused } of entries)
          noteAll(attendance[excused ? 'apologies' : group], personInCell(name));
    }
    // A roll call says itself what it records, wherever the minutes put it (after the members'
    // list, when that was read above).
    for (const [sentence, role] of rollCallSentences) {
      const match = sentence.exec(rollCallText);
      if (!match?.[1]) continue;
      for (const group of byRole(match[1], role))
        noteAll(attendance[group.role], splitNames(group.text));
    }
    // Or straight under a heading that names them ("1. Welcome and Apologies"), however the items'
    // numbering was read.
    const heading = textAbove(paragraph.number);
    const underApologies =
      heading !== undefined && /^\d[\d./]*\.?\s+.*\bapolog/i.test(heading.text);
    if (!inApologyItem(paragraph.number) && !underApologies) continue;
    for (const sentence of apologySentences) {
      const match = sentence.exec(paragraph.text);
      // "… from Tom Foy (TF) who was unavoidably detained", "… Glen Kaveny and from representatives
      // of …": the names end where the reason or another kind of sender starts.
      const names = match?.[1]?.replace(
        /\s+(?:who|as\s+(?:he|she|they)|due\s+to|because|owing\s+to|and\s+from)\b.*$/i,
        '',
      );
      if (names) noteAll(attendance.apologies, splitNames(names));
    }
    const substitute = substituteSentence.exec(paragraph.text);
    if (substitute?.[1]) noteAll(attendance.substitutes, splitNames(substitute[1]));
  }
  // Officers a "Present:" list names by their post ("Town Manager Andrew Dorsett", "Mr Richard
  // Nolan, Assistant Clerk") and members of other councils ("County Cllr Webb") attend; they are
  // not members.
  const guest = new Set(guests.map((name) => stripMemberTitle(name)));
  const officers = attendance.present.filter(
    (name) =>
      !declaredMembers.includes(name) &&
      (officerPost.test(name) || staffPost.test(name) || guest.has(stripMemberTitle(name))),
  );
  // "Parish Clerk Ms E Lewis": the person, as the list names them after their post.
  noteAll(
    attendance.inAttendance,
    officers.map((name) =>
      name.replace(/^(?:\p{L}+\s+){1,3}(?=(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu})/u, ''),
    ),
  );
  // "Hernandez" from a vote's "ABSENT: Hernandez" is the "Uriel Hernandez" the roll call names.
  for (const role of ['present', 'apologies', 'inAttendance'] as const) {
    const list = attendance[role];
    attendance[role] = list.filter(
      (name) =>
        /\s/.test(name) ||
        !list.some((other) => other !== name && other.split(/\s+/).at(-1) === name),
    );
  }
  // "City Manager Holly Smith" is the "Holly Smith" listed already, her post read into her name
  // from the line above ("Gina Chamness, City Manager" / "Holly Smith, Assistant City Manager").
  const everyone = [...attendance.present, ...attendance.apologies, ...attendance.inAttendance];
  const postBefore = new RegExp(
    String.raw`^(?:(?:town|city|county|village|assistant|deputy|executive|finance|chief|senior|general)\s+)*(?:${officerPosts})\s+`,
    'i',
  );
  attendance.inAttendance = attendance.inAttendance.filter((name) => {
    const post = postBefore.exec(name)?.[0];
    return !post || !everyone.includes(name.slice(post.length));
  });
  // One person, one list: someone read as attending in a post is not also a member present, unless
  // a list of the members present names them (two people may share a name: "S James").
  attendance.present = attendance.present.filter(
    (name) =>
      declaredMembers.includes(name) ||
      (!attendance.inAttendance.includes(name) && !officers.includes(name)),
  );
  return attendance;
};

/** Words of a post written after a name and a comma ("Dr. Brian King, Chancellor"), not of another name. */
const postWord =
  /\b(?:president|chair(?:man|woman|person)?|secretary|treasurer|trustee|members?|manager|director|clerk|officer|counsel|attorney|chancellor|superintendent|councill?or|commissioner|mayor|engineer|planner|head(?:teacher)?|teacher|coordinator|assistant|administrator|adviser|advisor|representative|student|staff|deputy|vice|executive|governor|principal|supervisor|auditor|consultant)\b/i;

/** A person's entry whose words after a comma, if any, are a post: one person, not two names. */
/** A name, and a post after its comma whatever the post: "Liz Theriault, Policy & Comms Analyst". */
const namePost = (entry: string): boolean =>
  /^[^,]+,[^,]+$/.test(entry) && personEntry(entry.slice(0, entry.indexOf(',')));

const listedPerson = (text: string): boolean => {
  const comma = text.indexOf(',');
  return personEntry(text) && (comma < 0 || postWord.test(text.slice(comma + 1)));
};

/**
 * One person's entry, alone on its line: a name with a courtesy title and a role in brackets, or
 * with the post after a comma ("Ms. Linda Keich, Clerk to Historic District Commission").
 */
const personEntry = (text: string): boolean => {
  const [name = '', ...post] = text
    .replace(/\s*\([^)]*\)\s*$/, '')
    // "Michael McKibbin, Ed.D., president": a degree or honour after the name is part of it.
    .replace(/,\s*(?:Ed\.D|Ph\.D|M\.D|J\.D|Jr|Sr|OBE|MBE|CBE|QC|KC|JP|DL)\.?(?=,|$)/g, '')
    .split(',');
  const words = name.trim().split(/\s+/).length;
  return (
    post.length <= 1 &&
    words >= 2 &&
    words <= 5 &&
    !/^(?:[IVXLC]+|\d+|[A-Za-z])[.)]\s/.test(text) &&
    !/[.;:]$/.test(text) &&
    splitNames(name).length === 1 &&
    (post.length === 0 || /^\s*\p{Lu}/u.test(post[0] ?? '') || postWord.test(post[0] ?? ''))
  );
};

/**
 * People listed one to a numbered line below a line, "N. Name - post" or "N. Name (post)", while
 * the numbers run on (page numbers and footers between them are passed over); nothing unless the
 * list starts at 1 and every entry is a person.
 */
const numberedPeople = (lines: readonly CleanLine[], after: number): string[] => {
  const entries: string[] = [];
  let between = 0;
  for (const line of lines) {
    if (line.number <= after || line.text === '') continue;
    const entry = /^(\d{1,3})[.)]\s+(.+)$/.exec(line.text);
    // An entry wrapped onto the next line ("i. Council)"), a page's footer: passed over.
    if (!entry) {
      if (entries.length > 0 && ++between <= 2) continue;
      break;
    }
    between = 0;
    if (Number(entry[1]) !== entries.length + 1) break;
    entries.push(entry[2] ?? '');
  }
  if (entries.length < 2) return [];
  // "Trophius Kufanga - Council Secretary", "Jimmy Mubanga (Director Finance)": the name ends at
  // the separator; every entry must have one and a name before it.
  if (entries.every((entry) => /\s[-–—]\s|\(/.test(entry))) {
    const names = entries.map((entry) => splitNames(entry.split(/\s+[-–—]\s+|\s*\(/)[0] ?? ''));
    return names.every((name) => name.length === 1) ? names.flat() : [];
  }
  return namesBeforeRoles(entries);
};

/** "Council Member . . . . . . Nathan Memmott": a post, dot leaders, a name. */
const dottedEntry = /^(\p{L}[\p{L} '’-]{1,40}?)\s*(?:\.\s?){3,}\s*(\p{Lu}.*)$/u;
/** The posts of a council's own members, as a roster gives them. */
const memberPost =
  /\b(?:mayor|council\s*member|councill?or|councilman|councilwoman|commissioner|trustee|alderm[ae]n|selectm[ae]n|supervisor|chair(?:man|woman|person)?|president)\b/i;

/** The entries of a roster set with dot leaders just below a line, to the first line that is not one. */
const dottedRoster = (
  lines: readonly CleanLine[],
  after: number,
): { post: string; name: string }[] => {
  const roster: { post: string; name: string }[] = [];
  for (const line of lines) {
    if (line.number <= after || (line.text === '' && roster.length === 0)) continue;
    const entry = dottedEntry.exec(line.text);
    const name = entry?.[2] ? splitNames(entry[2]) : [];
    if (!entry || name.length !== 1) break;
    roster.push({ post: entry[1] ?? '', name: name[0] ?? '' });
  }
  return roster.length >= 2 ? roster : [];
};

/**
 * "Sayford Muleya Community Member", "Jimmy Simubali Village Headman": a list whose entries run
 * the name into a role with no separator. Only the roles the list repeats (two words, two times or
 * more, ending most of its entries) are known to be roles; entries ending otherwise are left out.
 */
const namesBeforeRoles = (entries: readonly string[]): string[] => {
  const tail = (entry: string) => entry.split(/\s+/).slice(-2).join(' ');
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(tail(entry), (counts.get(tail(entry)) ?? 0) + 1);
  const roles = new Set([...counts].filter(([, count]) => count >= 2).map(([role]) => role));
  const withRole = entries.filter((entry) => roles.has(tail(entry)));
  if (withRole.length < entries.length * 0.6) return [];
  return withRole.flatMap((entry) => {
    const name = splitNames(entry.split(/\s+/).slice(0, -2).join(' '));
    return name.length === 1 && (name[0] ?? '').split(/\s+/).length >= 2 ? name : [];
  });
};

/** A member's office on the body, before the name: "President Rob Bishop", "Vice-President Jan Power". */
const boardOffice =
  /(^|,\s*(?:and\s+)?)(?:(?:vice[- ]?)?(?:president|chair(?:man|woman|person)?)|secretary|treasurer|secretary[- ]treasurer)\s+(?=\p{Lu})/giu;
/** "Rohleder arrived shortly after the meeting began": a member who came late. */
const arrivedLate = /(?:^|[.;])\s*((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]+)\s+arrived\b/gu;

/** "Councilmember Claude Wells - excused": a member listed with those present, who sent apologies. */
const excusedMark = /\s*(?:[-–—]\s*|\(\s*)(?:excused|absent)\)?\.?$/i;
/** An entry of a list of those present: the name without its "- excused" mark, and whether it had one. */
const presentEntry = (entry: string): { name: string; excused: boolean } => {
  const name = entry.replace(excusedMark, '');
  return { name, excused: name !== entry };
};

/** Whether the minutes list the members present under a label that says they are members. */
const membersPresent = new RegExp(String.raw`^${memberGroups}\s+present\b`, 'i');
const membersListed = (blocks: readonly Paragraph[]): boolean =>
  blocks.some((block) => membersPresent.test(block.text));

/** Alternatives whose words match in lower case, capitalised or in capitals (the name beside them may not). */
const anyCase = (alternatives: string) =>
  alternatives
    .split('|')
    .flatMap((words) => [
      words,
      words.replace(/\b\p{Ll}/gu, (letter) => letter.toUpperCase()),
      words.toUpperCase(),
    ])
    .map((words) => words.replace(/ /g, '\\s+'))
    .join('|');

/** A person's name as a list writes it, with a courtesy title. */
const listedName = String.raw`((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)`;
/**
 * "Mr Richard Nolan, Assistant Clerk", "Dave Horkan (Clerk)": a name, then an officer's post that
 * ends its entry (in "Roger Emerson, Town Manager Andrew Dorsett" the post is the next name's).
 */
const nameThenPost = new RegExp(
  String.raw`${listedName}\s*(?:,\s*|\(\s*)(?:[Tt]he\s+)?(?:(?:${anyCase('assistant|locum|deputy|parish|town|city|acting|interim')})\s+)?(?:${anyCase('clerk|rfo|responsible financial officer|minute-taker|minute taker|city manager|town manager|general manager|port manager|solicitor|attorney|legal counsel|engineer|planner|chancellor|superintendent')})(?=\s*(?:[,;.)]|$|(?:and|&)\s))`,
  'gu',
);
/** "County Cllr Webb", "District Councillor A Smith": a member of another council. */
const otherCouncillor = new RegExp(
  String.raw`\b(?:county|district|borough)\s+(?:cllrs?\.?|councillors?)\s+${listedName}`,
  'giu',
);

/** The people a "Present:" list names as officers or members of other councils. */
const guestsIn = (text: string): string[] =>
  [
    // Not a councillor's name ("Cllr A Jones, Assistant Clerk, …" lists two people).
    ...[...text.matchAll(nameThenPost)].filter(
      (match) =>
        !/^(?:cllrs?|councillors?)\b/i.test(match[1] ?? '') &&
        !/\b(?:cllrs?|councillors?)\.?\s+(?:\p{Lu}[\p{L}.'’-]*\s+)*$/iu.test(
          text.slice(0, match.index),
        ),
    ),
    ...text.matchAll(otherCouncillor),
  ].flatMap((match) => splitNames(match[1] ?? ''));

const officerPost = new RegExp(
  String.raw`^(?:(?:town|city|county|village|borough|parish|assistant|deputy|executive|finance|planning|chief|principal|senior)\s+)*(?:${officerPosts})\s+\p{Lu}`,
  'iu',
);
/**
 * A staff post before a name, as US minutes list them among those present: "Fire Chief Chris
 * Dawson", "Director of Recreation Janell Payne", "GIS Coordinator Matt Jarman", "CFO Sunil Naidu".
 */
const staffPost =
  /^(?:(?:\p{Lu}[\p{L}]*|&)\s+){0,4}(?:Chief|Director|Manager|Coordinator|Analyst|Recorder|Transcriptionist|Administrator|Engineer|Attorney|CFO|CEO|COO)(?:\s+of\s+(?:\p{Lu}[\p{L}]*\s+|&\s+){1,3})?\s*\p{Lu}[\p{L}'’-]+\s+\p{Lu}/u;
