import { diffLines, diffWordsWithSpace } from 'diff';

/*
 * A readable diff of two versions' texts, for people: the lines that changed, grouped into hunks
 * with a few unchanged lines around them, and inside each change the words removed and added.
 * The line and word matching is jsdiff's (Myers' algorithm); this module only groups its output.
 */

/** A run of words: kept as it was, removed from the earlier text, or added in the later one. */
export interface WordSegment {
  readonly kind: 'same' | 'removed' | 'added';
  readonly text: string;
}

/** Unchanged lines shown for context, or a change: what replaced what, word by word. */
export type HunkPart =
  | { readonly kind: 'context'; readonly lines: readonly string[] }
  | {
      readonly kind: 'change';
      readonly removedLines: number;
      readonly addedLines: number;
      /**
       * Where the change is, counting lines from 1: the first removed line's number in the earlier
       * text and the first added line's in the later one (with nothing removed or added, the line
       * the change comes before).
       */
      readonly fromLine: number;
      readonly toLine: number;
      /** The lines removed from the earlier text and added in the later one, whole. */
      readonly removed: readonly string[];
      readonly added: readonly string[];
      readonly words: readonly WordSegment[];
    };

/** One place where the texts differ; line numbers count from 1 and include the context shown. */
export interface TextHunk {
  readonly from: { readonly start: number; readonly end: number };
  readonly to: { readonly start: number; readonly end: number };
  readonly parts: readonly HunkPart[];
}

export interface TextDiff {
  readonly hunks: readonly TextHunk[];
  readonly linesRemoved: number;
  readonly linesAdded: number;
  /** True when the texts differ too much to match line by line within the limit: nothing listed. */
  readonly tooDifferent: boolean;
}

export interface TextDiffOptions {
  /** Unchanged lines kept either side of a change (2). */
  readonly context?: number;
  /** Most lines inserted and deleted together before giving up (5,000), bounding the work. */
  readonly maxEditLines?: number;
  /** A change longer than this many characters is shown whole rather than word by word (20,000). */
  readonly maxWordDiffChars?: number;
}

type Block =
  | { readonly kind: 'same'; readonly lines: string[] }
  | { readonly kind: 'change'; readonly removed: string[]; readonly added: string[] };

/** Lines without their line breaks; a text's final line break makes no extra empty line. */
const linesOf = (value: string): string[] => value.replace(/\n$/, '').split('\n');

/** jsdiff's changes as alternating runs of unchanged lines and changes (removals with additions). */
const blocksOf = (changes: ReturnType<typeof diffLines>): Block[] => {
  const blocks: Block[] = [];
  for (const change of changes) {
    const lines = linesOf(change.value);
    const last = blocks.at(-1);
    if (!change.added && !change.removed) blocks.push({ kind: 'same', lines });
    else if (last?.kind === 'change') (change.added ? last.added : last.removed).push(...lines);
    else
      blocks.push({
        kind: 'change',
        removed: change.removed ? lines : [],
        added: change.added ? lines : [],
      });
  }
  return blocks;
};

const wordsOf = (removed: readonly string[], added: readonly string[], limit: number) => {
  const before = removed.join('\n');
  const after = added.join('\n');
  const whole = (kind: WordSegment['kind'], text: string) => (text ? [{ kind, text }] : []);
  if (removed.length === 0) return whole('added', after);
  if (added.length === 0) return whole('removed', before);
  if (before.length + after.length > limit)
    return [...whole('removed', before), ...whole('added', after)];
  return coalesce(
    diffWordsWithSpace(before, after).map(
      (change): WordSegment => ({
        kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
        text: change.value,
      }),
    ),
  );
};

/**
 * Changed words separated only by spaces read as one change ("a correct" became "an accurate"),
 * not as alternating fragments: the spaces join both sides, and each side comes out once.
 */
const coalesce = (segments: readonly WordSegment[]): WordSegment[] => {
  const out: WordSegment[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    removed = '';
    added = '';
  };
  for (const [index, segment] of segments.entries()) {
    const next = segments[index + 1];
    if (segment.kind === 'removed') removed += segment.text;
    else if (segment.kind === 'added') added += segment.text;
    else if ((removed || added) && next && next.kind !== 'same' && /^[ \t]+$/.test(segment.text)) {
      removed += segment.text;
      added += segment.text;
    } else {
      flush();
      out.push(segment);
    }
  }
  flush();
  return out;
};

/**
 * What changed between two texts, line by line and, inside changed lines, word by word; unchanged
 * stretches are left out beyond `context` lines either side of a change.
 *
 * @example diffText('a\nb\nc', 'a\nB\nc').hunks[0]?.parts[1]
 * // { kind: 'change', removedLines: 1, addedLines: 1, fromLine: 2, toLine: 2, removed: ['b'], added: ['B'],
 * //   words: [{ kind: 'removed', text: 'b' }, { kind: 'added', text: 'B' }] }
 */
export const diffText = (
  before: string,
  after: string,
  options: TextDiffOptions = {},
): TextDiff => {
  const context = options.context ?? 2;
  // Every line ends with a break, so a text's last line compares equal to the same line followed by more.
  const ended = (text: string) => (text === '' || text.endsWith('\n') ? text : `${text}\n`);
  const changes = diffLines(ended(before), ended(after), {
    maxEditLength: options.maxEditLines ?? 5000,
  });
  if (!changes) return { hunks: [], linesRemoved: 0, linesAdded: 0, tooDifferent: true };
  const blocks = blocksOf(changes);
  const hunks: TextHunk[] = [];
  let open: { from: number; to: number; parts: HunkPart[] } | undefined;
  let fromLine = 1;
  let toLine = 1;
  let linesRemoved = 0;
  let linesAdded = 0;
  const close = (fromEnd: number, toEnd: number) => {
    if (!open) return;
    hunks.push({
      from: { start: open.from, end: fromEnd },
      to: { start: open.to, end: toEnd },
      parts: open.parts,
    });
    open = undefined;
  };
  for (const [index, block] of blocks.entries()) {
    if (block.kind === 'same') {
      const lines = block.lines;
      const isLast = index === blocks.length - 1;
      if (open && (isLast || lines.length > 2 * context)) {
        const kept = lines.slice(0, context);
        if (kept.length > 0) open.parts.push({ kind: 'context', lines: kept });
        close(fromLine + kept.length - 1, toLine + kept.length - 1);
      } else if (open) open.parts.push({ kind: 'context', lines });
      fromLine += lines.length;
      toLine += lines.length;
      continue;
    }
    if (!open) {
      const previous = blocks[index - 1];
      const lead = previous?.kind === 'same' ? previous.lines.slice(-context) : [];
      open = { from: fromLine - lead.length, to: toLine - lead.length, parts: [] };
      if (lead.length > 0) open.parts.push({ kind: 'context', lines: lead });
    }
    open.parts.push({
      kind: 'change',
      removedLines: block.removed.length,
      addedLines: block.added.length,
      fromLine,
      toLine,
      removed: block.removed,
      added: block.added,
      words: wordsOf(block.removed, block.added, options.maxWordDiffChars ?? 20_000),
    });
    fromLine += block.removed.length;
    toLine += block.added.length;
    linesRemoved += block.removed.length;
    linesAdded += block.added.length;
  }
  close(fromLine - 1, toLine - 1);
  return { hunks, linesRemoved, linesAdded, tooDifferent: false };
};
