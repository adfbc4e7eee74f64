import { describe, expect, it } from 'vitest';
import { diffText } from '../../../functions/domain/history/text-diff.ts';

const numbered = (count: number, prefix = 'line') =>
  Array.from({ length: count }, (_, index) => `${prefix} ${index + 1}`);

describe('a readable diff of two texts', () => {
  it('finds nothing to show between identical texts', () => {
    // Prepare
    const text = numbered(5).join('\n');

    // Act
    const diff = diffText(text, text);

    // Assess
    expect(diff).toEqual({ hunks: [], linesRemoved: 0, linesAdded: 0, tooDifferent: false });
  });

  it('marks the words changed inside a changed line, keeping the rest of the line as it was', () => {
    // Prepare
    const before = 'Minutes\nThe minutes were agreed as a correct record.\nEnd';
    const after = 'Minutes\nThe minutes were agreed as an accurate record.\nEnd';

    // Act
    const diff = diffText(before, after);

    // Assess
    expect(diff.hunks).toHaveLength(1);
    expect(diff.hunks[0]?.parts).toEqual([
      { kind: 'context', lines: ['Minutes'] },
      {
        kind: 'change',
        removedLines: 1,
        addedLines: 1,
        fromLine: 2,
        toLine: 2,
        removed: ['The minutes were agreed as a correct record.'],
        added: ['The minutes were agreed as an accurate record.'],
        words: [
          { kind: 'same', text: 'The minutes were agreed as ' },
          { kind: 'removed', text: 'a correct' },
          { kind: 'added', text: 'an accurate' },
          { kind: 'same', text: ' record.' },
        ],
      },
      { kind: 'context', lines: ['End'] },
    ]);
  });

  it('numbers each hunk’s lines in both versions, counting lines added before it', () => {
    // Prepare
    const lines = numbered(20);
    const before = lines.join('\n');
    const after = [
      'new first line',
      ...lines.slice(0, 14),
      'line 15 changed',
      ...lines.slice(15),
    ].join('\n');

    // Act
    const diff = diffText(before, after, { context: 2 });

    // Assess
    expect(diff.hunks.map((hunk) => [hunk.from, hunk.to])).toEqual([
      [
        { start: 1, end: 2 },
        { start: 1, end: 3 },
      ],
      [
        { start: 13, end: 17 },
        { start: 14, end: 18 },
      ],
    ]);
    expect(diff).toMatchObject({ linesRemoved: 1, linesAdded: 2 });
    expect(
      diff.hunks.flatMap((hunk) =>
        hunk.parts.flatMap((part) =>
          part.kind === 'change' ? [[part.fromLine, part.toLine, part.removed, part.added]] : [],
        ),
      ),
    ).toEqual([
      [1, 1, [], ['new first line']],
      [15, 16, ['line 15'], ['line 15 changed']],
    ]);
  });

  it('joins changes whose unchanged lines between them are few into one hunk', () => {
    // Prepare
    const lines = numbered(10);
    const after = lines.map((line, index) => (index === 3 || index === 6 ? `${line}!` : line));

    // Act
    const diff = diffText(lines.join('\n'), after.join('\n'), { context: 2 });

    // Assess
    expect(diff.hunks).toHaveLength(1);
    expect(diff.hunks[0]?.parts.map((part) => part.kind)).toEqual([
      'context',
      'change',
      'context',
      'change',
      'context',
    ]);
  });

  it('shows lines only added or only removed whole', () => {
    // Prepare
    const before = 'a\nb\nc';
    const after = 'a\nc\nd';

    // Act
    const parts = diffText(before, after).hunks.flatMap((hunk) => hunk.parts);

    // Assess
    expect(parts.filter((part) => part.kind === 'change')).toEqual([
      {
        kind: 'change',
        removedLines: 1,
        addedLines: 0,
        fromLine: 2,
        toLine: 2,
        removed: ['b'],
        added: [],
        words: [{ kind: 'removed', text: 'b' }],
      },
      {
        kind: 'change',
        removedLines: 0,
        addedLines: 1,
        fromLine: 4,
        toLine: 3,
        removed: [],
        added: ['d'],
        words: [{ kind: 'added', text: 'd' }],
      },
    ]);
  });

  it('shows a change too long to match word by word as the old lines, then the new', () => {
    // Prepare
    const before = 'same\nold words here\nsame';
    const after = 'same\nnew words here\nsame';

    // Act
    const diff = diffText(before, after, { maxWordDiffChars: 10 });

    // Assess
    expect(diff.hunks[0]?.parts[1]).toEqual({
      kind: 'change',
      removedLines: 1,
      addedLines: 1,
      fromLine: 2,
      toLine: 2,
      removed: ['old words here'],
      added: ['new words here'],
      words: [
        { kind: 'removed', text: 'old words here' },
        { kind: 'added', text: 'new words here' },
      ],
    });
  });

  it('gives up, saying so, when the texts differ by more lines than the limit', () => {
    // Prepare
    const before = numbered(50, 'old').join('\n');
    const after = numbered(50, 'new').join('\n');

    // Act
    const diff = diffText(before, after, { maxEditLines: 10 });

    // Assess
    expect(diff).toEqual({ hunks: [], linesRemoved: 0, linesAdded: 0, tooDifferent: true });
  });
});
