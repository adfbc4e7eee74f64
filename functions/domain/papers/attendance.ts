import { type CleanLine, paragraphs } from './lines.ts';
import type { Attendance, PaperTable, Section } from './model.ts';
import { splitNames } from './names.ts';

type Role = keyof Attendance;

/** Labels of attendance blocks, as councils write them. Order matters: the first match wins. */
const blockLabels: readonly [RegExp, Role][] = [
  [
    /^(?:members\s+present|councillors\s+present|commissioners\s+present|present|attendees|in\s+the\s+chair|roll\s+call|(?:é|e)taient\s+pr(?:é|e)sents?|pr(?:é|e)sents?)\b\s*:?/i,
    'present',
  ],
  [
    /^(?:apologies(?:\s+for\s+absence)?(?:\s+were\s+received\s+from)?|absent|members\s+absent|(?:é|e)taient\s+absents?(?:\s+et\s+excus(?:é|e)s)?|absents?\s+excus(?:é|e)s|excus(?:é|e)s)\s*:?/i,
    'apologies',
  ],
  [
    /^(?:others?\s+in\s+attendance|staff(?:\s+present)?|in\s+attendance|also\s+(?:present|in\s+attendance)|officers?(?:\s+present|\s+in\s+attendance)?|attending)\s*:?/i,
    'inAttendance',
  ],
  [/^(?:substitutes?|substitute\s+members?)\s*:?/i, 'substitutes'],
];

/** A label, followed by a colon or standing alone: "Present: …", "MEMBERS PRESENT". Prose is not a block. */
const blockRole = (text: string): { role: Role; rest: string } | undefined => {
  for (const [label, role] of blockLabels) {
    const match = label.exec(text);
    if (!match) continue;
    const rest = text.slice(match[0].length).trim();
    if (match[0].trim().endsWith(':') || rest === '') return { role, rest };
  }
  return undefined;
};

/** "Councillors Adoh, Hussein and Jones had given their apologies", "Apologies were received from …". */
const apologySentences = [
  /apologies\s+(?:for\s+absence\s+)?(?:were|had\s+been)\s+(?:received|submitted|given|tendered|noted)(?:\s+and\s+(?:accepted|noted|approved))?\s+from\s+([^.]+)/i,
  /(?:^|\.\s+|that\s+)((?:councillors?|cllrs?\.?)\s+[^.]+?)\s+(?:had\s+)?(?:given|sent|submitted|tendered)\s+(?:their\s+)?apologies/i,
];

/** How US minutes record a roll call in sentences (names may carry initials: "Jesus M. Gomez"). */
const rollCallSentences: readonly [RegExp, Role][] = [
  [
    /\b(?:responding\s+to\s+(?:the\s+)?roll\s+call|(?:members\s+)?present)\s+were\s+((?:[^.]|\b[A-Z]\.)+?)(?:\s+in\s+person)?\./i,
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
    /\balso\s+(?:participating|present|in\s+attendance)\s+were\s+((?:[^.]|\b[A-Z]\.)+)\./i,
    'inAttendance',
  ],
];

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

export const readAttendance = (
  lines: readonly CleanLine[],
  sections: readonly Section[] = [],
  tables: readonly PaperTable[] = [],
): Attendance => {
  // Sentences about apologies count only in an apologies item (or where items are not numbered):
  // elsewhere they are often corrections to the minutes of an earlier meeting.
  const apologyItems = sections.filter((section) =>
    /apolog|attendance|substitut|present/i.test(section.title),
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
  fromTables(tables, attendance);
  const blocks = paragraphs(lines);
  for (const [index, paragraph] of blocks.entries()) {
    const block = blockRole(paragraph.text);
    // A heading such as "1 APOLOGIES FOR ABSENCE" is an item, handled by the sentences below.
    if (block && !/^\d/.test(paragraph.text)) {
      // "MEMBERS PRESENT" alone: the names are the next paragraph.
      const next = blocks[index + 1];
      const names = block.rest
        ? block.rest
        : next && !blockRole(next.text) && !/^\d/.test(next.text)
          ? next.text
          : '';
      noteAll(attendance[block.role], splitNames(names));
    }
    if (!inApologyItem(paragraph.number)) continue;
    for (const sentence of apologySentences) {
      const match = sentence.exec(paragraph.text);
      if (match?.[1]) noteAll(attendance.apologies, splitNames(match[1]));
    }
    for (const [sentence, role] of rollCallSentences) {
      const match = sentence.exec(paragraph.text);
      if (match?.[1]) noteAll(attendance[role], splitNames(match[1]));
    }
    const substitute = substituteSentence.exec(paragraph.text);
    if (substitute?.[1]) noteAll(attendance.substitutes, splitNames(substitute[1]));
  }
  return attendance;
};
