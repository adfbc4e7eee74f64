import { describe, expect, it } from 'vitest';
import { readableText } from '../../../functions/domain/readable-text.ts';

const paged = 'Minutes\nThe council met.\nPage 1 of 2\n\fThe council agreed.\nPage 2 of 2\n';

describe('readable text', () => {
  it('drops form feeds and page numbers', () => {
    // Act
    const text = readableText(paged);

    // Assess
    expect(text).not.toMatch(/\f|Page \d of 2/);
    expect(text).toContain('The council agreed.');
  });

  it('keeps every line in its place, so cited line numbers still hold', () => {
    // Act
    const lines = readableText(paged).split('\n');

    // Assess
    expect(lines).toHaveLength(paged.split('\n').length);
    expect(lines[3]).toBe('The council agreed.');
  });
});
