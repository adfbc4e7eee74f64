import { bulletStart, type CleanLine } from './lines.ts';
import type { Recommendation } from './model.ts';
import { numberedStart } from './numbering.ts';
import { parseHeading } from './sections.ts';

const heading =
  /^(?:\d+(?:\.\d+)?\.?\s+)?(?:recommendations?|recommended\s+(?:decisions?|resolutions?)|decisions?\s+(?:required|sought))\s*(?:\(s\))?\s*(?:[:–-]\s*(.*))?$/i;
// Lower-case letters and roman numerals only: "A. National Context" is a section heading.
const lettered = /^(?:\((?:[a-z]|[ivx]{1,4})\)|(?:[a-z]|[ivx]{1,4})[.)])\s+(.+)$/;
const numbered = /^\(?\d{1,2}[.)]\s+(.+)$/;

/** A short line standing alone after a finished sentence is a heading ("National context"). */
const isBareHeading = (text: string, previous: string | undefined) =>
  text.split(/\s+/).length <= 6 &&
  !/[.,;:]$/.test(text) &&
  /^[A-Z]/.test(text) &&
  (!previous || /[.:;]$/.test(previous));

/** A labelled line ("Reason for decision:") or a numbered section heading ends the block. */
const endsBlock = (text: string, previous: string | undefined) =>
  !!parseHeading(text) ||
  /^[A-Z]\.\s+[A-Z]/.test(text) ||
  /^(?:reasons?\s+for|background|summary|executive\s+summary|introduction)\b/i.test(text) ||
  /^[A-Z][\w ()/]{2,40}:\s/.test(text) ||
  isBareHeading(text, previous);

interface Point {
  readonly text: string[];
  readonly line: number;
  endLine: number;
}

/**
 * Recommendations of a report: the text under a "Recommendation(s)" label or heading. Lettered,
 * numbered or bulleted points become one recommendation each (their stem, "Cabinet is asked to:",
 * is not repeated); a block that is not split into points is one recommendation, inline "(a) … and
 * (b) …" included, since splitting it would lose its stem.
 */
export const readRecommendations = (
  lines: readonly CleanLine[],
  raw: readonly string[],
): Recommendation[] => {
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const match = line && heading.exec(line.text);
    if (!line || !match) continue;
    const block: CleanLine[] = match[1] ? [{ number: line.number, text: match[1] }] : [];
    const window = lines.slice(index + 1, index + 40);
    for (const [position, next] of window.entries()) {
      if (next.text === '') {
        const after = window.slice(position + 1).find((candidate) => candidate.text !== '');
        const continues = after && isPoint(after, raw) && !parseHeading(after.text);
        if (block.length > 0 && !continues) break;
        continue;
      }
      if (block.length > 0 && !isPoint(next, raw) && endsBlock(next.text, block.at(-1)?.text))
        break;
      if (block.length > 0 && parseHeading(next.text)) break;
      block.push(next);
    }
    const points = splitPoints(block, raw);
    if (points.length > 0) return points;
  }
  return [];
};

const isPoint = (line: CleanLine, raw: readonly string[]) =>
  lettered.test(line.text) ||
  numbered.test(line.text) ||
  bulletStart.test(raw[line.number - 1] ?? '');

const splitPoints = (block: readonly CleanLine[], raw: readonly string[]): Recommendation[] => {
  const points: Point[] = [];
  const stem: string[] = [];
  for (const line of block) {
    if (isPoint(line, raw)) {
      const text = lettered.exec(line.text)?.[1] ?? numbered.exec(line.text)?.[1] ?? line.text;
      points.push({ text: [text], line: line.number, endLine: line.number });
    } else if (points.length > 0) {
      const last = points.at(-1);
      last?.text.push(line.text);
      if (last) last.endLine = line.number;
    } else stem.push(line.text);
  }
  const fold = (parts: readonly string[]) => parts.join(' ').replace(/\s+/g, ' ').trim();
  // Points count only when the stem introduces them ("…asked to:") or there is no stem at all.
  if (points.length > 0 && (stem.length === 0 || /[:;]$|\bto$/.test(fold(stem)))) {
    return points.map((point) => ({
      text: fold(point.text),
      line: point.line,
      endLine: point.endLine,
    }));
  }
  const text = fold(stem);
  const first = block[0]?.number ?? 0;
  return text ? [{ text, line: first, endLine: first + stem.length - 1 }] : [];
};

/** "Recommendation: Receive and file.", "RECOMMENDED ACTION: Adopt …", "Staff Recommendation: …". */
const labelled =
  /^(?:(?:staff|department)\s+)?(?:recommendations?|recommended\s+actions?|recommended\s+motion|action\s+requested)\s*:\s*(.+)$/i;
/** The same label alone on its line, the recommendation below it: "DEPARTMENT RECOMMENDATION". */
const labelAlone =
  /^(?:(?:staff|department)\s+)?(?:recommendations?|recommended\s+actions?|recommended\s+motion)$/i;
/** "Staff recommends the Housing Authority approve …", "Recommends that the Board approve …". */
const recommendsSentence =
  /(?:^|(?<=[.;:–—-]\s))((?:(?:[Ss]taff|[Tt]he\s+[Dd]epartment|[Tt]he\s+[Cc]ity\s+[Mm]anager|[Tt]he\s+[Ee]xecutive\s+[Dd]irector)\s+)?[Rr]ecommends?\s+(?:that\s+)?(?:the\s+)?[A-Z].*)$/;
/** An item that is itself a recommendation: "Recommendation for approval of the minutes of …". */
const recommendationItem = /^(?:\d{1,3}[.)]?\s+)?(recommendations?\s+(?:for|to)\s+.+)$/i;

/** The first sentence: a stop before a space or the end, not after "No." or an initial. */
const sentenceEnd = (text: string) => {
  const end = text.search(
    /(?<!\b(?:Nos?|Inc|Ltd|Co|St|Dr|Mr|Mrs|Ms|vs|etc|approx|[A-Z]))\.(?=\s|$)/,
  );
  return (end >= 0 ? text.slice(0, end + 1) : text).trim();
};

/**
 * The action an item in capitals asks for after its dash, and the line it starts on: the title's
 * lines all in capitals up to " - ", then a sentence in sentence case.
 */
const actionAfterCapitals = (
  lines: readonly CleanLine[],
): { text: string; line: CleanLine } | undefined => {
  for (const [index, line] of lines.entries()) {
    if (line.text === '' || (index > 0 && numberedStart.test(line.text))) return undefined;
    const dash = /^(.*?)\s+[-–—]\s+(\p{Lu}\p{Ll}.*)$/u.exec(line.text);
    const title = dash?.[1] ?? line.text;
    const letters = title.replace(/[^\p{L}]/gu, '');
    if (letters.length < 3 || letters !== letters.toUpperCase()) return undefined;
    if (dash?.[2]) return { text: dash[2], line };
  }
  return undefined;
};

/** A line that starts something else: a label, a numbered item, a page heading. */
const startsOther = (text: string) =>
  text === '' || /^[\p{Lu}][\p{L} ()'’/-]{1,40}:/u.test(text) || numberedStart.test(text);

/**
 * What an agenda asks the meeting to decide on each item, where the agenda says it: a
 * "Recommendation:" label under the item (or above it, alone), a "Staff recommends …" sentence, or
 * an item worded as a recommendation; its wrapped lines are joined up to the sentence's end.
 * Nothing else in an agenda is read as one.
 */
export const readItemRecommendations = (lines: readonly CleanLine[]): Recommendation[] => {
  const found: Recommendation[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (!line || line.text === '') continue;
    let start = index;
    let value =
      labelled.exec(line.text)?.[1] ??
      recommendationItem.exec(line.text)?.[1] ??
      recommendsSentence.exec(line.text)?.[1];
    // "2. ARTERIAL SYSTEM FINANCING PROGRAM ANNUAL REVIEW - City Council to receive and file this
    // report.": a US agenda's item, its title in capitals, then after a dash what it asks.
    if (!value && numberedStart.test(line.text)) {
      const asked = actionAfterCapitals(lines.slice(index, index + 12));
      if (asked) {
        value = asked.text;
        start = lines.indexOf(asked.line);
      }
    }
    if (!value && labelAlone.test(line.text)) {
      const next = lines.slice(index + 1, index + 3).find((candidate) => candidate.text !== '');
      if (next && !startsOther(next.text)) {
        value = next.text;
        start = lines.indexOf(next);
      }
    }
    if (!value) continue;
    let end = start;
    for (const next of lines.slice(start + 1, start + 7)) {
      if (sentenceEnd(value) !== value.trim() || /\.$/.test(value) || startsOther(next.text)) break;
      value = `${value} ${next.text}`;
      end = lines.indexOf(next);
    }
    const text = sentenceEnd(value).replace(/\s+/g, ' ');
    if (text.length >= 3)
      found.push({ text, line: line.number, endLine: lines[end]?.number ?? line.number });
    index = end;
  }
  return found;
};
