import { convert } from 'html-to-text';
import type { ContentFormat } from './sniff.ts';

/**
 * The plain-text view of a paper that extraction reads and the API serves as `body`. HTML becomes
 * text with its block structure kept as lines; text and Markdown are kept as written.
 */
export const paperText = (format: ContentFormat, text: string): string => {
  const normalised = text.replace(/\r\n?/g, '\n');
  if (format !== 'html') return normalised;
  return convert(normalised, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    ],
  });
};
