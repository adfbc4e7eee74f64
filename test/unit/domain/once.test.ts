import { describe, expect, it } from 'vitest';
import { once } from '../../../functions/domain/once.ts';

describe('once', () => {
  it('makes nothing until first asked', () => {
    // Prepare
    let made = 0;

    // Act
    once(() => ++made);

    // Assess
    expect(made).toBe(0);
  });

  it('makes the value on first use and gives that same value after', () => {
    // Prepare
    let made = 0;
    const value = once(() => ({ made: ++made }));

    // Act
    const [first, second] = [value(), value()];

    // Assess
    expect(first).toBe(second);
    expect(made).toBe(1);
  });
});
