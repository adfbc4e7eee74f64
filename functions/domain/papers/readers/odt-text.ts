import escapeHtml from 'escape-html';
import { paperZipLimits } from '../../../config/limits.ts';
import { bytesSource } from '../../byte-source.ts';
import { UploadRejectedError } from '../../errors.ts';
import { openZip } from '../../zip/bounded-zip.ts';
import { parseXmlWhole } from '../../zip/xml-stream.ts';
import { htmlToText } from './html-text.ts';

/** ODF elements and the HTML that renders them, so the DOCX and ODT texts are laid out alike. */
const blocks: Readonly<Record<string, string>> = {
  'text:p': 'p',
  'text:list': 'ul',
  'text:list-item': 'li',
  'text:list-header': 'li',
  'table:table': 'table',
  'table:table-row': 'tr',
  'table:table-cell': 'td',
  'table:covered-table-cell': 'td',
};

/** Parts of the text that are not the paper's: tracked deletions, comments, a note's own text. */
const skipped = new Set([
  'text:tracked-changes',
  'office:annotation',
  'text:note-body',
  'text:bookmark-ref',
  'office:forms',
  'text:sequence-decls',
  'text:variable-decls',
  'table:table-header-columns',
]);

/** An empty cell repeated to the sheet's edge (`number-columns-repeated="1024"`) stays one cell. */
const maxRepeatedCells = 64;

/**
 * Renders an ODF `content.xml` as HTML: headings keep their level, lists their items, tables their
 * cells; spaces (`text:s`), tabs and line breaks as written.
 */
const contentHtml = async (chunks: AsyncIterable<Uint8Array>): Promise<string> => {
  const html: string[] = [];
  let skipping = 0;
  let cell: { html: string[]; repeat: number } | undefined;
  // Empty cells wait for a filled one after them: a row's trailing empty cells are dropped.
  let emptyCells = 0;
  const headings: number[] = [];
  const out = (text: string) => (cell ? cell.html : html).push(text);
  await parseXmlWhole(chunks, {
    open(name, attributes) {
      if (skipping > 0 || skipped.has(name)) {
        skipping++;
        return;
      }
      if (name === 'text:h') {
        const level = Math.min(6, Math.max(1, Number(attributes['text:outline-level'] ?? 1) || 1));
        headings.push(level);
        out(`<h${level}>`);
      } else if (name === 'table:table-cell' || name === 'table:covered-table-cell') {
        const repeat = Number(attributes['table:number-columns-repeated'] ?? 1) || 1;
        cell = { html: [], repeat: Math.min(repeat, maxRepeatedCells) };
      } else if (name === 'text:p' && cell) {
        // A cell's paragraphs are one line of the row.
        if (cell.html.length > 0) out(' ');
      } else if (blocks[name]) {
        out(`<${blocks[name]}>`);
      } else if (name === 'text:s')
        out(' '.repeat(Math.min(1000, Number(attributes['text:c'] ?? 1) || 1)));
      else if (name === 'text:tab') out('\t');
      else if (name === 'text:line-break') out('<br>');
    },
    close(name) {
      if (skipping > 0) {
        skipping--;
        return;
      }
      if (name === 'text:h') {
        out(`</h${headings.pop() ?? 1}>`);
      } else if (name === 'table:table-cell' || name === 'table:covered-table-cell') closeCell();
      else if (name === 'text:p' && cell) return;
      else if (blocks[name]) {
        if (name === 'table:table-row') emptyCells = 0;
        out(`</${blocks[name]}>`);
      }
    },
    text(text) {
      if (skipping === 0) out(escapeHtml(text));
    },
  });
  function closeCell() {
    if (!cell) return;
    const inner = cell.html.join('').trim();
    const { repeat } = cell;
    cell = undefined;
    if (inner === '') {
      emptyCells += repeat;
      return;
    }
    for (; emptyCells > 0; emptyCells--) html.push('<td></td>');
    for (let index = 0; index < repeat; index++) html.push(`<td>${inner}</td>`);
  }
  return html.join('');
};

/**
 * An OpenDocument text's (LibreOffice Writer's) text, laid out as the DOCX reader lays Word's out:
 * one line per paragraph or heading, list items as lines, table rows as tab-separated cells.
 */
export const odtText = async (bytes: Uint8Array): Promise<string> => {
  const zip = await openZip(bytesSource(bytes), 'ODT', paperZipLimits);
  try {
    return await htmlToText(
      `<html><body>${await contentHtml(zip.chunks('content.xml'))}</body></html>`,
    );
  } catch (error) {
    if (error instanceof UploadRejectedError) throw error;
    throw new UploadRejectedError(
      'unreadable-document',
      `The OpenDocument text cannot be read: its content.xml is not well-formed XML (${(error as Error).message}). Save it again from LibreOffice or Word.`,
      { cause: error },
    );
  }
};
