import { type CleanLine, cleanLine } from './lines.ts';

/** A label heading a second column, at the end of its line: "Councilmembers:      City Staff:". */
const rightLabel = /\S {3,}(\S(?:[^:]{0,40}\S)?:)\s*$/;

/** Where a line's text breaks at a column: the left part ends, two spaces or more, the right starts near `column`. */
const splitAt = (raw: string, column: number): { left: string; right: string } | undefined => {
  if (raw.trim() === '') return undefined;
  const firstText = raw.search(/\S/);
  // Only the right column on this line.
  if (firstText >= column - 4) return { left: '', right: raw.trim() };
  // Only the left column: it ends before the gap.
  if (raw.trimEnd().length < column - 1) return { left: raw.trim(), right: '' };
  for (const gap of raw.matchAll(/ {2,}/g)) {
    const end = (gap.index ?? 0) + gap[0].length;
    if (end >= column - 4 && end <= column + 4 && (gap.index ?? 0) > firstText)
      return { left: raw.slice(0, gap.index).trim(), right: raw.slice(end).trim() };
  }
  // Text runs across the column: not two columns.
  return undefined;
};

/**
 * Lists set side by side under their labels ("Councilmembers:" beside "City Staff:", "Present:"
 * beside "Members of the Public:"), as a PDF's text lays them out: read column by column, the
 * left column's lines first, then the right's, each line keeping its number, so each label heads
 * its own names.
 */
export const labelledColumns = (
  lines: readonly CleanLine[],
  raw: readonly string[],
): CleanLine[] => {
  const blocks = new Map<number, { end: number; left: CleanLine[]; right: CleanLine[] }>();
  for (let number = 1; number <= raw.length; number++) {
    const trigger = raw[number - 1] ?? '';
    const label = rightLabel.exec(trigger);
    if (!label) continue;
    const column = trigger.lastIndexOf(label[1] as string);
    const left: CleanLine[] = [];
    const right: CleanLine[] = [];
    let end = number - 1;
    let bodyLines = 0;
    for (let at = number; at <= raw.length; at++) {
      const text = raw[at - 1] ?? '';
      if (text.trim() === '') {
        // One blank line may stand between the labels and their lists.
        if (at === number + 1) continue;
        break;
      }
      const parts = splitAt(text, column);
      if (!parts) break;
      if (parts.left) left.push({ number: at, text: cleanLine(parts.left) });
      if (parts.right) right.push({ number: at, text: cleanLine(parts.right) });
      if (at > number && parts.right) bodyLines++;
      end = at;
    }
    if (bodyLines === 0) continue;
    blocks.set(number, { end, left, right });
    number = end;
  }
  if (blocks.size === 0) return [...lines];
  const result: CleanLine[] = [];
  let skipUntil = 0;
  for (const line of lines) {
    if (line.number <= skipUntil) continue;
    const block = blocks.get(line.number);
    if (block) {
      // A blank line between the columns: each is a paragraph of its own.
      result.push(
        ...block.left,
        { number: block.right[0]?.number ?? line.number, text: '' },
        ...block.right,
      );
      skipUntil = block.end;
      continue;
    }
    result.push(line);
  }
  return result;
};
