/** One piece of RTF: a group's start or end, a control word (with its number), or text. */
export type RtfToken =
  | { readonly kind: 'open' }
  | { readonly kind: 'close' }
  | { readonly kind: 'word'; readonly word: string; readonly parameter: number | null }
  /** `\'hh`: a byte of the document's code page. */
  | { readonly kind: 'byte'; readonly byte: number }
  /** A control symbol other than `\'`: `\~`, `\-`, `\*`, `\\`… */
  | { readonly kind: 'symbol'; readonly symbol: string }
  | { readonly kind: 'text'; readonly text: string };

const isLetter = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const hex = /^[0-9a-f]{2}$/i;

/**
 * The tokens of an RTF document (read as Latin-1: RTF is 7-bit, other bytes come as `\'hh`), in one
 * pass. `\binN` data is stepped over here, never read as text. Runs of plain text come whole.
 */
export function* rtfTokens(source: string): Generator<RtfToken> {
  let at = 0;
  while (at < source.length) {
    const char = source[at] ?? '';
    if (char === '{' || char === '}') {
      at++;
      yield { kind: char === '{' ? 'open' : 'close' };
    } else if (char === '\\') {
      const next = source.charCodeAt(at + 1);
      if (isLetter(next)) {
        let end = at + 1;
        while (end < source.length && isLetter(source.charCodeAt(end)) && end - at <= 32) end++;
        const word = source.slice(at + 1, end);
        let numberEnd = source[end] === '-' ? end + 1 : end;
        while (
          numberEnd < source.length &&
          isDigit(source.charCodeAt(numberEnd)) &&
          numberEnd - end < 10
        )
          numberEnd++;
        const digits = source.slice(end, numberEnd);
        const parameter = /\d/.test(digits) ? Number(digits) : null;
        const wordEnd = parameter === null ? end : numberEnd;
        // One space ends a control word and is part of it.
        at = wordEnd + (source[wordEnd] === ' ' ? 1 : 0);
        if (word === 'bin' && parameter !== null && parameter > 0) at += parameter;
        else yield { kind: 'word', word, parameter };
      } else if (source[at + 1] === "'" && hex.test(source.slice(at + 2, at + 4))) {
        yield { kind: 'byte', byte: Number.parseInt(source.slice(at + 2, at + 4), 16) };
        at += 4;
      } else if (source[at + 1] === '\n' || source[at + 1] === '\r') {
        // A backslash before a line break is a paragraph mark.
        yield { kind: 'word', word: 'par', parameter: null };
        at += 2;
      } else {
        yield { kind: 'symbol', symbol: source[at + 1] ?? '' };
        at += 2;
      }
    } else if (char === '\r' || char === '\n') {
      // Line breaks in the source are only there to keep lines short.
      at++;
    } else {
      let end = at + 1;
      while (end < source.length && !'\\{}\r\n'.includes(source[end] ?? '')) end++;
      yield { kind: 'text', text: source.slice(at, end) };
      at = end;
    }
  }
}
