import { describe, expect, it } from 'vitest';
import { schemas } from '../../../functions/domain/schemas.ts';
import { expectation } from '../../../functions/http/query.ts';

describe('what a query parameter expects, in words', () => {
  it('gives a date or a date-time with an example of each, for asOf', () => {
    // Act
    const words = expectation(schemas['record-query'].properties.asOf);

    // Assess
    expect(words).toBe(
      'a date such as 2026-12-06 or an RFC 3339 date-time such as 2026-12-06T00:00:00Z',
    );
  });

  it('lists the allowed values of an enumeration', () => {
    // Act
    const words = expectation(schemas['search-query'].properties.type);

    // Assess
    expect(words).toBe('one of paper, decision, dataset');
  });

  it('describes other values with an example from the schema', () => {
    // Act
    const words = expectation(schemas['list-query'].properties.cursor);

    // Assess
    expect(words).toBe(
      'the opaque cursor a previous page gave as `next`, such as eyJwayI6InBhcGVyIn0',
    );
  });
});
