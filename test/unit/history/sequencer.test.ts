import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareSequencers } from '../../../functions/domain/history/sequencer.ts';

describe('compareSequencers', () => {
  it('pads the shorter value with zeros on the right before comparing', () => {
    expect(compareSequencers('0A', '0A00000001')).toBe(-1);
    expect(compareSequencers('0A00000001', '0A')).toBe(1);
    expect(compareSequencers('0A', '0A0000')).toBe(0);
    // A plain string comparison gets this one wrong: "0B" is longer-free but later.
    expect(compareSequencers('0B', '0A99999999')).toBe(1);
    expect(compareSequencers('0055AED6DCD90281E5', '0055AED6DCD90281E6')).toBe(-1);
  });

  it('ignores the case of hex digits', () => {
    expect(compareSequencers('0a1f', '0A1F')).toBe(0);
  });

  it('is a total order: antisymmetric and consistent with padded numeric order', () => {
    const hex = fc.stringMatching(/^[0-9A-F]{1,20}$/);
    fc.assert(
      fc.property(hex, hex, (a, b) => {
        const length = Math.max(a.length, b.length);
        const numeric = (value: string) => BigInt(`0x${value.padEnd(length, '0')}`);
        const expected = numeric(a) < numeric(b) ? -1 : numeric(a) > numeric(b) ? 1 : 0;
        // 0 === -0, so equal values need no special case.
        return compareSequencers(a, b) === expected && compareSequencers(b, a) === -expected;
      }),
    );
  });
});
