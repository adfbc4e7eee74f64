import { readLines } from './papers/furniture.ts';

/**
 * A paper's text as people read it: no form feeds, and page furniture (page numbers, running
 * heads and footers) blanked out. Every line keeps its number, so the lines an extraction cites
 * still point at the same words; the original upload is served byte for byte elsewhere.
 *
 * @example readableText('Minutes\n\n1\n\fagreed') // 'Minutes\n\n\nagreed'
 */
export const readableText = (text: string): string => {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kept = new Set(readLines(text).map((line) => line.number));
  return lines
    .map((line, index) => (kept.has(index + 1) ? line.replaceAll('\f', '') : ''))
    .join('\n');
};
