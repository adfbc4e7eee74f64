import type { CleanLine } from './lines.ts';
import type { Section } from './model.ts';
import { itemNumber } from './numbering.ts';

/**
 * An item or minute heading: "7 SEND EDUCATION SUFFICIENCY", "84. Apologies for Absence",
 * "Minute 23/045 – Planning applications", "Item 5: Budget", "2724. Police Report: No crimes…"
 * (the title ends at the colon). Numbered paragraphs of prose ("1. The following section gives…")
 * are not headings: those end like sentences or run long.
 */
const heading = new RegExp(
  String.raw`^(?:(?:item|minute|min\.?|agenda item)\s+)?(${itemNumber})(?:[.):]|-(?=\s)|\s[-–—:])?\s+(.{3,4000})$`,
  'i',
);

/** "Police Report: No Police presence…": a short title before a colon, then what was minuted. */
const titleBeforeColon = /^([^:]{3,130}?)\s*:(?:-|\s)\s*\S/;

/** In capitals, or in title case: most words of four or more letters start with a capital. */
const isCapitalised = (title: string): boolean => {
  const letters = title.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 3 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.8)
    return true;
  const long = title.split(/\s+/).filter((word) => /^\p{L}{4,}/u.test(word));
  return (
    long.length > 0 && long.filter((word) => /^\p{Lu}/u.test(word)).length / long.length >= 0.6
  );
};

const isTitleLike = (title: string, strict = false, standalone = false): boolean => {
  const words = title.split(/\s+/);
  // "B. RESOLUTION (2019-38) Authorize the …": a lettered item led by a word in capitals.
  if (strict && /^\p{Lu}{3,}(?:\s|$)/u.test(title) && words.length <= 16 && !/\.\s/.test(title))
    return true;
  // A heading may wrap after a comma; a sentence ends with a stop. US agendas end items with one
  // ("Call to Order.", "Motion to adjourn the meeting."): a stop is allowed after a short title in
  // capitals or title case, or after a short sentence that is a paragraph of its own.
  if (/[.;:]$/.test(title) && !/\b(?:etc|no)\.$/i.test(title)) {
    const bare = title.slice(0, -1);
    if (!/\.$/.test(title) || /\.\s/.test(bare) || words.length > 14) return false;
    if (!isCapitalised(bare) && !(standalone && !strict && words.length <= 12)) return false;
  }
  // A paragraph of its own in title case may run long: "Vacant Buildings, Taking Title to Vacant
  // and Derelict Buildings, Neighbourhood Liveability, and Zoning By-laws – 2014 Performance …".
  const longest = standalone ? 30 : 16;
  if (words.length > longest) return false;
  const letters = title.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length / letters.length;
  if (upper > 0.8) return true;
  // Title case: most words of four or more letters start with a capital.
  const long = words.filter((word) => /^\p{L}{4,}/u.test(word));
  const capitalised = long.filter((word) => /^\p{Lu}/u.test(word)).length;
  if (long.length > 0 && capitalised / long.length >= 0.6 && words.length <= longest - 2)
    return true;
  // Sentence case, as many councils write item headings: short, capitalised, no closing stop.
  // "To approve the minutes of the meeting held on 4th February 2025": an agenda's item, longer.
  // US agendas' items say what the meeting is asked to do, at length: "Consider an Ordinance
  // repealing paragraph (B) of sections 7.04.020, 13.48.060 and amending …".
  const limit = /^To\s+\p{Ll}/u.test(title)
    ? 16
    : /^Consider\s+(?:an?|the)\s/u.test(title)
      ? 40
      : 10;
  return !strict && /^\p{Lu}/u.test(title) && words.filter((word) => word !== '/').length <= limit;
};

/**
 * A heading with its number at its end, as school boards and some US councils print them:
 * "Visitor Comments: Closed Session (A-1)", "Minutes Approved (D)". Years and page numbers are not
 * item numbers; the title must read as one.
 */
const numberAtEnd = /^(\S.{2,150}?)\s+\(([A-Z](?:-\d{1,2}[a-z]?)?|\d{1,3}[a-z]?)\)$/;
const numberAfter = (text: string): [string, string, string] | undefined => {
  const match = numberAtEnd.exec(text);
  if (!match?.[1] || !match[2] || !isTitleLike(match[1])) return undefined;
  return [text, match[2], match[1]];
};

/**
 * `standalone`: the line is a paragraph of its own (a blank line follows), as an agenda's items are;
 * a short sentence ending with a stop is then a title too.
 */
/** A street address: a name ending in the kind of street, maybe with the town or postcode after it. */
const streetAddress =
  /^(?:[\p{Lu}\d][\p{L}\d.'’-]*\s+){1,5}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Place|Pl\.?|Boulevard|Blvd\.?|Drive|Lane|Way|Square|Plaza|Parkway|Terrace|Highway|Hwy\.?)(?:,.*)?$/u;

/** "Orlikow / Browaty": who moved and who seconded a motion, never an item's title. */
export const moverAndSeconder = /^\p{Lu}[\p{L}'’-]+\s*\/\s*\p{Lu}[\p{L}'’-]+$/u;
/** "23-019 ": the file number Legistar sets before an item's title. */
export const legistarFileNumber = /^\d{2}-\d{3,5}\s+(?=\p{Lu})/u;

export const parseHeading = (
  text: string,
  standalone = false,
): { number: string; title: string } | undefined => {
  // Each recogniser asks of the same lines again: each line is parsed once (the answer frozen).
  const key = `${standalone ? 's' : '-'}${text}`;
  if (parsedHeadings.has(key)) return parsedHeadings.get(key);
  if (parsedHeadings.size >= 65_536) parsedHeadings.clear();
  const parsed = readHeading(text, standalone);
  parsedHeadings.set(key, parsed && Object.freeze(parsed));
  return parsed;
};

const parsedHeadings = new Map<string, { number: string; title: string } | undefined>();

/** Forgets the lines parsed so far: extraction starts each paper afresh, keeping memory flat. */
export const forgetParsedHeadings = (): void => parsedHeadings.clear();

const readHeading = (
  text: string,
  standalone: boolean,
): { number: string; title: string } | undefined => {
  const match = heading.exec(text);
  // A number printed after the title closes it: the whole line before it is the title.
  const after = match ? undefined : numberAfter(text);
  if (after) return { number: after[1], title: after[2] };
  if (!match?.[1] || !match[2]) return undefined;
  // "2021 Annual Report", "10 January 2022": a year or date, not an item number.
  if (
    /^(?:19|20)\d\d(?:$|[-/.])/.test(match[1]) ||
    /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+\d/i.test(
      match[2],
    )
  )
    return undefined;
  // "67 Charges exceptionnelles 1 000,00 140,88 1 000,00": a row of a table of accounts, its
  // amounts after the heading, not an item.
  if ((match[2].match(/\d[.,]\d{2}(?![\d.,])/g)?.length ?? 0) >= 2) return undefined;
  if (moverAndSeconder.test(match[2].trim())) return undefined;
  // "9.30 am Pre-meeting Discussion": a time, not item 9.30.
  if (/^[ap]\.?m\b/i.test(match[2])) return undefined;
  // "1 Dr. Carlton B. Goodlett Place", "200 E Main Street": an address, its number bare.
  if (/^\d+\s/.test(text) && streetAddress.test(match[2])) return undefined;
  // "(Pages 5 - 12)", "(Tudalennau / Pages 5 - 12)": page references, not part of the title.
  // "(Pages 5 - 12)" and a closing colon ("Approval of minutes:", "Accounts for payment:-") are not the title.
  const whole = match[2]
    // "1. 23-019 General Citizen Comments": Legistar's file number before the title.
    .replace(legistarFileNumber, '')
    .replace(/\s*\([^()]*\bpages?\s+[\d\s\-–]+\)\s*$/i, '')
    .replace(/\s*:-?$/, '')
    .trim();
  // "Project: 2670 & 2680 Walnut Boulevard Subdivision": a label's word before the colon; the
  // title is what follows it.
  const labelled = /^(?:project|subject|item|re|application|topic|matter|file)\s*:\s+(?=\S)/i.exec(
    whole,
  );
  const beforeColon = labelled ? undefined : titleBeforeColon.exec(whole)?.[1];
  // "MEETING MINUTES – Staff recommends …": a title in capitals, a dash, then what the item asks.
  const beforeDash = /^([^–—]{3,90}?)\s+[–—-]\s+\S/.exec(whole)?.[1];
  // "Declarations of Interest - to receive any declarations …": a title, then what the item does.
  const afterDash = beforeDash ? whole.slice(beforeDash.length).replace(/^\s+[–—-]\s+/, '') : '';
  const capitalsBeforeDash =
    beforeDash &&
    ((isCapitalised(beforeDash) && beforeDash === beforeDash.toUpperCase()) ||
      (isTitleLike(beforeDash, true) && /^\p{Ll}/u.test(afterDash)))
      ? beforeDash
      : undefined;
  // Before a colon, an item that says what the meeting will do may run longer: "3797. Discuss
  // whether to join the proposed Consortium of Wye Valley Councils: Email from …".
  const doing =
    beforeColon &&
    /^(?:Discuss|Consider|Receive|Approve|Note|Agree|Review|Confirm|Appoint|Adopt)\s+\p{Ll}/u.test(
      beforeColon,
    ) &&
    beforeColon.split(/\s+/).length <= 16;
  const afterLabel = labelled ? whole.slice(labelled[0].length) : undefined;
  const title = afterLabel
    ? afterLabel
    : beforeColon && (doing || isTitleLike(beforeColon))
      ? beforeColon
      : whole;
  // A lettered number needs a title in capitals or title case: "A. Smith said" is not item A.
  const lettered = /^[A-Z]/.test(match[1]);
  // A title before a dash stands for the line: the whole line, as printed, is the item's title.
  return (doing && title === beforeColon) ||
    (afterLabel !== undefined && title.length >= 3) ||
    isTitleLike(title, lettered, standalone) ||
    (capitalsBeforeDash && title === whole)
    ? { number: match[1].replace(/\.$/, ''), title }
    : undefined;
};

/**
 * Splits a document's lines into numbered item sections. Numbers must not go backwards by much,
 * which keeps a stray numbered line inside an item from starting a new one.
 */
export const itemSections = (lines: readonly CleanLine[]): (Section & { lines: CleanLine[] })[] => {
  const sections: (Section & { lines: CleanLine[] })[] = [];
  for (const line of lines) {
    const parsed = parseHeading(line.text);
    const current = sections.at(-1);
    if (parsed && (!current || plausiblyNext(current.number, parsed.number))) {
      sections.push({ ...parsed, line: line.number, endLine: line.number, lines: [] });
      continue;
    }
    if (current) {
      current.lines.push(line);
      (current as { endLine: number }).endLine = line.number;
    }
  }
  return sections;
};

const romanDigits: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** "IV" → 4; undefined for anything that is not a Roman numeral written the usual way. */
export const romanValue = (text: string): number | undefined => {
  if (!/^(?:C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(text) || text === '')
    return undefined;
  let total = 0;
  for (let index = 0; index < text.length; index++) {
    const value = romanDigits[text[index] ?? ''] ?? 0;
    const next = romanDigits[text[index + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
};

const parseNumber = (number: string): number[] =>
  number.split(/[./]|(?<=[\dA-Za-z])-(?=\d)/).flatMap((part) => {
    const roman = part.length >= 2 ? romanValue(part) : undefined;
    if (roman !== undefined) return [roman];
    const match = /^(\d*)([a-z]?)$/i.exec(part);
    if (!match) return [Number.NaN];
    const letter = match[2] ? match[2].toLowerCase().charCodeAt(0) - 96 : undefined;
    if (match[1] === '') return letter === undefined ? [] : [letter];
    return letter === undefined ? [Number(match[1])] : [Number(match[1]), letter];
  });

const parsedNumbers = new Map<string, readonly number[]>();

/**
 * An item number as a sortable tuple: "10.25.01" → [10, 25, 1], "19/05/01" → [19, 5, 1],
 * "6a" → [6, 1], "B.2" → [2, 2], "1-1-2" → [1, 1, 2].
 */
export const numberParts = (number: string): readonly number[] => {
  // Item numbers repeat (the longest run of items compares every pair): each is parsed once.
  const known = parsedNumbers.get(number);
  if (known) return known;
  if (parsedNumbers.size >= 4096) parsedNumbers.clear();
  const parts = parseNumber(number);
  parsedNumbers.set(number, parts);
  return parts;
};

/** Compares item numbers as a reader would order them: negative when `a` comes first. */
export const compareNumbers = (a: string, b: string): number => {
  // Numbers and letters are two schemes: neither comes before the other.
  if (/^\d/.test(a) !== /^\d/.test(b)) return 0;
  const x = numberParts(a);
  const y = numberParts(b);
  for (let index = 0; index < Math.max(x.length, y.length); index++) {
    const difference = (x[index] ?? -1) - (y[index] ?? -1);
    if (difference !== 0 && !Number.isNaN(difference)) return difference;
  }
  return 0;
};

/** The next item follows the last: later, and (at the first level) not more than five further on. */
export const plausiblyNext = (previous: string, next: string): boolean => {
  // "I." then "II.": a single I, V or X is a letter or a numeral; the one after it says which.
  const romanBefore = romanValue(previous);
  const romanAfter = romanValue(next);
  if (
    romanBefore !== undefined &&
    romanAfter !== undefined &&
    (previous.length > 1 || next.length > 1)
  )
    return romanAfter > romanBefore && romanAfter - romanBefore <= 5;
  if (compareNumbers(previous, next) >= 0) return false;
  const jump = (numberParts(next)[0] ?? 0) - (numberParts(previous)[0] ?? 0);
  return Number.isNaN(jump) || jump <= 5;
};
