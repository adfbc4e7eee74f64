import { findDate } from '../dates.ts';
import { bulletStart, type CleanLine } from './lines.ts';
import type { AgendaItem } from './model.ts';
import { numberedStart } from './numbering.ts';

/**
 * How a line is set as a heading, shallowest first: Markdown's `##` and `###` (a `#` heading is
 * the paper's title, never an item), a line in bold alone, a line in capitals ending with a colon alone
 * ("CONSENT AGENDA APPROVED:"), an entry of the bulleted list under "AGENDA"; `####` and deeper
 * only when nothing shallower is set.
 */
type Setting =
  | 'title'
  | 'h2'
  | 'h3'
  | 'deeper'
  | 'bold'
  | 'capitals'
  | 'agenda-list'
  | 'ruled'
  | 'standalone';

interface Heading {
  /** Where the heading stands in the paper's lines, and its line number. */
  readonly index: number;
  readonly line: number;
  readonly title: string;
  readonly setting: Setting;
  /** The number a label gives it ("**Item 4:**" over its title in bold). */
  readonly number?: string;
}

const atxHeading = /^\s{0,3}(#{1,6})\s+\S/;
const boldAlone = /^\s*(\*\*|__)(?:(?!\1).)+\1\s*:?\s*$/;
/** "CONSENT AGENDA APPROVED:": capitals (no small letter) with a colon, nothing after it. */
const capitalsWithColon = /^(?=[^\p{Ll}]*\p{Lu}{2})[^\p{Ll}:]{3,90}:$/u;

/** Headings that are never items: what the paper's furniture or a website's frame calls itself. */
const notAnItem =
  /^(?:actions?(?: points?)?|action items?|resolved|agreed|noted|carried(?: unanimously)?|motion|moved|seconded|votes?|ayes|nays|noes|abstain\w*|you are here|navigation|menu|search|share(?: this)?|related(?: \w+)?|notes?|contents|table of contents|attachments?|documents?|downloads?)\s*:?$/i;
/** A label over who attended, set as a line of its own: "PRESENT:", "Members present", "ALSO PRESENT:". */
export const attendanceLabel =
  /^(?:(?:members|councill?ors|directors|trustees|commissioners|others?|staff|also)\s+)?(?:present|attendees|attendance|in\s+attendance|in\s+the\s+chair|apologies(?:\s+for\s+absence)?|absent|excused|guests)\s*:?$/i;
/** A heading that opens with when or where the meeting is: "17:15, 26 October 2022, Ayton PS". */
const startsWithWhen =
  /^(?:\d{1,2}[:.]\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/i;
/** A rule across the page: "♦♦♦ ♦♦♦ ♦♦♦", "−−−−−−−−", "* * *", "=====" (not a signature's "_____"). */
const rule = /^(?=(?:.*[♦◆•*=~−–—-]){3})[\s♦◆•*=~−–—-]+$/u;
/** A short line that names something, not a sentence nor a person with their post: "Unified Fire Authority (UFA)". */
const nameLine = (text: string | undefined): text is string =>
  text !== undefined &&
  /^[\p{Lu}\d"“(]/u.test(text) &&
  text.split(/\s+/).length <= 10 &&
  !/[.;,:!?]$|,\s/.test(text);
const calledToOrder = /\bcalled\b.*\bto order\b|\bmeeting (?:was )?(?:opened|closed)\b/i;

/** A person's post before their name: "Mayor Trent Staggs", "Councilmember Wells". */
const postFirst =
  /^(?:mayor|council\s*(?:l?or|member|woman|man)|commissioner|chair(?:man|woman|person)?|vice|member|mr|mrs|ms|dr|chief|senator|representative|director|clerk|recorder)\b/i;
/** Words of business, which a bare name ("Jamie Larsen") has none of. */
const businessWord =
  /\b(?:comments?|input|sessions?|items?|reports?|meetings?|order|business|discussions?|updates?|presentations?|adjournment|hearings?|minutes|approval|budget|agenda|consent|public|council|action|recognitions?|closed|other|new|old|unfinished|correspondence|communications|announcements|review|plan|policy|program(?:me)?|appointments?|resolution|ordinance|pledge|prayer|invocation|roll|call)\b/i;

/**
 * A title set as a paragraph of its own, in title case: "Citizen Comment", "Recognition of Linda
 * Abel for Service on Historic Preservation Commission". Not a sentence, a person, a date or a name.
 */
const standaloneTitle = (text: string): boolean => {
  const words = text.split(/\s+/);
  const long = words.filter((word) => word.replace(/[^\p{L}]/gu, '').length >= 4);
  const capitalised = long.filter((word) => /^[^\p{L}]*\p{Lu}/u.test(word));
  return (
    /^[\p{Lu}\d]/u.test(text) &&
    words.length <= 18 &&
    text.length <= 160 &&
    !/[.;:,!?]$/.test(text) &&
    long.length > 0 &&
    capitalised.length >= long.length * 0.6 &&
    // Capitals are read by their own settings; a label ("TO: …", "LLC = …"), a name with its post
    // ("City Manager, Peter Iglesias") or a parenthesis closed from the line above is no title.
    text !== text.toUpperCase() &&
    !/=|\[|^[^(]*\)/.test(text) &&
    !(text.includes(',') && words.length <= 6) &&
    (!text.includes(':') || /^(?:\S+\s+){2,}\S+:\s+\S+\s+\S/.test(text)) &&
    !postFirst.test(text) &&
    (words.length > 3 || businessWord.test(text)) &&
    findDate(text) === undefined
  );
};

/** The end of YAML front matter ("---" … "---"), or 0 when the paper opens with none. */
const frontMatterEnd = (raw: readonly string[]): number => {
  if (raw[0]?.trim() !== '---') return 0;
  const end = raw.findIndex((line, index) => index > 0 && line.trim() === '---');
  return end < 0 ? 0 : end + 1;
};

/**
 * Where the paper's title block ends: after YAML front matter, and after the paragraph that dates
 * the meeting when one of the first lines does ("### BOARD OF DIRECTORS" / "Thursday, July 9, 2020"
 * / "Held Remotely Via Zoom"): the headings there name the paper, not its business.
 */
const titleBlockEnd = (lines: readonly CleanLine[], raw: readonly string[]): number => {
  const start = frontMatterEnd(raw);
  const opening = lines.filter((line) => line.number > start && line.text !== '').slice(0, 15);
  const dated = opening.find((line) => findDate(line.text) !== undefined);
  if (!dated) return start;
  // The short lines set with it ("Held Remotely Via Zoom"), to the paragraph's end.
  let end = dated.number;
  const short = (text: string) =>
    text !== '' &&
    text.split(/\s+/).length <= 8 &&
    !bulletStart.test(text) &&
    !numberedStart.test(text) &&
    !/^agenda:?$/i.test(text);
  while (end < Math.min(raw.length, dated.number + 5) && short((raw[end] ?? '').trim())) end += 1;
  return end;
};

const settingOf = (source: string, text: string): Setting | undefined => {
  const atx = atxHeading.exec(source);
  if (atx) {
    const level = atx[1]?.length ?? 1;
    return level === 1 ? 'title' : level === 2 ? 'h2' : level === 3 ? 'h3' : 'deeper';
  }
  if (boldAlone.test(source)) return 'bold';
  if (capitalsWithColon.test(text)) return 'capitals';
  return undefined;
};

/**
 * The headings that may be items: set as headings after the paper's first line of text (the ones
 * before it are its title block), neither a number's heading (read as numbered items) nor furniture.
 */
const headingsOf = (lines: readonly CleanLine[], raw: readonly string[]): Heading[] => {
  const start = titleBlockEnd(lines, raw);
  const headings: Heading[] = [];
  let textSeen = false;
  let agendaList = false;
  for (const [index, line] of lines.entries()) {
    if (line.number <= start || line.text === '') continue;
    const source = raw[line.number - 1] ?? '';
    // The bulleted list under "AGENDA": its entries are the items, numbered or not in the source.
    if (agendaList && bulletStart.test(source)) {
      headings.push({ index, line: line.number, title: line.text, setting: 'agenda-list' });
      continue;
    }
    agendaList =
      /^agenda:?$/i.test(line.text) || (agendaList && /^\d{1,2}\.\d{1,2}\s/.test(line.text));
    // The line under a rule heads what follows ("♦♦♦ ♦♦♦" / "Citizen Input"); under a heading for a
    // group ("Council Business" / "Capital Improvement Project …"), the line after it does.
    const ruled =
      rule.test(lines[index - 1]?.text ?? '') && nameLine(line.text)
        ? nameLine(lines[index + 1]?.text) && lines[index + 2]?.text !== ''
          ? 'group'
          : 'ruled'
        : undefined;
    if (ruled === 'group') {
      const next = lines[index + 1] as CleanLine;
      headings.push({ index: index + 1, line: next.number, title: next.text, setting: 'ruled' });
      continue;
    }
    // A title alone between blank lines (or wrapped once: after a dash, or a long line run on),
    // with text after it; not an entry of a bulleted list ("-    SB 174 Local Land Use …").
    const wrapped =
      (/[–—-]$/.test(line.text) || line.text.length >= 60) &&
      lines[index + 1]?.text !== '' &&
      lines[index + 2]?.text === '' &&
      lines[index + 1] !== undefined;
    const alone =
      textSeen &&
      !bulletStart.test(source) &&
      (lines[index - 1]?.text ?? '') === '' &&
      (lines[index + 1]?.text === '' || wrapped) &&
      lines.slice(index + 2, index + 5).some((next) => next.text !== '');
    const standaloneText = wrapped ? `${line.text} ${lines[index + 1]?.text ?? ''}` : line.text;
    const standalone = alone && standaloneTitle(standaloneText) ? 'standalone' : undefined;
    const setting = ruled ?? settingOf(source, line.text) ?? standalone;
    if (!setting) {
      // "<!-- Page 1 -->": a converter's mark, not the paper's text.
      textSeen ||= !/^<!--.*-->$/.test(line.text);
      continue;
    }
    let title = (setting === 'standalone' ? standaloneText : line.text).replace(/\s*:$/, '').trim();
    let headingLine = line.number;
    // A heading in capitals wrapped onto a second line ("ARGUMENTS FOR AND AGAINST THE … GENERAL"
    // / "OBLIGATION BONDS:"): read whole, from its first line.
    const above = lines[index - 1];
    if (
      setting === 'capitals' &&
      above &&
      /^[^\p{Ll}:]{3,90}$/u.test(above.text) &&
      /\p{Lu}{2}/u.test(above.text) &&
      !/^\d/.test(above.text) &&
      // Not an outcome or a count above the heading ("MOTION CARRIED 5-0").
      /\p{L}$/u.test(above.text) &&
      !/\b(?:CARRIED|PASSED|APPROVED|ADOPTED|FAILED|ADJOURNED|DENIED)\b/.test(above.text)
    ) {
      title = `${above.text} ${title}`;
      headingLine = above.number;
    }
    // "**Item 4:**" over its title in bold, wrapped over bold lines: the item numbered 4.
    const itemLabel = setting === 'bold' ? /^item\s+(\d{1,3}[a-z]?)$/i.exec(title)?.[1] : undefined;
    if (itemLabel) {
      const parts: string[] = [];
      for (const next of lines.slice(index + 1, index + 8)) {
        if (next.text === '') continue;
        // Its title ends at the next item's label or any other label in bold.
        if (!boldAlone.test(raw[next.number - 1] ?? '') || /^item\s+\d|:$/i.test(next.text)) break;
        parts.push(next.text);
      }
      if (parts.length > 0) {
        headings.push({
          index,
          line: line.number,
          title: parts.join(' '),
          setting,
          number: itemLabel,
        });
        continue;
      }
    }
    if (
      headings.at(-1)?.number !== undefined &&
      setting === 'bold' &&
      (headings.at(-1)?.index ?? 0) >= index - 8 &&
      headings.at(-1)?.title.includes(title)
    )
      continue;
    if (
      setting === 'title' ||
      !textSeen ||
      // "○출석 위원(11명)", "• Item": a mark before the words sets a speaker or a point.
      !/^[\p{L}\d"'“‘(]/u.test(title) ||
      title.length < 2 ||
      title.length > 120 ||
      numberedStart.test(title) ||
      notAnItem.test(title) ||
      startsWithWhen.test(title) ||
      calledToOrder.test(title) ||
      // "**PRESENT:**", "EXCUSED:": a label over who attended, in any setting; "## Apologies" may
      // be an item of its own.
      (attendanceLabel.test(title) && (setting === 'capitals' || /:\**\s*$/.test(source)))
    )
      continue;
    headings.push({ index, line: headingLine, title, setting });
  }
  // A heading over nothing but short lines ("City Staff" over "City Manager, Peter Iglesias"):
  // a list of people or labels, not business.
  const overAList = (heading: Heading, position: number): boolean => {
    if (heading.setting === 'agenda-list') return false;
    const end = headings[position + 1]?.index ?? lines.length;
    const section: CleanLine[] = [];
    for (let at = heading.index + 1; at < end && section.length < 12; at++) {
      const line = lines[at];
      if (line && line.text !== '') section.push(line);
    }
    return (
      section.length >= 2 &&
      section.every((line) => line.text.split(' ').length <= 8 && !/[.!?]$|\.\s/.test(line.text))
    );
  };
  const business = headings.filter((heading, position) => !overAList(heading, position));
  // A heading repeated under each item ("EXISTING CONDITIONS", "PROPOSAL") is part of a template.
  const times = new Map<string, number>();
  for (const heading of business)
    times.set(heading.title.toLowerCase(), (times.get(heading.title.toLowerCase()) ?? 0) + 1);
  const once = business.filter((heading) => (times.get(heading.title.toLowerCase()) ?? 0) < 3);
  const shallow = once.filter((heading) => heading.setting !== 'deeper');
  const kept = shallow.length > 0 ? shallow : once;
  // A line in capitals with a colon, or a line under a rule, heads an item only among others like it.
  // A title alone in its paragraph heads an item only among four others like it or more.
  const alike = (setting: Setting) =>
    kept.filter((heading) => heading.setting === setting).length >=
    (setting === 'standalone' ? 5 : 3);
  return kept.filter(
    (heading) =>
      (heading.setting !== 'capitals' &&
        heading.setting !== 'ruled' &&
        heading.setting !== 'standalone') ||
      alike(heading.setting),
  );
};

/**
 * The numbered items all sit inside one section, with headings before and after them: a list in
 * that section's text, not the items.
 */
const inOneSection = (numbered: readonly AgendaItem[], headings: readonly Heading[]): boolean => {
  const sectionOf = (line: number) => headings.filter((heading) => heading.line < line).length;
  const sections = new Set(numbered.map((item) => sectionOf(item.line)));
  const [section] = sections;
  return sections.size === 1 && section !== undefined && section > 0 && section < headings.length;
};

/** "9.1", "10.2": sub-items numbered under an unnumbered item (the 9th entry of the list). */
const subNumber = /^\d{1,2}\.\d{1,2}$/;

/**
 * The items of a paper that sets its business as headings without numbers (Markdown `##`/`###`,
 * lines in bold, capitals with a colon, or an agenda's bulleted list), when its numbered reading
 * finds fewer than two items or only the points of one section's list: each heading is an item
 * numbered `null`, with the sub-items numbered under them ("9.1") kept in their places.
 * @example
 * const text = 'Held in the Hall.\n## Public Forum\n## Roads\n## AOB';
 * withHeadingItems([], cleanLines(text), text.split('\n')).map((item) => item.title) // ['Public Forum', 'Roads', 'AOB']
 */
export const withHeadingItems = (
  numbered: readonly AgendaItem[],
  lines: readonly CleanLine[],
  raw: readonly string[],
): AgendaItem[] => {
  const headings = headingsOf(lines, raw);
  if (headings.length < 3) return [...numbered];
  const subItems = numbered.filter((item) => item.number !== null && subNumber.test(item.number));
  const onlySubItems = numbered.length > 0 && subItems.length === numbered.length;
  const listInASection = inOneSection(numbered, headings) && headings.length >= 2 * numbered.length;
  if (numbered.length >= 1 && !onlySubItems && !listInASection) return [...numbered];
  const items: AgendaItem[] = headings.map((heading) => ({
    number: heading.number ?? null,
    title: heading.title,
    time: null,
    pages: null,
    description: null,
    line: heading.line,
  }));
  return [...items, ...subItems.filter((item) => item.line > (headings[0]?.line ?? 0))].sort(
    (a, b) => a.line - b.line,
  );
};
