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
  /^(?:it\s+was\s+)?(?:(?:unanimously|further)\s+)?(?:(?:RESOLVED|AGREED|DECIDED|DECISION)(?:\s+(?:UNANIMOUSLY|unanimously))?\s*(?:[:.–—-]+\s*|\s+)|(?:Resolved|Agreed|Decided|Decision)(?:\s+unanimously)?\s*(?:[:–—-]+\s*|\s+(?=that\b)))(?:(?:that|That|THAT)\b\s*[:,–—-]?\s*)?(.*)$/;

/** Lettered or numbered sub-points that continue a resolution: "(a) …", "i) …", "1. …". */
const subPoint = /^(?:\(?[a-z]{1,3}\)|\(?[ivx]{1,5}\)|\d{1,2}[.)])\s+/i;

type Sections = ReturnType<typeof itemSections>;

const itemOf = (sections: Sections, line: number): string | null =>
  sections.find((section) => section.line <= line && (section.endLine ?? section.line) >= line)
    ?.number ?? null;

/**
 * Every RESOLVED/AGREED decision, verbatim (white space folded), with the item it was made under.
 * A resolution runs on over lettered sub-points and wrapped lines until a blank line that is not
 * followed by another sub-point.
 */
export const readResolutions = (
  lines: readonly CleanLine[],
  sections: Sections,
  minutes: boolean,
): Resolution[] => {
  const found: Resolution[] = [];
  const blocks = paragraphs(lines);
  for (let index = 0; index < blocks.length; index++) {
    const paragraph = blocks[index];
    const match = paragraph && resolvedStart.exec(paragraph.text);
    if (!paragraph || !match) continue;
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
    if (text.length >= 3)
      found.push({
        item: itemOf(sections, paragraph.number),
        text,
        line: paragraph.number,
        endLine: end,
      });
  }
  // Minutes record decisions one way: under RESOLVED headings, or in sentences. Sentences are read
  // only from minutes that have no RESOLVED blocks, where they are the record, not commentary.
  if (minutes && found.length === 0) return sentenceDecisions(blocks, sections);
  return found;
};

/** The text of a paragraph after its item heading: "2728. Approval of minutes: Approved" → "Approved". */
const bodyAfterHeading = (paragraph: Paragraph): string => {
  const heading = parseHeading(paragraph.text);
  if (!heading) return resolvedStart.test(paragraph.text) ? '' : paragraph.text;
  const at = paragraph.text.indexOf(heading.title);
  const rest = paragraph.text.slice(at + heading.title.length).replace(/^\s*:-?\s*/, '');
  return rest.trim();
};

const sentenceDecisions = (blocks: readonly Paragraph[], sections: Sections): Resolution[] =>
  readDecisionSentences(blocks, bodyAfterHeading, (text) => !!parseHeading(text)).map(
    (decision) => ({
      item: itemOf(sections, decision.line),
      text: decision.text,
      line: decision.line,
      endLine: decision.endLine,
    }),
  );

export { itemOf };
