import type { CleanLine } from './lines.ts';
import type { Resolution } from './model.ts';
import type { itemSections } from './sections.ts';

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
export const readResolutions = (lines: readonly CleanLine[], sections: Sections): Resolution[] => {
  const found: Resolution[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const match = line && resolvedStart.exec(line.text);
    if (!line || !match) continue;
    // "Agreed" mid-sentence in a heading or list ("Agreed actions") is not a decision.
    if (/^(?:agreed|decision)\s+(?:actions?|items?|by|at)\b/i.test(line.text)) continue;
    const parts = [match[1] ?? ''];
    let end = line.number;
    for (let next = index + 1; next < lines.length; next++) {
      const following = lines[next];
      if (!following) break;
      if (following.text === '') {
        const after = lines.slice(next + 1).find((candidate) => candidate.text !== '');
        if (after && subPoint.test(after.text) && next - index < 40) continue;
        break;
      }
      if (resolvedStart.test(following.text)) break;
      const continues =
        subPoint.test(following.text) ||
        !/[.:]$/.test(parts.at(-1) ?? '') ||
        parts.at(-1)?.endsWith(':');
      if (!continues) break;
      parts.push(following.text);
      end = following.number;
    }
    const text = parts.join(' ').replace(/\s+/g, ' ').trim();
    if (text.length >= 3)
      found.push({ item: itemOf(sections, line.number), text, line: line.number, endLine: end });
    index = lines.findIndex((candidate) => candidate.number === end);
  }
  return found;
};

export { itemOf };
