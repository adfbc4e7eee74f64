import { describe, expect, it } from 'vitest';
import { pageLines, type TextItem } from '../../../../functions/domain/papers/readers/pdf-text.ts';

/** A text item as the PDF engine gives it: its string, where it starts and how wide it is, in 10-point type. */
const item = (str: string, x: number, y: number, width: number): TextItem => ({
  str,
  transform: [10, 0, 0, 10, x, y],
  width,
  height: 10,
});

describe('the lines of a PDF page', () => {
  it('sets a tab where the next word stands a column away, though a narrow space item comes between', () => {
    // Prepare: a word, a space item as wide as a space, then the next column far to the right.
    const items = [
      item('Position', 166.8, 700, 39.4),
      item(' ', 206.2, 700, 3),
      item('Council Member Appointed', 392, 700, 130.1),
      item('Year 1', 165.6, 680, 32.2),
      item(' ', 197.8, 680, 3),
      item('$32,300.00', 381.6, 680, 54),
    ];

    // Act
    const text = pageLines(items);

    // Assess
    expect(text.split('\n')).toEqual(['Position\tCouncil Member Appointed', 'Year 1\t$32,300.00']);
  });

  it('keeps the space a space item stands for between two words that touch', () => {
    // Prepare
    const items = [
      item('H.', 50, 700, 8),
      item(' ', 58, 700, 2.8),
      item('RESOLUTION', 58.5, 700, 70),
    ];

    // Act
    const text = pageLines(items);

    // Assess
    expect(text).toBe('H. RESOLUTION');
  });

  it('sets a tab for a space item as wide as a column gap', () => {
    // Prepare
    const items = [
      item('Position', 50, 700, 39),
      item(' ', 89, 700, 171),
      item('Vacancy', 260, 700, 42),
    ];

    // Act
    const text = pageLines(items);

    // Assess
    expect(text).toBe('Position\tVacancy');
  });
});
