import { describe, expect, it } from 'vitest';
import { nestingBeyond } from '../../../functions/domain/bounded-json.ts';

describe('nestingBeyond', () => {
  it('finds the line where JSON first nests deeper than the limit', () => {
    // Act
    const deep = nestingBeyond('{\n"a": [\n[[1]]]}', 3);

    // Assess
    expect(deep).toEqual({ depth: 4, line: 3 });
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    // Act
    const deep = nestingBeyond('[{"a": "[[[[\\"[[[["}]', 2);

    // Assess
    expect(deep).toBeUndefined();
  });

  it('scans 10,000 levels without recursion', () => {
    // Act
    const deep = nestingBeyond('['.repeat(10_000));

    // Assess
    expect(deep).toEqual({ depth: 65, line: 1 });
  });
});
