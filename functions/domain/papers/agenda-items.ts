import { attendanceLabel, withHeadingItems } from './heading-items.ts';
import { bulletStart, type CleanLine, cleanLine } from './lines.ts';
import type { AgendaItem as ReadItem } from './model.ts';
import { numberedStart } from './numbering.ts';
import {
  legistarFileNumber,
  moverAndSeconder,
  parseHeading,
  plausiblyNext,
  romanValue,
} from './sections.ts';
import { findTime } from './times.ts';

/** An item read from its printed number; the headings' reading gives items without one. */
type NumberedItem = ReadItem & { readonly number: string };

const pagesPattern = /\(?\s*pages?\s+(\d+\s*[-–]\s*\d+|\d+)\s*\)?|^(\d+\s*[-–]\s*\d+|\d{1,4})$/i;
const timeCell = /^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)$/i;

const normalisePages = (text: string) => text.replace(/\s*[-–]\s*/, ' - ');

/** "MINUTES OF THE PREVIOUS MEETING To approve …": the capitalised run is the title, the rest describes it. */
const splitTitle = (text: string): { title: string; description: string | null } => {
  const upperRun = /^((?:[A-Z0-9&'’(),/-]+\s+)*[A-Z0-9&'’(),/-]{2,})\s+([A-Z][a-z].*)$/.exec(text);
  // "RESOLUTION (2019-37) Accept the …" is one title: the run must end on a word. A description
  // reads as a sentence ("Accept the grant"); words each capitalised after an acronym ("CMMS/GIS
  // Coordinator Position", "2019 ACWA Spring Conference") are the rest of the title.
  if (
    upperRun?.[1] &&
    upperRun[2] &&
    upperRun[1].replace(/[^A-Z]/g, '').length >= 4 &&
    /[A-Z]{2}[^\s]*$/.test(upperRun[1]) &&
    /\s\p{Ll}/u.test(upperRun[2])
  )
    return { title: upperRun[1], description: upperRun[2] };
  return { title: text, description: null };
};

const fromTabRow = (raw: string, number: number): NumberedItem | undefined => {
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
  // "1 ⇥ Orlikow / Browaty ⇥ That the Declaration …": a motion's mover and seconder, not an item.
  if (moverAndSeconder.test(titleText)) return undefined;
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

/** "Open Source Voting Project Plan (6:16 p.m.)": the time the minutes say the item was taken. */
const timeInBrackets =
  /^(.*?)\s*\((\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?)\)$/i;

const fromHeading = (line: CleanLine, standalone: boolean): NumberedItem | undefined => {
  const parsed = parseHeading(line.text, standalone);
  if (!parsed) return undefined;
  const stated = statedPages.exec(line.text)?.[1];
  // A bare range in a title ("Policy 2023 - 2028") is part of the title, not its pages.
  const timed = timeThenPages.exec(parsed.title) ?? timeInBrackets.exec(parsed.title);
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

/** Page references set on the line below the title, right-aligned: "(Tudalennau / Pages 5 - 14)". */
const pagesLine = /^\(?\s*(?:[^()]*\/\s*)?pages?\s+(\d+(?:\s*[-–]\s*\d+)?)\s*\)?$/i;

/** A line that holds only an item's time, and perhaps its pages: "10:40", "10:50 11 - 12". */
const timeLine = /^(\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)(?:\s+(\d+\s*[-–]\s*\d+|\d+))?$/i;

/** How wide the paper's lines run: the length most long lines reach (a wrapped line's length). */
const lineWidth = (lines: readonly CleanLine[]): number => {
  const lengths = lines
    .map((line) => line.text.length)
    .filter((length) => length > 0)
    .sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 0;
};

/** A line that ends mid-phrase: on a joining word, a comma or a dash. */
const endsMidPhrase =
  /(?:\b(?:and|or|of|the|for|to|in|on|at|by|with|from|a|an|between|into|under|regarding|re)|[,&–—-])$/i;
const isUpper = (text: string) => {
  const letters = text.replace(/[^\p{L}]/gu, '');
  // "2022" wrapped under a title in capitals goes on in its style.
  return letters === letters.toUpperCase();
};

/**
 * A title the typesetter wrapped: "PALOS VERDES … COMMITTEE AND" / "REGIONAL CONTRACT LAW …". The
 * next lines belong to the title when the heading line runs to the paper's width or stops
 * mid-phrase, and they go on in its style: in capitals after capitals, or (in sentence case) up to
 * the end of the sentence. A blank line, a labelled line ("Recommendation: …") or another
 * numbered line ends it.
 */
const continuedTitle = (
  title: string,
  line: CleanLine,
  after: readonly CleanLine[],
  width: number,
): string => {
  const wrapped = (text: string) => text.length >= width * 0.8 || endsMidPhrase.test(text);
  // A title the next line carries on in lower case ("That it BE NOTED that no pecuniary" /
  // "interests were disclosed.") wrapped, however short its line.
  const carriedOn = /^\p{Ll}/u.test(after[0]?.text ?? '');
  // A title in capitals goes on in capitals on the lines below it, up to a label ("LOCATION:
  // CITYWIDE") or a line in sentence case: "PLANNING APPLICATION NO. 220504" / "DETERMINATION …".
  const nextText = after[0]?.text ?? '';
  const capitalsGoOn =
    allCapitals(title) &&
    allCapitals(nextText) &&
    !/^[\p{Lu}][\p{L} /'’-]{1,30}:/u.test(nextText) &&
    !numberedStart.test(nextText);
  // Only a title that runs to the line's end can wrap: not one a colon or a dash ends ("Matters
  // Arising:-"), nor one followed on its line by what the item recorded ("Any Other Business: Cllr …").
  if (
    !(wrapped(line.text) || carriedOn || capitalsGoOn) ||
    /[.:;]-?$/.test(title) ||
    !line.text.trimEnd().endsWith(title.trim())
  )
    return title.replace(/(?<!\b(?:etc|no))\.$|\s*:-?$/i, '');
  const upper = isUpper(title);
  let joined = title;
  for (const next of after.slice(0, 4)) {
    const text = next.text;
    if (
      text === '' ||
      numberedStart.test(text) ||
      // A sub-item under the title: "(a) …", "a. Finance & Property", "ii) …".
      /^\(\w{1,4}\)\s|^(?:[a-z]|[ivx]{1,4})[.)]\s/.test(text) ||
      pagesLine.test(text) ||
      /^[\p{Lu}][\p{L} /'’-]{1,30}:/u.test(text)
    )
      break;
    if (upper && !isUpper(text)) break;
    const sentenceEnd = upper ? -1 : text.search(/[.;:](?:\s|$)/);
    joined = `${joined} ${sentenceEnd >= 0 ? text.slice(0, sentenceEnd) : text}`;
    if (sentenceEnd >= 0 || (!wrapped(text) && !(upper && capitalsGoOn))) break;
  }
  return joined.replace(/(?<!\b(?:etc|no))\.$/i, '');
};

/** A heading line of its own: short, capitalised, no sentence, no number. */
const headingAbove = (line: CleanLine): string | undefined =>
  /^\p{Lu}/u.test(line.text) &&
  !/[.;,:]$/.test(line.text) &&
  line.text.split(/\s+/).length <= 16 &&
  !numberedStart.test(line.text) &&
  !/^\(?\d{1,3}[.)]?$/.test(line.text)
    ? line.text
    : undefined;

const allCapitals = (text: string) => {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
};

/**
 * A US agenda's item title in capitals, however many lines it wraps over and whatever colons and
 * dashes it holds ("PUBLIC HEARING: SECOND READING AND ADOPTION BY REFERENCE OF" / "THE 2022 …"),
 * up to the dash that starts what the item asks in sentence case ("… FILING - City Council …").
 * Only when the title does go on past what the heading's own reading took.
 */
const capitalTitle = (
  line: CleanLine,
  after: readonly CleanLine[],
  parsed: string,
): string | undefined => {
  const start = line.text.indexOf(parsed.slice(0, 12));
  if (start < 0) return undefined;
  let joined = line.text.slice(start);
  for (const next of [undefined, ...after.slice(0, 6)]) {
    if (next && (next.text === '' || numberedStart.test(next.text))) break;
    if (next) joined = `${joined} ${next.text}`;
    const asks = /\s[-–—]\s(?=\p{Lu}\p{Ll})/u.exec(joined);
    const title = asks ? joined.slice(0, asks.index) : joined;
    if (!allCapitals(title)) return undefined;
    if (asks) return title.length > parsed.length ? title.trim() : undefined;
  }
  return undefined;
};

/** The sentence after a bare number, as its item's title: up to its stop or a blank line. */
const sentenceItem = (
  number: string,
  first: CleanLine,
  lines: readonly CleanLine[],
): NumberedItem | undefined => {
  if (!/^[\p{Lu}"“‘']/u.test(first.text)) return undefined;
  const at = lines.indexOf(first);
  let text = '';
  for (const line of lines.slice(at, at + 6)) {
    if (line.text === '' || (line !== first && numberedStart.test(line.text))) break;
    text = text ? `${text} ${line.text}` : line.text;
    if (/[.!?]["”’)]?$/.test(line.text)) break;
  }
  const title = text.replace(/\.$/, '');
  if (title.split(/\s+/).length > 60) return undefined;
  return { number, title, time: null, pages: null, description: null, line: first.number };
};

/**
 * The longest run of candidates whose numbers follow one another (`plausiblyNext`): a street
 * number ("4045 Palos Verdes Drive") or a boilerplate list above the agenda is a run of its own
 * and loses to the agenda's items.
 */
const longestSequence = (candidates: readonly NumberedItem[]): NumberedItem[] => {
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
  // Of equally long runs, numbers over letters: lettered lists sit under numbered items.
  const score = (index: number) =>
    (length[index] ?? 0) * 2 + (/^\d/.test(candidates[index]?.number ?? '') ? 1 : 0);
  let end = length.reduce((best, _value, index) => (score(index) > score(best) ? index : best), 0);
  const chain: NumberedItem[] = [];
  while (end >= 0 && candidates[end]) {
    chain.unshift(candidates[end] as NumberedItem);
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
  minutes: boolean,
): ReadItem[] => {
  const candidates: NumberedItem[] = [];
  // Items titled by the sentence after their number, with the heading set just above the number.
  const sentences = new Map<NumberedItem, string | null>();
  const width = lineWidth(lines);
  for (const [index, line] of lines.entries()) {
    const source = raw[line.number - 1] ?? '';
    // "- I. Mr M Appleyard, Cabinet Member": an entry of a bulleted list, not an item; "1 | Page":
    // a page's footer.
    if (bulletStart.test(source) || /^\d{1,4}\s*\|\s*page$/i.test(line.text)) continue;
    // A line of its own: a blank line, or the next item of a list one a line ("1. Zahájení a
    // kontrola úkolů." then "2. Střednědobý výhled rozpočtu …"), follows it.
    const following = lines[index + 1]?.text ?? '';
    const standalone =
      following === '' ||
      (!minutes && numberedStart.test(following) && numberedStart.test(line.text));
    // A number alone on its line with the title on the next ("1." then "Minutes"), as two-column
    // layouts come out of conversion: read as one heading.
    const bareMatch = /^\(?(\d{1,3}[a-z]?|[A-Z])([.)]?)$/.exec(line.text);
    const bare = bareMatch?.[1];
    // "délibération." / "4" / "" / "DEL2025-03 : Vote du …": a page's number under its last
    // sentence, with no stop and a blank line after it, not an item's.
    const pageNumber =
      bare !== undefined &&
      !bareMatch?.[2] &&
      /^\d/.test(bare) &&
      following === '' &&
      /[.;:]$/.test(
        lines.slice(0, index).findLast((candidate) => candidate.text !== '')?.text ?? '',
      );
    if (pageNumber) continue;
    if (bare) {
      const title = lines.slice(index + 1, index + 3).find((candidate) => candidate.text !== '');
      const titled =
        title && !numberedStart.test(title.text) && !/^\(?\d{1,3}[.)]?$/.test(title.text)
          ? title
          : undefined;
      const heading = titled && fromHeading({ ...titled, text: `${bare}. ${titled.text}` }, true);
      const headed = heading &&
        titled && {
          ...heading,
          title: continuedTitle(
            heading.title,
            titled,
            lines.slice(lines.indexOf(titled) + 1),
            width,
          ),
        };
      // "2." then "To elect a Leas-Chathaoirleach … to hold office until …": a number with its
      // stop on a line of its own numbers what follows, whatever it reads like.
      const sentence =
        titled && !headed && bareMatch?.[2] && /^\d/.test(bare)
          ? sentenceItem(bare, titled, lines)
          : undefined;
      const parsedBare = headed || sentence;
      if (parsedBare) {
        const item = { ...parsedBare, line: line.number };
        candidates.push(item);
        const above = lines.slice(0, index).findLast((candidate) => candidate.text !== '');
        if (sentence) sentences.set(item, above ? (headingAbove(above) ?? null) : null);
      }
      continue;
    }
    const parsed =
      (source.includes('\t') ? fromTabRow(source, line.number) : undefined) ??
      fromHeading(line, standalone);
    if (!parsed) continue;
    const found = {
      ...parsed,
      title:
        capitalTitle(line, lines.slice(index + 1), parsed.title) ??
        continuedTitle(parsed.title, line, lines.slice(index + 1), width),
    };
    // Page references set on the line below the title, right-aligned: "(Pages 5 - 14)".
    const below = lines.slice(index + 1).find((candidate) => candidate.text !== '')?.text ?? '';
    const pagesBelow = pagesLine.exec(below)?.[1];
    // Or the time, with the pages after it, on the line below: "10:50 11 - 12".
    const timedBelow = timeLine.exec(below);
    const time = found.time ?? (timedBelow?.[1] ? (findTime(timedBelow[1]) ?? null) : null);
    const pages =
      found.pages ??
      (pagesBelow ? normalisePages(pagesBelow) : null) ??
      (timedBelow?.[2] ? normalisePages(timedBelow[2]) : null);
    candidates.push({ ...found, time, pages });
  }
  // "Notice of Motion submitted by Councillor E. Secas" / "6." / "I will move at the next meeting
  // that …": when (nearly) every such item has a heading of its own above the number, that is the title.
  const headed = [...sentences.values()].filter((heading) => heading !== null).length;
  if (headed >= 2 && headed >= sentences.size * 0.8)
    for (const [index, candidate] of candidates.entries()) {
      const heading = sentences.get(candidate);
      if (heading) candidates[index] = { ...candidate, title: heading };
    }
  // A numbered list of who attended is never the items; nor a running head numbered with its
  // page ("2 COUNCIL OF THE CITY OF WINNIPEG", "4 COUNCIL OF …"), one title under three numbers or more.
  const attendees = inLeadInLists(candidates, lines, (text) => attendanceLabel.test(text));
  const titles = new Map<string, number>();
  for (const candidate of candidates) {
    const title = candidate.title.toLowerCase();
    titles.set(title, (titles.get(title) ?? 0) + 1);
  }
  const others = candidates.filter(
    (candidate) =>
      !attendees.has(candidate) && (titles.get(candidate.title.toLowerCase()) ?? 0) < 3,
  );
  const listed = inLeadInLists(others, lines, leadIn);
  const unlisted = others.filter((candidate) => !listed.has(candidate));
  // Lists that restart their numbers after a sentence's colon are points made under an item,
  // never the items; one such list alone may be an agenda that introduces its items so.
  const restarts = [...listed].filter((item) => isFirst(item.number)).length;
  const kept = restarts >= 2 || longestSequence(unlisted).length >= 3 ? unlisted : others;
  const items = withSubItems(longestSequence(kept), kept);
  const sectioned = repeatedSections(kept, lines);
  const outlined = outline(kept);
  // Two meetings' runs first: the readings below join them into one (the second as sub-items).
  const reading = [sessions(kept, lines), items, sectioned, outlined, legistarItems(lines)].reduce(
    (best, next) => (next.length > best.length ? next : best),
  );
  // Minutes write points in lists under their items; an agenda's items are its lists.
  const numbered = filledGaps(
    // Runs under headings of their own are items by that structure, whatever their lines read like.
    minutes && reading !== sectioned ? pointsInText(reading, candidates, lines) : reading,
    lines,
    raw,
    minutes,
  );
  return withHeadingItems(numbered, lines, raw);
};

/**
 * The items a run skips or stops short of ("8." then "10."; "4." to "7." when "1." to "3." run
 * over two lines; "8." to "16." after "7."): the lines numbered as the missing ones, in the run's
 * style ("9. Highway issues – DCC response to …"), whatever their titles read like. Their place in
 * the sequence is the evidence; the whole line (and its wrapped lines) is the title. Before and
 * after the run, only in an agenda and a style with a stop ("9." or "9)"), each line near the one
 * before it.
 */
const filledGaps = (
  items: NumberedItem[],
  lines: readonly CleanLine[],
  raw: readonly string[],
  minutes: boolean,
): NumberedItem[] => {
  const top = items.filter((item) => /^\d{1,3}$/.test(item.number));
  const [first] = top;
  const style = first && /^\s*\d{1,3}([.)]?)\s/.exec(raw[first.line - 1] ?? '')?.[1];
  if (top.length < 2 || !first || style === undefined) return items;
  const used = new Set(items.map((item) => item.line));
  const width = lineWidth(lines);
  const stop = style ? `\\${style}` : '';
  /** The unused line numbered `number` between two line numbers (exclusive). */
  const numberedLine = (
    number: number,
    after: number,
    before: number,
  ): NumberedItem | undefined => {
    const pattern = new RegExp(String.raw`^${number}${stop}\s+(\S.{2,})$`);
    const prefix = String(number);
    // Lines are in order: start at the first after `after`, stop at `before`.
    const from = lines.findIndex((line) => line.number > after);
    for (let position = Math.max(from, 0); position < lines.length; position++) {
      const line = lines[position] as CleanLine;
      if (from < 0 || line.number >= before) break;
      if (used.has(line.number) || !line.text.startsWith(prefix)) continue;
      const text = pattern.exec(line.text)?.[1]?.trim();
      if (!text || text.length > 250) continue;
      used.add(line.number);
      return {
        number: String(number),
        title: continuedTitle(text, line, lines.slice(position + 1), width),
        time: null,
        pages: null,
        description: null,
        line: line.number,
      };
    }
    return undefined;
  };
  const found: NumberedItem[] = [];
  for (const [index, item] of top.entries()) {
    const next = top[index + 1];
    if (!next || Number(next.number) - Number(item.number) > 4) continue;
    let after = item.line;
    for (let number = Number(item.number) + 1; number < Number(next.number); number++) {
      const hit = numberedLine(number, after, next.line);
      if (!hit) break;
      found.push(hit);
      after = hit.line;
    }
  }
  // Minutes number the points of their text too ("19. Michal L. spoke in opposition …").
  if (!stop || minutes) return [...items, ...found].sort((a, b) => a.line - b.line);
  // Before the run: every number from 1, in order, in the lines just above its first item.
  const start = Number(first.number);
  if (start > 1 && start <= 4) {
    const lead: NumberedItem[] = [];
    let after = first.line - 30;
    for (let number = 1; number < start; number++) {
      const hit = numberedLine(number, after, first.line);
      if (!hit) break;
      lead.push(hit);
      after = hit.line;
    }
    if (lead.length === start - 1) found.push(...lead);
    else for (const item of lead) used.delete(item.line);
  }
  // After the run: the next number, each within forty lines of the one before.
  let last = top.at(-1) as NumberedItem;
  for (let count = 0; count < 40; count++) {
    const hit = numberedLine(Number(last.number) + 1, last.line, last.line + 40);
    if (!hit) break;
    found.push(hit);
    last = hit;
  }
  return [...items, ...found].sort((a, b) => a.line - b.line);
};

const isRoman = (number: string) => /^[IVXL]+$/.test(number) && (romanValue(number) ?? 0) > 0;

/**
 * The run numbered from the start within a stretch ("1." to "13."; "A." to "D."), or nothing: the
 * longest chain of these candidates whose first is 1, A or i.
 */
const runFromStart = (stretch: readonly NumberedItem[], scheme: RegExp): NumberedItem[] => {
  const chain = longestSequence(stretch.filter((item) => scheme.test(item.number)));
  return chain[0] && isFirst(chain[0].number) && chain.length >= 1 ? chain : [];
};

/**
 * An agenda set out as an outline: items in Roman numerals from I ("I. ROLL CALL" … "VI.
 * ADJOURNMENT"), under them lettered items ("A. COMMUNITY AFFAIRS"), under those numbered ones
 * ("1. Approval of …"), each number as printed. Read only when the Roman items start at I and run
 * to three or more; nothing after the last Roman item is taken as under it.
 */
const outline = (candidates: readonly NumberedItem[]): NumberedItem[] => {
  const roman = longestSequence(candidates.filter((item) => isRoman(item.number)));
  if (roman.length < 3 || roman[0]?.number !== 'I') return [];
  const result: NumberedItem[] = [];
  for (const [index, parent] of roman.entries()) {
    result.push(parent);
    const next = roman[index + 1];
    if (!next) break;
    const gap = candidates.filter(
      (item) => item.line > parent.line && item.line < next.line && !/\./.test(item.number),
    );
    const letters = runFromStart(gap, /^[A-Z]$/);
    if (letters.length === 0) {
      result.push(...runFromStart(gap, /^\d{1,3}$/));
      continue;
    }
    for (const [position, letter] of letters.entries()) {
      result.push(letter);
      const after = letters[position + 1]?.line ?? next.line;
      result.push(
        ...runFromStart(
          gap.filter((item) => item.line > letter.line && item.line < after),
          /^\d{1,3}$/,
        ),
      );
    }
  }
  return result;
};

const isFirst = (number: string) => /^(?:1|a|i)$/i.test(number);

/** A line that opens a meeting's part: "Regular Session, 7:05 p.m.", "BUDGET COMMITTEE MEETING". */
const sessionLine =
  /^(?:\p{Lu}[\p{L}'’-]*\s+){0,5}(?:Session|Meeting|SESSION|MEETING)(?:[,\s–-]+\d{1,2}(?:[:.]\d{2})?\s*[AaPp]\.?[Mm]\.?)?$/u;

/**
 * Minutes of two meetings in one paper ("Pre Council" then "Regular Session, 7:05 p.m."; the
 * budget committee's then the council's), each numbering its items from 1 under a line that opens
 * it: every meeting's run, with its sub-items; nothing unless two or more runs of three.
 */
const sessions = (
  candidates: readonly NumberedItem[],
  lines: readonly CleanLine[],
): NumberedItem[] => {
  const opening = lines.filter((line) => sessionLine.test(line.text)).map((line) => line.number);
  const groups: NumberedItem[][] = [];
  let previous = 0;
  for (const candidate of candidates) {
    const opens =
      candidate.number === '1' && opening.some((line) => line > previous && line < candidate.line);
    if (opens || groups.length === 0) groups.push([]);
    groups.at(-1)?.push(candidate);
    previous = candidate.line;
  }
  const runs = groups.map((group) => {
    const run = longestSequence(group);
    return run[0]?.number === '1' && run.length >= 3 ? withSubItems(run, group) : [];
  });
  return runs.filter((run) => run.length > 0).length >= 2 ? runs.flat() : [];
};

/**
 * The gap's candidates as runs each numbered from the start ("A." to "H.", then "A." to "C." under
 * another sub-heading), or nothing when one of them does not fit.
 */
const restartingRuns = (gap: readonly NumberedItem[]): NumberedItem[][] | undefined => {
  const runs: NumberedItem[][] = [];
  for (const item of gap) {
    if (/\./.test(item.number)) return undefined;
    const last = runs.at(-1)?.at(-1);
    if (last && plausiblyNext(last.number, item.number)) runs.at(-1)?.push(item);
    else if (isFirst(item.number)) runs.push([item]);
    else return undefined;
  }
  return runs;
};

/** The heading line just above an item, in capitals: "REPORT OF THE EXECUTIVE POLICY COMMITTEE". */
const capitalHeadingAbove = (
  item: NumberedItem,
  lines: readonly CleanLine[],
): string | undefined => {
  const at = lines.findIndex((line) => line.number === item.line);
  const above = lines
    .slice(Math.max(0, at - 4), at)
    .filter((line) => line.text !== '')
    .at(-1)?.text;
  // Capitals for its first words at least: "REPORT OF THE … COMMITTEE dated March 4, 2015".
  return above &&
    /^\p{Lu}{3,}\s/u.test(above) &&
    isUpper(above.slice(0, 30)) &&
    !numberedStart.test(above)
    ? above
    : undefined;
};

/**
 * Lists numbered afresh under headings of one kind ("REPORT OF THE … COMMITTEE" then 1, 2, 3; the
 * next "REPORT OF …" then 1, 2): where two or more runs start at 1 under headings in capitals with
 * the same first word, each such run, followed as far as its numbers follow one another.
 */
const repeatedSections = (
  candidates: readonly NumberedItem[],
  lines: readonly CleanLine[],
): NumberedItem[] => {
  const headingKind = (item: NumberedItem) =>
    isFirst(item.number) ? capitalHeadingAbove(item, lines)?.split(/\s+/)[0] : undefined;
  const counts = new Map<string, number>();
  for (const candidate of candidates) {
    const kind = headingKind(candidate);
    if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const [sameKind] =
    [...counts.entries()].filter(([, count]) => count >= 2).sort((a, b) => b[1] - a[1])[0] ?? [];
  // Or sections of different kinds, each a label in capitals with its colon ("PUBLIC HEARINGS:",
  // "GENERAL BUSINESS:"), as US agendas number items afresh under each.
  const labelled = (item: NumberedItem) =>
    isFirst(item.number) && /:$/.test(capitalHeadingAbove(item, lines) ?? '') ? ':' : undefined;
  // Or sections of different kinds in capitals without colons ("APPROVAL OF MINUTES", "SPECIAL
  // RECOGNITION", "BUSINESS ITEM(S)"), three or more, each numbering its items from 1.
  const capitals = (item: NumberedItem) =>
    isFirst(item.number) && /^\d/.test(item.number) && capitalHeadingAbove(item, lines)
      ? 'capitals'
      : undefined;
  const runsOf = (kindOf: (item: NumberedItem) => string | undefined, kind: string) => {
    const runs: NumberedItem[][] = [];
    let open = false;
    for (const candidate of candidates) {
      if (/\./.test(candidate.number)) continue;
      const last = runs.at(-1)?.at(-1);
      if (kindOf(candidate) === kind) {
        runs.push([candidate]);
        open = true;
      } else if (
        open &&
        last &&
        plausiblyNext(last.number, candidate.number) &&
        !capitalHeadingAbove(candidate, lines)
      )
        runs.at(-1)?.push(candidate);
      // A list inside an item ("Minutes Attachments" / "1. Mayor's FY2024 Budget Summary.pdf")
      // leaves the section open.
      else if (!(open && kind === 'capitals' && isFirst(candidate.number))) open = false;
    }
    return runs.flat();
  };
  const readings = [
    sameKind ? runsOf(headingKind, sameKind) : [],
    candidates.filter((item) => labelled(item)).length >= 2 ? runsOf(labelled, ':') : [],
    candidates.filter((item) => capitals(item)).length >= 3 ? runsOf(capitals, 'capitals') : [],
  ];
  return readings.reduce((best, next) => (next.length > best.length ? next : best));
};

/**
 * Sub-items printed under an item with numbering of their own ("1.", "2." under "4."; "A.", "B."
 * under "10."): a run numbered from the start, of two or more, between the item and the next,
 * numbered under it ("4.1", "10.A") as the item's own number does not repeat.
 */
const withSubItems = (
  top: readonly NumberedItem[],
  candidates: readonly NumberedItem[],
): NumberedItem[] => {
  const result: NumberedItem[] = [];
  for (const [index, parent] of top.entries()) {
    result.push(parent);
    const next = top[index + 1];
    if (!next) break;
    const gap = candidates.filter((item) => item.line > parent.line && item.line < next.line);
    const numbered = /^\d/.test(parent.number) || (romanValue(parent.number) ?? 0) > 0;
    // Under a numbered item, its lettered sub-items, whatever numbers its descriptions hold.
    const runs =
      restartingRuns(gap) ??
      (numbered ? restartingRuns(gap.filter((item) => /^[A-Z]$/.test(item.number))) : undefined);
    // Several runs are lists under sub-headings of the item ("REGULAR ACTIONS: A. … H.", "FIRST
    // READING: A."): only in another scheme than the item's (letters under a number), each run of
    // two or more but the last.
    const lettersUnderNumber =
      numbered && (runs ?? []).flat().every((item) => /^[A-Za-z]$/.test(item.number));
    // One lettered item alone under a numbered one in capitals ("5. CEREMONIAL ITEMS" / "A.
    // PRESENTATION TO …") is its sub-item too.
    const alone =
      runs?.length === 1 &&
      runs[0]?.length === 1 &&
      lettersUnderNumber &&
      allCapitals(parent.title) &&
      allCapitals(runs[0][0]?.title ?? '');
    if (!runs?.[0] || (runs[0].length < 2 && !alone)) continue;
    if (runs.length > 1 && (!lettersUnderNumber || runs.slice(0, -1).some((run) => run.length < 2)))
      continue;
    const run = runs.flat();
    for (const child of run) result.push({ ...child, number: `${parent.number}.${child.number}` });
  }
  return result;
};

/**
 * Legistar's item numbers: the section's letter or number, a dash and the item's number ("A.-1.",
 * "E.-10.", "1.-3."), then the file number ("23-6764") and the title, on the line (or in the cells
 * of a table row) or in the paragraph below.
 */
const legistarNumber =
  /^(?:\|\s*)?([A-Z]{1,2}|\d{1,2})\.-(\d{1,3})\.?\s*(?:\|\s*)?(?:\d{2}-\d{3,5}\b\s*(?:\|\s*)?)?(.*?)[\s|]*$/u;

/**
 * The items of a Legistar agenda, numbered within its lettered sections ("A.-1." … "H.-3."): read
 * only when three or more lines are numbered so, which no other template does.
 */
const legistarItems = (lines: readonly CleanLine[]): NumberedItem[] => {
  const items: NumberedItem[] = [];
  for (const [index, line] of lines.entries()) {
    const match = legistarNumber.exec(line.text);
    if (!match?.[1] || !match[2]) continue;
    let title = match[3] ?? '';
    if (!/\p{L}{3}/u.test(title)) {
      const below = lines.slice(index + 1, index + 4).find((next) => next.text !== '');
      if (!below || legistarNumber.test(below.text)) continue;
      title = below.text.replace(legistarFileNumber, '');
    }
    title = title.replace(/\s{2,}/g, ' ').trim();
    if (!/\p{L}{3}/u.test(title)) continue;
    items.push({
      number: `${match[1]}.-${match[2]}`,
      title,
      time: null,
      pages: null,
      description: null,
      line: line.number,
    });
  }
  return items.length >= 3 ? items : [];
};

/** A sentence that leads into a list: "The application was continued from March for the following items:". */
const leadIn = (text: string): boolean => {
  if (!/:$/.test(text) || /^\d/.test(text)) return false;
  // "There will be a meeting of the General Council … to consider the following:", "… to transact
  // the following business:": a summons introduces the items themselves.
  if (
    /\bmeeting\b/i.test(text) &&
    /\b(?:consider|transact|discuss)\s+the\s+following\b|\bthe\s+following\s+business\b/i.test(text)
  )
    return false;
  const words = text.split(/\s+/);
  return (
    words.length >= 6 && words.filter((word) => /^\p{Ll}/u.test(word)).length >= words.length / 2
  );
};

/**
 * Candidates numbered from the start just under a sentence that leads into them (or under a label
 * of those present), with the run
 * that follows on from them: the points of a list in the text of an item, not items.
 */
const inLeadInLists = (
  candidates: readonly NumberedItem[],
  lines: readonly CleanLine[],
  introduces: (text: string) => boolean,
): Set<NumberedItem> => {
  const listed = new Set<NumberedItem>();
  const at = new Map(lines.map((line, index) => [line.number, index]));
  for (const [index, candidate] of candidates.entries()) {
    if (!isFirst(candidate.number)) continue;
    const position = at.get(candidate.line) ?? -1;
    const above = lines
      .slice(Math.max(0, position - 3), Math.max(0, position))
      .findLast((line) => line.text !== '');
    if (!above || !introduces(above.text)) continue;
    listed.add(candidate);
    let last = candidate;
    for (const next of candidates.slice(index + 1)) {
      // A page's footer between two points ("1 | Page") does not end the list.
      if (!plausiblyNext(last.number, next.number)) {
        if (next.line - last.line <= 3) continue;
        break;
      }
      listed.add(next);
      last = next;
    }
  }
  return listed;
};

/**
 * A reading that is the points of lists in the text, not items: two or more other lists start
 * again at 1 around it, and most of its lines end as sentences do ("1. Rear porch, continued for
 * complete drawings."). Nothing is read then.
 */
const pointsInText = (
  items: NumberedItem[],
  candidates: readonly NumberedItem[],
  lines: readonly CleanLine[],
): NumberedItem[] => {
  const used = new Set(items.map((item) => item.line));
  // Lists numbered as the items are ("1." again, not the "a." of sub-items).
  const scheme = (number: string) => (/^\d/.test(number) ? 'number' : 'other');
  const itemScheme = scheme(items[0]?.number ?? '');
  const restarts = candidates.filter(
    (candidate) =>
      isFirst(candidate.number) &&
      scheme(candidate.number) === itemScheme &&
      !used.has(candidate.line),
  ).length;
  if (restarts < 2 || items.length === 0) return items;
  const text = new Map(lines.map((line) => [line.number, line.text]));
  const sentences = items.filter((item) => /\.$/.test(text.get(item.line) ?? '')).length;
  return sentences >= items.length / 2 ? [] : items;
};
