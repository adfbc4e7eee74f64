import type { CleanLine } from './lines.ts';
import type { Action } from './model.ts';
import { itemOf } from './resolutions.ts';
import type { itemSections } from './sections.ts';
import type { ParsedTable } from './tables.ts';

type Sections = ReturnType<typeof itemSections>;

/** "ACTION: Service Director for Education", "Action – J Smith to circulate the report". */
const actionLine = /^(?:action(?:ed)?(?:\s+by)?|owner)\s*[:–—-]\s*(.+)$/i;
/** "J Smith to circulate the report by 1 May" inside an action line. */
const ownerThenTask = /^([A-Z][\p{L}.'’& -]{1,60}?)\s+to\s+(.+)$/u;

/**
 * Actions: "ACTION:" lines (the owner; the task is the paragraph above when the line names only
 * an owner) and rows of action tables with an owner column.
 */
const bullet = /^\s*(?:[-*•▪●◦]|\u2022)\s+/;

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
    if (bullet.test(raw[line.number - 1] ?? '') || paragraph.length >= 12) break;
  }
  return paragraph;
};

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
