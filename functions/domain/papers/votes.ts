import type { CleanLine } from './lines.ts';
import type { Vote } from './model.ts';
import { splitNames } from './names.ts';
import { itemOf } from './resolutions.ts';
import type { itemSections } from './sections.ts';

type Sections = ReturnType<typeof itemSections>;

const tallyLabels: readonly [RegExp, 'for' | 'against' | 'abstain'][] = [
  [/^(?:ayes?|yeas?|for|in\s+favou?r)\s*(?:\(\d+\))?\s*[:–-]\s*(.*)$/i, 'for'],
  [/^(?:nays?|noes|against)\s*(?:\(\d+\))?\s*[:–-]\s*(.*)$/i, 'against'],
  [/^(?:abstain(?:ed|ing|s)?|abstentions?)\s*(?:\(\d+\))?\s*[:–-]\s*(.*)$/i, 'abstain'],
];

const motion = /\b(?:motion|moved)\s+(?:by|was\s+made\s+by)\b.*?\bto\s+(.+?)(?:\.\s|\.$|$)/i;
const outcome =
  /\b(?:motion|amendment|resolution|it)\s+(?:was\s+)?(carried|passed|approved|adopted|failed|lost|defeated|fell)\b/i;

/**
 * Recorded votes: roll calls ("Ayes: …", "Nays: …", "Abstain: …", or "For/Against") with the motion
 * they decided and whether it carried. Names are read from the lists; counts alone give no names.
 */
export const readVotes = (lines: readonly CleanLine[], sections: Sections): Vote[] => {
  const votes: Vote[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (!line) continue;
    const parts = line.text.split(
      /(?<=[.;])\s+(?=(?:ayes?|yeas?|nays?|noes|abstain|abstentions?|for|against)\b)/i,
    );
    const tallies = { for: [] as string[], against: [] as string[], abstain: [] as string[] };
    let matched = false;
    let end = line.number;
    const consume = (text: string) => {
      for (const [label, side] of tallyLabels) {
        const match = label.exec(text);
        if (match) {
          tallies[side].push(...splitNames((match[1] ?? '').replace(/\.$/, '')));
          matched = true;
          return true;
        }
      }
      return false;
    };
    for (const part of parts) consume(part.replace(/^roll\s+call(?:\s+vote)?\s*[:–-]?\s*/i, ''));
    if (!matched) continue;
    for (let next = index + 1; next < Math.min(lines.length, index + 4); next++) {
      const following = lines[next];
      if (following && consume(following.text)) {
        end = following.number;
        index = next;
      } else break;
    }
    const nearby = lines
      .slice(Math.max(0, index - 8), index + 3)
      .map((candidate) => candidate.text)
      .join(' ');
    const result = outcome.exec(nearby)?.[1]?.toLowerCase();
    votes.push({
      item: itemOf(sections, line.number),
      motion: motion.exec(nearby)?.[1]?.trim() ?? null,
      ...tallies,
      result: result
        ? /carried|passed|approved|adopted/.test(result)
          ? 'carried'
          : 'failed'
        : null,
      line: line.number,
      endLine: end,
    });
  }
  return votes;
};
