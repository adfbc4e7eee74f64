import { markdownText, withoutSiteMetadata } from './markdown-text.ts';

/** A character no paper uses, standing for a table cell boundary until the text is built. */
const cellMark = '\uE000';

/**
 * Plain text from HTML with its block structure kept as lines, and each table row as one line of
 * tab-separated cells: the same layout as tables in text taken from PDFs, so one table reader
 * serves both.
 */
export const htmlToText = async (html: string): Promise<string> => {
  // Its HTML parser is loaded for a paper in HTML (or one converted to it), not at cold start.
  const { convert } = await import('html-to-text');
  const marked = html
    // Paragraphs and headings inside a cell (Word's HTML has them) would break the row over lines.
    .replace(
      /<t([dh])([^>]*)>([\s\S]*?)<\/t\1>/gi,
      (_cell, kind: string, attributes: string, inner: string) =>
        `<t${kind}${attributes}>${inner.replace(/<\/?(?:p|h[1-6])\b[^>]*>/gi, ' ')}</t${kind}>`,
    )
    .replace(/(<\/t[dh]>)(\s*<t[dh][\s>])/gi, `${cellMark}$1$2`);
  return convert(marked, {
    wordwrap: false,
    // A page's main content when it marks one: menus, banners and footers are the website's.
    baseElements: { selectors: ['main', '[role="main"]'], returnDomByDefault: true },
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      // Site menus and breadcrumbs are the website's, not the paper's.
      { selector: 'nav', format: 'skip' },
      { selector: '[role="navigation"]', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      // Lists styled to show no numbers or bullets (Bootstrap's, Tailwind's) read as the page shows them.
      ...['unstyled', 'list-unstyled', 'list-none'].flatMap((name) =>
        ['ol', 'ul'].map((list) => ({
          selector: `${list}.${name}`,
          format: 'unorderedList',
          options: { itemPrefix: '' },
        })),
      ),
      // Agendas indent their sub-items with blockquotes (Granicus): indentation, not quotation.
      { selector: 'blockquote', format: 'block' },
      { selector: 'table', format: 'block' },
      { selector: 'tr', format: 'block', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
      { selector: 'td', format: 'inline' },
      { selector: 'th', format: 'inline' },
    ],
  }).replaceAll(cellMark, '\t');
};

/** The plain-text view of a text-format paper: HTML and Markdown converted, text as written. */
export const paperText = async (
  format: 'html' | 'markdown' | 'text',
  text: string,
): Promise<string> => {
  const unix = text.replace(/\r\n?/g, '\n');
  if (format === 'html') return await htmlToText(unix);
  // A page's text saved with its line breaks as tags ("PRE- MEETING WORKSHOP <br />January 12,
  // 2009 <br />…"): each tag is the line break it stands for, outside a table's row ("| a<br>b |").
  const normalised =
    (unix.match(/<br\s*\/?>/gi)?.length ?? 0) >= 3
      ? unix
          .split('\n')
          .map((line) =>
            /^\s*\|/.test(line)
              ? line
              : line
                  .replace(/[ \t]*<br\s*\/?>[ \t]*$/i, '')
                  .replace(/[ \t]*<br\s*\/?>[ \t]*/gi, '\n'),
          )
          .join('\n')
      : unix;
  if (format !== 'markdown') return withoutSiteMetadata(normalised);
  // The entity tables load only for Markdown that writes a character reference ("&nbsp;").
  const decode = /&(?:#\d+|#x[\da-f]+|[a-z][\da-z]*);/i.test(normalised)
    ? (await import('entities')).decodeHTML
    : (reference: string) => reference;
  return markdownText(normalised, decode);
};
