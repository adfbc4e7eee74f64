import { describe, expect, it } from 'vitest';
import { decisionKeyPattern, decisionKeys } from '../../../functions/domain/decision-ids.ts';

const approve = { item: '5', text: 'That the budget be APPROVED.' };
const note = { item: '6', text: 'That the report be noted.' };

describe('decisionKeys', () => {
  it('keys a decision by its item and text, not by its place among the decisions', () => {
    // Prepare
    const added = { item: '4', text: 'That the minutes be agreed.' };

    // Act
    const before = decisionKeys([approve, note]);
    const after = decisionKeys([added, approve, note]);

    // Assess
    expect(after.slice(1)).toEqual(before);
    expect(before[0]).toMatch(/^item-5-[0-9a-f]{8}$/);
  });

  it('ignores case, punctuation and spacing in the text', () => {
    // Act
    const [retyped] = decisionKeys([{ item: '5', text: 'that the budget  be approved' }]);

    // Assess
    expect(retyped).toBe(decisionKeys([approve])[0]);
  });

  it('tells apart the same item and text given twice, and keys a decision with no item by its text', () => {
    // Act
    const keys = decisionKeys([approve, approve, { item: null, text: approve.text }]);

    // Assess
    expect(keys[1]).toBe(`${keys[0]}-2`);
    expect(keys[2]).toMatch(/^[0-9a-f]{8}$/);
    expect(keys.every((key) => decisionKeyPattern.test(key))).toBe(true);
  });

  it('slugs an item number with letters and brackets', () => {
    // Act
    const [key] = decisionKeys([{ item: '8(a)', text: 'That the work programme be AGREED.' }]);

    // Assess
    expect(key).toMatch(/^item-8-a-[0-9a-f]{8}$/);
  });
});
