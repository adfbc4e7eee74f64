import { describe, expect, it } from 'vitest';
import { snippet } from '../../../functions/domain/search/snippet.ts';
import { markedSnippet } from '../../../functions/web/pages/search.ts';

const marked = (text: string, highlights: readonly { start: number; end: number }[]) =>
  highlights.map(({ start, end }) => text.slice(start, end));

describe('snippet', () => {
  it('marks every matched word, whatever its case or accents', () => {
    // Act
    const found = snippet('The Library and the café: LIBRARY hours.', new Set(['library', 'cafe']));
    // Assess
    expect(found.text).toBe('The Library and the café: LIBRARY hours.');
    expect(marked(found.text, found.highlights)).toEqual(['Library', 'café', 'LIBRARY']);
  });

  it('cuts the passage with the most distinct matched words from a long text, with ellipses', () => {
    // Prepare
    const filler = 'words about nothing in particular. '.repeat(40);
    const text = `${filler}Only budget here. ${filler}The budget for the library was agreed. ${filler}`;
    // Act
    const found = snippet(text, new Set(['budget', 'library']), 12);
    // Assess
    expect(found.text.startsWith('… ')).toBe(true);
    expect(found.text.endsWith(' …')).toBe(true);
    expect(marked(found.text, found.highlights)).toEqual(['budget', 'library']);
  });

  it('starts at the beginning when the text does not hold the words (a title match)', () => {
    const found = snippet('Agenda\n\n1. Apologies', new Set(['budget']));
    expect(found).toEqual({ text: 'Agenda 1. Apologies', highlights: [] });
  });
});

describe('markedSnippet', () => {
  it('escapes the text and marks only the matched words', () => {
    // Prepare
    const text = '<script>alert("x")</script> & the library';
    // Act
    const html = markedSnippet(snippet(text, new Set(['library', 'script']))).toString();
    // Assess
    expect(html).toBe(
      '&lt;<mark>script</mark>&gt;alert(&quot;x&quot;)&lt;/<mark>script</mark>&gt; &amp; the <mark>library</mark>',
    );
  });
});
