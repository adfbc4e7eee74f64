import { bulletStart, type CleanLine, paragraphs, sentences } from './lines.ts';
import type { Action } from './model.ts';
import { itemOf } from './resolutions.ts';
import type { itemSections } from './sections.ts';
import type { ParsedTable } from './tables.ts';

type Sections = ReturnType<typeof itemSections>;

/** "ACTION: Service Director for Education", "Action – J Smith to circulate the report". */
const actionLine = /^(?:action(?:ed)?(?:\s+by)?|owner)\s*[:–—-]\s*(.+)$/i;
/** "J Smith to circulate the report by 1 May" inside an action line. */
const ownerThenTask = /^([A-Z][\p{L}.'’&/ -]{1,60}?)\s+(?:to|will)\s+(.+)$/u;

/**
 * Who an action sentence names first, as town and parish minutes write them: the clerk, the chair,
 * a councillor, or members' initials ("NO/HD").
 */
const owner = String.raw`(?:the\s+)?(?:Clerk|Chair(?:man|woman|person)?|(?:Cllrs?\.?|Councillors?)\s+[A-Z][\p{L}'’-]+(?:\s*(?:&|and)\s*[A-Z][\p{L}'’-]+)?|[A-Z]{2,3}(?:\s*[/&]\s*[A-Z]{2,3})*)`;
/** "Clerk to contact another agent", "NO/HD to prepare …", "Clerk will write", "Clerk inform Mr P". */
const actionSentence = new RegExp(
  String.raw`^(?:[Aa]ctions?\s*[-–—:]\s*)?(${owner})\s+(?:(?:to|will)\s+(?!be\b|have\b)[a-z]|(?:ask|inform|email|e-mail|notify|write|contact|chase|send|circulate|arrange|obtain|check|order|book|reply|respond)\s)`,
  'u',
);

/**
 * Actions: "ACTION:" lines (the owner; the task is the paragraph above when the line names only
 * an owner) and rows of action tables with an owner column.
 */

/** The paragraph (or bullet point) just above a line: back to a blank line or the bullet's start. */
const paragraphBefore = (
  lines: readonly CleanLine[],
  raw: readonly string[],
  index: number,
): CleanLine[] => {
  const paragraph: CleanLine[] = [];
  for (let cursor = index - 1; cursor >= 0; cursor--) {
    const line = lines[cursor];
    if (!line) break;
    if (line.text === '') {
      if (paragraph.length > 0) break;
      continue;
    }
    paragraph.unshift(line);
    if (bulletStart.test(raw[line.number - 1] ?? '') || paragraph.length >= 12) break;
  }
  return paragraph;
};

/** Sentences of the minutes' paragraphs that give someone a task. */
const actionSentences = (lines: readonly CleanLine[], raw: readonly string[]) =>
  paragraphs(lines).flatMap((paragraph) =>
    // Rows of a table laid out with tabs are read as the table's, not as sentences.
    raw.slice(paragraph.number - 1, paragraph.endLine).some((line) => line.includes('\t'))
      ? []
      : sentences(paragraph.text)
          // An item's title may lead the sentence: "2733. Website: Cllr Richards will update it."
          .map((sentence) => {
            const trimmed = sentence.trim();
            if (actionSentence.test(trimmed)) return trimmed;
            const after = /^.{1,80}?:\s+(.*)$/.exec(trimmed)?.[1];
            return after && actionSentence.test(after) ? after : '';
          })
          .filter((sentence) => sentence !== '')
          .map((sentence) => {
            const text = sentence.replace(/^actions?\s*[-–—:]\s*/i, '').replace(/\.$/, '');
            return {
              owner: actionSentence.exec(sentence)?.[1]?.trim() ?? '',
              text,
              line: paragraph.number,
              endLine: paragraph.endLine,
            };
          }),
  );

export const readActions = (
  lines: readonly CleanLine[],
  raw: readonly string[],
  sections: Sections,
  tables: readonly ParsedTable[],
): Action[] => {
  const found: Action[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const match = line && actionLine.exec(line.text);
    if (!line || !match?.[1]) continue;
    const content = match[1].trim();
    const split = ownerThenTask.exec(content);
    if (split?.[1] && split[2]) {
      found.push({
        item: itemOf(sections, line.number),
        owner: split[1].trim(),
        text: split[2].trim(),
        line: line.number,
      });
      continue;
    }
    const paragraph = paragraphBefore(lines, raw, index);
    if (paragraph.length === 0) continue;
    const text = paragraph
      .map((candidate) => candidate.text)
      .join(' ')
      .replace(/\s+/g, ' ');
    found.push({
      item: itemOf(sections, line.number),
      owner: content.replace(/\.$/, ''),
      text,
      line: paragraph[0]?.number ?? line.number,
      endLine: line.number,
    });
  }
  for (const action of actionSentences(lines, raw)) {
    if (found.some((known) => known.line === action.line || known.text.includes(action.text)))
      continue;
    found.push({ item: itemOf(sections, action.line), ...action });
  }
  for (const table of tables) {
    const owner = table.columns.findIndex((column) =>
      /^(?:owner|responsib|lead|by whom|who|officer)/i.test(column),
    );
    const task = table.columns.findIndex((column) => /^(?:action|task|what)/i.test(column));
    if (owner < 0 || task < 0) continue;
    const item = table.columns.findIndex((column) => /^(?:item|minute|ref|no\.?)$/i.test(column));
    for (const [rowIndex, row] of table.rows.entries()) {
      const text = row[task]?.trim();
      const who = row[owner]?.trim();
      if (text && who) {
        found.push({
          item: item >= 0 ? (row[item] ?? null) || null : itemOf(sections, table.line),
          owner: who,
          text,
          line: table.line + rowIndex + 1,
        });
      }
    }
  }
  return found;
};
