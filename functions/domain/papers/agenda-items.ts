import { type CleanLine, cleanLine } from './lines.ts';
import type { AgendaItem } from './model.ts';
import { numberParts, parseHeading, plausiblyNext } from './sections.ts';
import { findTime } from './times.ts';

const pagesPattern = /\(?\s*pages?\s+(\d+\s*[-–]\s*\d+|\d+)\s*\)?|^(\d+\s*[-–]\s*\d+|\d{1,4})$/i;
const timeCell = /^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)$/i;

const normalisePages = (text: string) => text.replace(/\s*[-–]\s*/, ' - ');

/** "MINUTES OF THE PREVIOUS MEETING To approve …": the capitalised run is the title, the rest describes it. */
const splitTitle = (text: string): { title: string; description: string | null } => {
  const upperRun = /^((?:[A-Z0-9&'’(),/-]+\s+)*[A-Z0-9&'’(),/-]{2,})\s+([A-Z][a-z].*)$/.exec(text);
  if (upperRun?.[1] && upperRun[2] && upperRun[1].replace(/[^A-Z]/g, '').length >= 4)
    return { title: upperRun[1], description: upperRun[2] };
  return { title: text, description: null };
};

const fromTabRow = (raw: string, number: number): AgendaItem | undefined => {
  const cells = raw.split('\t').map(cleanLine);
  while (cells.length > 0 && cells[0] === '') cells.shift();
  const [first = '', ...rest] = cells;
  let itemNumber: string | undefined;
  let titleText: string;
  const leading = /^(\d{1,3}[a-z]?)\.?\s+(.+)$/.exec(first);
  if (leading?.[1] && leading[2]) {
    itemNumber = leading[1];
    titleText = leading[2];
  } else if (/^\d{1,3}[a-z]?\.?$/.test(first)) {
    itemNumber = first.replace(/\.$/, '');
    titleText = rest.shift() ?? '';
  } else return undefined;
  if (!titleText || !/[A-Za-z]{3}/.test(titleText)) return undefined;
  let time: string | null = null;
  let pages: string | null = null;
  for (const cell of rest) {
    if (!time && timeCell.test(cell))
      time =
        findTime(
          cell.includes(':') || /[ap]\.?m/i.test(cell) ? cell : `${cell.replace('.', ':')}`,
        ) ?? null;
    else if (!pages && pagesPattern.test(cell))
      pages = normalisePages(pagesPattern.exec(cell)?.[1] ?? pagesPattern.exec(cell)?.[2] ?? '');
  }
  const { title, description } = splitTitle(titleText);
  return { number: itemNumber, title, time, pages: pages || null, description, line: number };
};

/** "MINUTES 10:35 5 - 10", "Minutes (Pages 5 - 12)", "Budget 7.30 pm": time and pages after the title. */
/** "(Pages 5 - 12)", "(Page 73)", "Pages 5-12" at the end of the line. */
const statedPages = /\(?\s*pages?\s+(\d+(?:\s*[-–]\s*\d+)?)\s*\)?\s*$/i;
/** "MINUTES 10:35 5 - 10": a time, then (only after a time) a bare page range. */
const timeThenPages =
  /^(.*?)\s+(\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s+(\d+\s*[-–]\s*\d+|\d+))?$/i;

const fromHeading = (line: CleanLine): AgendaItem | undefined => {
  const parsed = parseHeading(line.text);
  if (!parsed) return undefined;
  const stated = statedPages.exec(line.text)?.[1];
  // A bare range in a title ("Policy 2023 - 2028") is part of the title, not its pages.
  const timed = timeThenPages.exec(parsed.title);
  const time = timed?.[2]
    ? (findTime(/[:]|[ap]\.?m/i.test(timed[2]) ? timed[2] : timed[2].replace('.', ':')) ?? null)
    : null;
  const { title, description } = splitTitle(
    (time ? (timed?.[1] ?? parsed.title) : parsed.title).trim(),
  );
  const pages = stated ?? (time ? timed?.[3] : undefined);
  return {
    number: parsed.number,
    title,
    time,
    pages: pages ? normalisePages(pages) : null,
    description,
    line: line.number,
  };
};

/**
 * The longest run of candidates whose numbers follow one another (`plausiblyNext`): a street
 * number ("4045 Palos Verdes Drive") or a boilerplate list above the agenda is a run of its own
 * and loses to the agenda's items.
 */
const longestSequence = (candidates: readonly AgendaItem[]): AgendaItem[] => {
  const length = candidates.map(() => 1);
  const previous = candidates.map(() => -1);
  for (let index = 0; index < candidates.length; index++) {
    const item = candidates[index];
    if (!item) continue;
    for (let before = 0; before < index; before++) {
      const earlier = candidates[before];
      if (!earlier || !plausiblyNext(earlier.number, item.number)) continue;
      if ((length[before] ?? 0) + 1 > (length[index] ?? 0)) {
        length[index] = (length[before] ?? 0) + 1;
        previous[index] = before;
      }
    }
  }
  let end = length.reduce((best, value, index) => (value > (length[best] ?? 0) ? index : best), 0);
  const chain: AgendaItem[] = [];
  while (end >= 0 && candidates[end]) {
    chain.unshift(candidates[end] as AgendaItem);
    end = previous[end] ?? -1;
  }
  return chain;
};

/**
 * The items of an agenda or minutes: numbered rows of its table (tab-laid, with time and page
 * cells) or numbered headings ("5. Minutes (Pages 5 - 12)"), kept when their numbers form the
 * longest sequence, which stops at the end of the agenda in a pack.
 */
export const readAgendaItems = (
  lines: readonly CleanLine[],
  raw: readonly string[],
): AgendaItem[] => {
  const candidates: AgendaItem[] = [];
  for (const [index, line] of lines.entries()) {
    const source = raw[line.number - 1] ?? '';
    const found =
      (source.includes('\t') ? fromTabRow(source, line.number) : undefined) ?? fromHeading(line);
    if (!found) continue;
    // Page references set on the line below the title, right-aligned: "(Pages 5 - 14)".
    const below = lines.slice(index + 1).find((candidate) => candidate.text !== '')?.text ?? '';
    const pagesBelow = /^\(?\s*(?:[^()]*\/\s*)?pages?\s+(\d+(?:\s*[-–]\s*\d+)?)\s*\)?$/i.exec(
      below,
    )?.[1];
    candidates.push(
      found.pages === null && pagesBelow ? { ...found, pages: normalisePages(pagesBelow) } : found,
    );
  }
  return withSubItems(longestSequence(candidates), candidates);
};

/**
 * Sub-items printed under an item with numbering of their own ("1.", "2." under "4."; "A.", "B."
 * under "10."): a run numbered from the start, of two or more, between the item and the next,
 * numbered under it ("4.1", "10.A") as the item's own number does not repeat.
 */
const withSubItems = (
  top: readonly AgendaItem[],
  candidates: readonly AgendaItem[],
): AgendaItem[] => {
  const result: AgendaItem[] = [];
  for (const [index, parent] of top.entries()) {
    result.push(parent);
    const next = top[index + 1];
    if (!next) break;
    const gap = candidates.filter((item) => item.line > parent.line && item.line < next.line);
    const [first, ...rest] = gap;
    if (!first || numberParts(first.number).join('.') !== '1' || /\./.test(first.number)) continue;
    const run = [first];
    for (const item of rest) {
      const last = run.at(-1);
      if (last && plausiblyNext(last.number, item.number) && !/\./.test(item.number))
        run.push(item);
      else break;
    }
    if (run.length < 2 || run.length !== gap.length) continue;
    for (const child of run) result.push({ ...child, number: `${parent.number}.${child.number}` });
  }
  return result;
};
