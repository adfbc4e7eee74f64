import { readDecisionSentences } from './decisions.ts';
import { type CleanLine, type Paragraph, paragraphs } from './lines.ts';
import type { Resolution } from './model.ts';
import { type itemSections, parseHeading } from './sections.ts';

/**
 * "RESOLVED – That …", "It was RESOLVED that", "Agreed: …", "DECISION: …". Capitals may run straight
 * into the text; "Agreed" or "Resolved" in ordinary case must be followed by punctuation or "that",
 * so a sentence such as "Agreed how we will measure success" is not taken for a decision.
 */
const resolvedStart =
  /^(?:it\s+was\s+)?(?:(?:unanimously|further)\s+)?(?:(?:RESOLVED|AGREED|DECIDED|DECISION|PENDERFYNWYD|CYTUNWYD)(?:\s+(?:UNANIMOUSLY|unanimously|YN\s+UNFRYDOL|yn\s+unfrydol))?\s*(?:[:.–—-]+\s*|\s+)|(?:Resolved|Agreed|Decided|Decision|Penderfynwyd|Cytunwyd)(?:\s+unanimously|\s+yn\s+unfrydol)?\s*(?:[:–—-]+\s*|\s+(?=that\b)))(?:(?:that|That|THAT)\b\s*[:,–—-]?\s*)?(.*)$/;

/**
 * "THEREFORE BE IT RESOLVED that …", "AND BE IT FURTHER RESOLVED that …": a North-American
 * resolution, a decision only where minutes record it (an agenda prints it as a draft).
 */
const beItResolved =
  /^(?:(?:and|now|therefore),?\s+)*be\s+it\s+(?:further\s+|also\s+)?resolved,?\s+(?:that\b\s*[:,]?\s*)?(.*)$/i;

/** "That … BE RECEIVED / NOTED / APPROVED …", led by "Recommendation:" or an item's number. */
const capitalisedDecision =
  /^(?:[Rr]ecommendation\s*:\s*|\d{1,2}\.\s+)(That\b.*\bBE\s+(?:RECEIVED|NOTED|APPROVED|ADOPTED|REQUESTED|DIRECTED|AUTHORI[SZ]ED|REFERRED|ENDORSED|TAKEN)\b.*)$/s;
/** What overturns a recommendation recorded just after it: a resolution of its own, a refusal, a lost motion. */
const overturned =
  /\bRESOLVED\b|\b(?:REFUSED|DEFEATED|LOST)\b|\bmotion\s+(?:failed|lost|defeated)\b|\bnot\s+carried\b/i;

/** Lettered or numbered sub-points that continue a resolution: "(a) …", "i) …", "1. …". */
const subPoint = /^(?:\(?[a-z]{1,3}\)|\(?[ivx]{1,5}\)|\d{1,2}[.)])\s+/i;

type Sections = ReturnType<typeof itemSections>;

const itemOf = (sections: Sections, line: number): string | null =>
  sections.find((section) => section.line <= line && (section.endLine ?? section.line) >= line)
    ?.number ?? null;

/**
 * "7KDW\u0003WKH\u0003&OHUN¶V…": a PDF whose font maps its letters elsewhere gives text no one can
 * read (control characters for spaces); a decision is words with spaces between them.
 */
const readable = (resolution: Resolution): boolean =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what is looked for.
  !/[\u0000-\u0008\u000e-\u001f]/.test(resolution.text) &&
  (/\s/.test(resolution.text) || resolution.text.length <= 25);

/**
 * Every RESOLVED/AGREED decision, verbatim (white space folded), with the item it was made under.
 * A resolution runs on over lettered sub-points and wrapped lines until a blank line that is not
 * followed by another sub-point.
 */
export const readResolutions = (
  lines: readonly CleanLine[],
  sections: Sections,
  minutes: boolean,
): Resolution[] => allResolutions(lines, sections, minutes).filter(readable);

const allResolutions = (
  lines: readonly CleanLine[],
  sections: Sections,
  minutes: boolean,
): Resolution[] => {
  const found: Resolution[] = [];
  // The lines of the resolutions quoted whole ("WHEREAS …", "NOW, THEREFORE, be it RESOLVED …"),
  // which a council then adopts by a motion the minutes record in sentences.
  const quoted = new Set<number>();
  const blocks = paragraphs(lines);
  for (let index = 0; index < blocks.length; index++) {
    const paragraph = blocks[index];
    const resolved = paragraph && resolvedStart.exec(paragraph.text);
    const match = resolved ?? (paragraph && minutes ? beItResolved.exec(paragraph.text) : null);
    if (!paragraph || !match) continue;
    if (!resolved) quoted.add(paragraph.number);
    // "Agreed actions", "Decision by …": a label, not a decision.
    if (/^(?:agreed|decision)\s+(?:actions?|items?|by|at)\b/i.test(paragraph.text)) continue;
    const parts = [match[1] ?? ''];
    let end = paragraph.endLine;
    // Lettered or numbered points that follow belong to it while the text so far introduces or
    // continues a list ("That:", "…;", "… and"); a numbered heading never does.
    const open = () =>
      /(?:[:;,]|\b(?:and|or|that))$/i.test(parts.at(-1)?.trim() ?? '') ||
      parts.at(-1)?.trim() === '';
    for (
      let next = blocks[index + 1];
      next && open() && subPoint.test(next.text) && !parseHeading(next.text);
      next = blocks[index + 1]
    ) {
      parts.push(next.text);
      end = next.endLine;
      index++;
    }
    const text = parts.join(' ').replace(/\s+/g, ' ').trim();
    // "AND BE IT FURTHER RESOLVED that …" goes on with the resolution before it.
    const previous = found.at(-1);
    if (
      previous &&
      /^and\s+be\s+it\s+further\s+resolved\b/i.test(paragraph.text) &&
      blocks[index - 1]?.endLine === previous.endLine
    ) {
      found[found.length - 1] = {
        ...previous,
        text: `${previous.text} ${paragraph.text.replace(/\s+/g, ' ').trim()}`,
        endLine: end,
      };
      continue;
    }
    // "DECISION: APPROVED.": an outcome that says nothing of what was decided, which the motion
    // around it records.
    if (text.length >= 3 && !/^(?:approved|carried|agreed|noted|adopted|passed)\.?$/i.test(text))
      found.push({
        item: itemOf(sections, paragraph.number),
        text,
        line: paragraph.number,
        endLine: end,
      });
  }
  if (!minutes) return found;
  // A committee's minutes that record what it recommends, North-American style: "Recommendation:
  // That, on the recommendation of …, the report … BE RECEIVED for information.", "1. That it BE
  // NOTED that no pecuniary interests were disclosed." — unless what follows overturns it.
  const recommended: Resolution[] = [];
  for (const [index, paragraph] of blocks.entries()) {
    const text = capitalisedDecision.exec(paragraph.text)?.[1];
    const after = blocks
      .slice(index + 1, index + 3)
      .map((next) => next.text)
      .join(' ');
    if (
      text &&
      !overturned.test(after) &&
      !found.some((resolution) => resolution.line === paragraph.number)
    )
      recommended.push({
        item: itemOf(sections, paragraph.number),
        text: text.trim(),
        line: paragraph.number,
        endLine: paragraph.endLine,
      });
  }
  const results = [...resultBlocks(lines, blocks, sections), ...recommended];
  // Minutes record decisions one way: under RESOLVED headings, or in sentences. Sentences are read
  // only from minutes that have no RESOLVED blocks, where they are the record, not commentary.
  if (found.every((resolution) => quoted.has(resolution.line)))
    return [...found, ...results, ...sentenceDecisions(blocks, sections, false)].sort(
      (a, b) => a.line - b.line,
    );
  // Beside RESOLVED blocks, only sentences that say themselves a decision was taken ("it was
  // resolved to …") are read, and none a block already holds.
  const opening = (text: string) => text.toLowerCase().replace(/\W+/g, ' ').trim().slice(0, 50);
  const explicit = sentenceDecisions(blocks, sections, true).filter(
    (decision) =>
      !found.some((block) => opening(block.text) === opening(decision.text)) &&
      !found.some(
        (block) => block.line <= decision.line && (block.endLine ?? block.line) >= decision.line,
      ),
  );
  return [...found, ...results, ...explicit].sort((a, b) => a.line - b.line);
};

/** "RESULT: APPROVED AS AMENDED [UNANIMOUS]", as minutes published from Legistar record a vote. */
const resultLine = /^RESULT:\s*(.+?)\s*(?=MOTION\s+BY:|MOVER:|SECOND(?:ER)?:|AYES:|$)/;
const resultFailed = /\b(?:FAILED|LOST|DEFEATED|DENIED|WITHDRAWN|NOT\s+ADOPTED)\b/i;
/** The action a staff recommendation asks for, as Legistar prints it under the item: "Adopt the …". */
const actionAsked =
  /^(?:adopt|approve|authori[sz]e|accept|receive|award|ratify|appoint|direct|introduce|waive|certify|confirm|amend|execute|deny|uphold|find|determine|declare|reject|grant|allocate|designate|select)\b/i;
const motionMade =
  /\bmade\s+a\s+motion\b|\b(?:moved|proposed)\s+(?:by|to|that)\b|\bmoved\s+and\s+seconded\b/i;

/**
 * Decisions of minutes that record each vote in a "RESULT:" block (Legistar): the actions the
 * item asked for, printed between its heading (or the previous vote) and the block, each a
 * decision when the result is not a failure; the result itself when the item printed none. An
 * item that records a motion in words is left to the sentence reader, which reads the motion.
 */
/** Each line that opens with the action asked for, with its wrapped lines up to the sentence's end. */
const actionsAsked = (lines: readonly CleanLine[]) => {
  const actions: { text: string; line: number; endLine: number }[] = [];
  for (const [index, line] of lines.entries()) {
    if (!actionAsked.test(line.text) || parseHeading(line.text)) continue;
    const parts = [line.text];
    let end = line.number;
    for (const next of lines.slice(index + 1)) {
      if (/\.$/.test(parts.at(-1) ?? '') || next.text === '' || parseHeading(next.text)) break;
      parts.push(next.text);
      end = next.number;
    }
    const text =
      parts
        .join(' ')
        .replace(/\s+/g, ' ')
        .split(/(?<=\.)\s+(?=[A-Z])/)[0] ?? '';
    actions.push({ text: text.replace(/\.$/, ''), line: line.number, endLine: end });
  }
  return actions;
};

const resultBlocks = (
  lines: readonly CleanLine[],
  blocks: readonly Paragraph[],
  sections: Sections,
): Resolution[] => {
  const found: Resolution[] = [];
  let windowStart = 0;
  for (const [index, paragraph] of blocks.entries()) {
    const result = resultLine.exec(paragraph.text)?.[1];
    if (!result) continue;
    const section = sections.find(
      (candidate) =>
        candidate.line <= paragraph.number &&
        (candidate.endLine ?? candidate.line) >= paragraph.number,
    );
    const window = blocks
      .slice(windowStart, index)
      .filter((candidate) => !section || candidate.number > section.line);
    windowStart = index + 1;
    if (resultFailed.test(result) || window.some((candidate) => motionMade.test(candidate.text)))
      continue;
    const from = window[0]?.number ?? paragraph.number;
    const asked = actionsAsked(
      lines.filter((line) => line.number >= from && line.number < paragraph.number),
    );
    if (asked.length === 0)
      found.push({
        item: itemOf(sections, paragraph.number),
        text: result,
        line: paragraph.number,
        endLine: paragraph.number,
      });
    for (const action of asked) found.push({ item: itemOf(sections, action.line), ...action });
  }
  return found;
};

/** The text of a paragraph after its item heading: "2728. Approval of minutes: Approved" → "Approved". */
const bodyAfterHeading = (paragraph: Paragraph): string => {
  const heading = parseHeading(paragraph.text);
  if (!heading) return resolvedStart.test(paragraph.text) ? '' : paragraph.text;
  const at = paragraph.text.indexOf(heading.title);
  const rest = paragraph.text
    .slice(at + heading.title.length)
    .replace(/^\s*:-?\s*/, '')
    .trim();
  // "5.1 Councilmember Vawdrey moved to approve the Consent Items.": a numbered point that is a
  // motion, not an item's title.
  if (
    rest === '' &&
    /\b(?:moved|motioned|made\s+(?:a|the)\s+motion)\s+(?:to|that)\b/i.test(heading.title)
  )
    return heading.title;
  return rest;
};

const sentenceDecisions = (
  blocks: readonly Paragraph[],
  sections: Sections,
  explicitOnly: boolean,
): Resolution[] =>
  readDecisionSentences(blocks, bodyAfterHeading, (text) => !!parseHeading(text), explicitOnly).map(
    (decision) => ({
      item: itemOf(sections, decision.line),
      text: decision.text,
      line: decision.line,
      endLine: decision.endLine,
    }),
  );

export { itemOf };
