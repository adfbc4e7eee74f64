import { UploadRejectedError } from '../../errors.ts';
import { rtfTokens } from './rtf-tokens.ts';

/** Deeper than any word processor writes; a bound on what a hostile file can make us hold. */
const maxDepth = 1000;

/**
 * Destinations whose text is not the paper's: tables of fonts, colours and styles, pictures,
 * objects, metadata, field instructions (their results are read), headers and footers (left out
 * of DOCX too). Every destination marked ignorable (`{\*\…}`) is skipped as well.
 */
const skippedDestinations = new Set([
  'fonttbl',
  'colortbl',
  'stylesheet',
  'info',
  'pict',
  'object',
  'fldinst',
  'header',
  'headerl',
  'headerr',
  'headerf',
  'footer',
  'footerl',
  'footerr',
  'footerf',
  'footnote',
  'annotation',
  'listtable',
  'listoverridetable',
  'revtbl',
  'rsidtbl',
  'filetbl',
  'pntxta',
  'pntxtb',
  'shpinst',
  'shppict',
  'nonshppict',
  'template',
  'docvar',
  'userprops',
]);

/** Control words that stand for characters; `\cell` ends a cell and `\row` a table's row. */
const wordCharacters: Readonly<Record<string, string>> = {
  par: '\n',
  line: '\n',
  sect: '\n',
  page: '\n',
  row: '\n',
  nestrow: '\n',
  tab: '\t',
  cell: '\t',
  nestcell: '\t',
  emdash: '—',
  endash: '–',
  bullet: '•',
  lquote: '‘',
  rquote: '’',
  ldblquote: '“',
  rdblquote: '”',
  emspace: ' ',
  enspace: ' ',
  qmspace: ' ',
};

const symbolCharacters: Readonly<Record<string, string>> = {
  '\\': '\\',
  '{': '{',
  '}': '}',
  '~': '\u00a0',
  _: '\u2011',
};

const codePages: Readonly<Record<string, string>> = {
  ansi: 'cp1252',
  mac: 'macintosh',
  pc: 'cp437',
  pca: 'cp850',
};

interface GroupState {
  /** Inside a destination whose text is not the paper's. */
  readonly skip: boolean;
  /** Hidden text (`\v`). */
  readonly hidden: boolean;
  /** How many fallback characters follow each `\uN`. */
  readonly unicodeSkip: number;
  /** In a table cell (`\intbl`): a paragraph mark there joins the cell's paragraphs. */
  readonly inTable: boolean;
}

const unreadable = (reason: string) =>
  new UploadRejectedError(
    'unreadable-document',
    `The RTF document cannot be read: ${reason}. Open it in a word processor and save it as DOCX or PDF.`,
  );

/**
 * The text of an RTF document, in one bounded pass: paragraphs as lines, table cells
 * tab-separated with one row a line (as from DOCX and PDF), `\uN` and `\'hh` characters decoded
 * (the latter in the document's code page), hidden text and non-text destinations left out.
 *
 * @example await rtfText(bytesOf('{\\rtf1\\ansi {\\fonttbl{\\f0 Arial;}}Minutes\\par 4 March 2025}')) // 'Minutes\n4 March 2025'
 */
export const rtfText = async (bytes: Uint8Array): Promise<string> => {
  // Its code pages are half a megabyte of code: loaded for an RTF paper, not at cold start.
  const { default: iconv } = await import('iconv-lite');
  const source = Buffer.from(bytes).toString('latin1');
  if (!/^\s*\{\\rtf/.test(source.slice(0, 64))) throw unreadable('it does not start with {\\rtf');
  const out: string[] = [];
  const stack: GroupState[] = [];
  let state: GroupState = { skip: false, hidden: false, unicodeSkip: 1, inTable: false };
  let codePage = 'cp1252';
  let bytesPending: number[] = [];
  let fallbackLeft = 0;
  let destinationNext = false;
  const emit = (text: string) => {
    if (!state.skip && !state.hidden) out.push(text);
  };
  const flush = () => {
    if (bytesPending.length === 0) return;
    emit(iconv.decode(Buffer.from(bytesPending), codePage));
    bytesPending = [];
  };

  for (const token of rtfTokens(source)) {
    if (token.kind !== 'byte') flush();
    const ignorable = destinationNext;
    destinationNext = false;
    if (token.kind === 'open') {
      if (stack.length >= maxDepth) throw unreadable(`its groups nest more than ${maxDepth} deep`);
      stack.push(state);
      fallbackLeft = 0;
    } else if (token.kind === 'close') {
      state = stack.pop() ?? state;
      fallbackLeft = 0;
    } else if (state.skip) {
      // Nothing in a skipped destination is read, but its groups are still counted.
    } else if (token.kind === 'byte') {
      if (fallbackLeft > 0) fallbackLeft--;
      else if (!state.skip && !state.hidden) bytesPending.push(token.byte);
    } else if (token.kind === 'text') {
      const skipped = Math.min(fallbackLeft, token.text.length);
      fallbackLeft -= skipped;
      emit(token.text.slice(skipped));
    } else if (token.kind === 'symbol') {
      if (token.symbol === '*') destinationNext = true;
      else emit(symbolCharacters[token.symbol] ?? '');
    } else {
      const { word, parameter } = token;
      if (ignorable || skippedDestinations.has(word)) state = { ...state, skip: true };
      else if (word === 'u' && parameter !== null) {
        emit(String.fromCharCode(parameter < 0 ? parameter + 0x10000 : parameter));
        fallbackLeft = state.unicodeSkip;
      } else if (word === 'uc') state = { ...state, unicodeSkip: Math.max(0, parameter ?? 1) };
      else if (word === 'v') state = { ...state, hidden: parameter !== 0 };
      else if (word === 'plain') state = { ...state, hidden: false };
      else if (word === 'intbl') state = { ...state, inTable: true };
      else if (word === 'pard') state = { ...state, inTable: false };
      else if (word === 'ansicpg' && parameter !== null)
        codePage = iconv.encodingExists(`cp${parameter}`) ? `cp${parameter}` : codePage;
      else if (codePages[word]) codePage = codePages[word] ?? codePage;
      else if (word === 'par' && state.inTable) emit(' ');
      else if (wordCharacters[word]) emit(wordCharacters[word] ?? '');
    }
  }
  flush();
  const text = out.join('').replace(/[ \t]+$/gm, '');
  if (text.trim() === '') throw unreadable('it holds no text');
  return text;
};
