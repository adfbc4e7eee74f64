import { describe, expect, it } from 'vitest';
import { malformedEscapes } from '../../../functions/http/request-hygiene.ts';

describe('malformed percent-escapes', () => {
  it('are found in a path segment', () => {
    // Act
    const problems = malformedEscapes('/v1/papers/%E0%A4%A', '');

    // Assess
    expect(problems).toEqual([expect.objectContaining({ where: 'path' })]);
  });

  it('are found in a query value, naming its parameter', () => {
    // Act
    const problems = malformedEscapes('/v1/papers', 'limit=2&q=100%');

    // Assess
    expect(problems).toEqual([expect.objectContaining({ where: 'query.q' })]);
  });

  it('are not found in well-formed escapes and plus signs', () => {
    // Act
    const problems = malformedEscapes('/v1/papers/caf%C3%A9', 'q=council+tax%20rise');

    // Assess
    expect(problems).toEqual([]);
  });
});
