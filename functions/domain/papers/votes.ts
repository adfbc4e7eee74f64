import { type CleanLine, paragraphs } from './lines.ts';
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

const motion = /\b(?:motion|moved)\s+(?:by|was\s+made\s+by)\b.*?,?\s+to\s+(.+)$/i;
const outcome =
  /\b(?:motion|amendment|resolution|it)\s+(?:was\s+)?(carried|passed|approved|adopted|failed|lost|defeated|fell)\b/i;

const tallyOf = (
  text: string,
): { side: 'for' | 'against' | 'abstain'; names: string[] } | undefined => {
  for (const [label, side] of tallyLabels) {
    const match = label.exec(text.replace(/^roll\s+call(?:\s+vote)?\s*[:–-]?\s*/i, ''));
    if (match) return { side, names: splitNames((match[1] ?? '').replace(/\.$/, '')) };
  }
  return undefined;
};

/**
 * Recorded votes: roll calls ("Ayes: …", "Nays: …", "Abstain: …", or "For/Against") with the motion
 * they decided (the motion paragraph just above) and whether it carried (the line just after).
 * Names are read from the lists; counts alone give no names.
 */
export const readVotes = (lines: readonly CleanLine[], sections: Sections): Vote[] => {
  const votes: Vote[] = [];
  const blocks = paragraphs(lines);
  for (let index = 0; index < blocks.length; index++) {
    const first = blocks[index];
    if (!first || !tallyOf(first.text)) continue;
    const tallies = { for: [] as string[], against: [] as string[], abstain: [] as string[] };
    let last = first;
    for (let next = blocks[index]; next; next = blocks[index + 1]) {
      const tally = tallyOf(next.text);
      if (!tally) break;
      tallies[tally.side].push(...tally.names);
      last = next;
      index = blocks.indexOf(next);
    }
    const before = blocks
      .slice(Math.max(0, blocks.indexOf(first) - 3), blocks.indexOf(first))
      .reverse();
    const after = blocks.slice(index + 1, index + 3);
    const result = after
      .map((paragraph) => outcome.exec(paragraph.text)?.[1])
      .find(Boolean)
      ?.toLowerCase();
    votes.push({
      item: itemOf(sections, first.number),
      motion:
        before.map((paragraph) => motion.exec(paragraph.text)?.[1]?.trim()).find(Boolean) ?? null,
      ...tallies,
      result: result
        ? /carried|passed|approved|adopted/.test(result)
          ? 'carried'
          : 'failed'
        : null,
      line: first.number,
      endLine: last.endLine,
    });
  }
  return votes;
};
