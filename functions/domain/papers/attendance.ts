import type { CleanLine } from './lines.ts';
import type { Attendance, Section } from './model.ts';
import { splitNames } from './names.ts';

type Role = keyof Attendance;

/** Labels of attendance blocks, as councils write them. Order matters: the first match wins. */
const blockLabels: readonly [RegExp, Role][] = [
  [
    /^(?:members\s+present|councillors\s+present|present|attendees|in\s+the\s+chair)\b\s*:?/i,
    'present',
  ],
  [
    /^(?:apologies(?:\s+for\s+absence)?(?:\s+were\s+received\s+from)?|absent|members\s+absent)\s*:?/i,
    'apologies',
  ],
  [
    /^(?:others?\s+in\s+attendance|in\s+attendance|also\s+(?:present|in\s+attendance)|officers?(?:\s+present|\s+in\s+attendance)?|attending)\s*:?/i,
    'inAttendance',
  ],
  [/^(?:substitutes?|substitute\s+members?)\s*:?/i, 'substitutes'],
];

const blockRole = (text: string): { role: Role; rest: string } | undefined => {
  for (const [label, role] of blockLabels) {
    const match = label.exec(text);
    if (match) return { role, rest: text.slice(match[0].length).trim() };
  }
  return undefined;
};

/** "Councillors Adoh, Hussein and Jones had given their apologies", "Apologies were received from …". */
const apologySentences = [
  /apologies\s+(?:for\s+absence\s+)?(?:were|had\s+been)\s+(?:received|submitted|given|tendered|noted)\s+from\s+([^.]+)/i,
  /(?:^|\.\s+|that\s+)((?:councillors?|cllrs?\.?)\s+[^.]+?)\s+(?:had\s+)?(?:given|sent|submitted|tendered)\s+(?:their\s+)?apologies/i,
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
export const readAttendance = (
  lines: readonly CleanLine[],
  sections: readonly Section[] = [],
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
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (!line) continue;
    const block = blockRole(line.text);
    // A heading such as "1 APOLOGIES FOR ABSENCE" is an item, handled by the sentences below.
    if (block && line.text.length < 400 && !/^\d/.test(line.text)) {
      const parts = block.rest ? [block.rest] : [];
      for (const next of lines.slice(index + 1, index + 12)) {
        if (next.text === '') {
          if (parts.length > 0) break;
          continue;
        }
        if (blockRole(next.text) || /^\d+\.?\s/.test(next.text)) break;
        parts.push(next.text);
      }
      const names = splitNames(parts.join(', '));
      if (names.length > 0 && names.length >= parts.length) noteAll(attendance[block.role], names);
    }
    if (!inApologyItem(line.number)) continue;
    for (const sentence of apologySentences) {
      const match = sentence.exec(line.text);
      if (match?.[1]) noteAll(attendance.apologies, splitNames(match[1]));
    }
    const substitute = substituteSentence.exec(line.text);
    if (substitute?.[1]) noteAll(attendance.substitutes, splitNames(substitute[1]));
  }
  return attendance;
};
