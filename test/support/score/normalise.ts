import { isNone, pySplit, pyStr, pyStrip } from './py.ts';

/** Curly quotes, primes, dashes and odd spaces folded to their plain forms (Python's `_TRANS`). */
const TRANS: ReadonlyMap<string, string> = new Map([
  ...[...'\u2018\u2019\u201a\u201b\u2032`\u00b4'].map((c): [string, string] => [c, "'"]),
  ...[...'\u201c\u201d\u201e\u2033'].map((c): [string, string] => [c, '"']),
  ...[...'\u2010\u2011\u2012\u2013\u2014\u2015\u2212'].map((c): [string, string] => [c, '-']),
  ['\u00a0', ' '],
  ['\f', ' '],
]);

const translate = (s: string): string => Array.from(s, (c) => TRANS.get(c) ?? c).join('');

/** NFKC, folded quotes and dashes, lower case: the common start of text and name normalisation. */
const fold = (s: string): string => translate(s.normalize('NFKC')).toLowerCase();

/** Case, whitespace, quotes, dashes, `&` vs `and`, outer punctuation. `None` gives `''`. */
export const normText = (s: unknown): string => {
  if (isNone(s)) return '';
  const folded = fold(pyStr(s)).replaceAll('&', ' and ');
  return pyStrip(pySplit(folded).join(' '), ' .,;:');
};

/** {@link normText}, also ignoring a leading `the` (`the Council Chamber` = `Council Chamber`). */
export const scalarNorm = (s: unknown): string => normText(s).replace(/^the +/, '');

/** The lower-case ASCII words and numbers of a normalised text. */
export const tokens = (s: unknown): string[] => normText(s).match(/[a-z0-9]+/g) ?? [];

const TITLE_WORDS: ReadonlySet<string> = new Set(
  (
    'mr mrs ms miss mx dr cllr cllrs councillor councillors sir dame lord lady prof professor rev ' +
    'revd reverend mayor commissioner commissioners county borough district parish town city ' +
    'deputy chairman chairwoman chair chairperson vice presiding obe mbe cbe qpm jp mp hon the alderman'
  ).split(' '),
);

/**
 * A name's words without titles and honours (`Mr`, `Cllr`, `OBE` ...), bracketed roles and anything
 * after the first comma, dash or semicolon. A non-string gives `[]`.
 */
export const nameTokens = (s: unknown): string[] => {
  if (typeof s !== 'string') return [];
  const plain = fold(s).replace(/\([^)]*\)/g, ' ');
  const head = plain.split(/,| - | – |;/)[0] ?? '';
  return (head.match(/[a-z0-9][a-z0-9.'-]*/g) ?? [])
    .map((t) => pyStrip(t, ".'"))
    .filter((t) => t !== '' && !TITLE_WORDS.has(t) && !TITLE_WORDS.has(t.replaceAll('-', '')));
};

// Python's `\d` is any Unicode decimal digit, and `int()` reads them all.
const DIGIT = /^\p{Nd}$/u;
const digitsValue = (digits: string): number =>
  Array.from(digits).reduce((n, c) => {
    // Decimal digits come in aligned runs of ten starting at zero, so the run offset is the value.
    let cp = c.codePointAt(0) ?? 0;
    let offset = 0;
    while (DIGIT.test(String.fromCodePoint(cp - 1))) {
      cp -= 1;
      offset += 1;
    }
    return n * 10 + (offset % 10);
  }, 0);

const TWELVE_HOUR = /^(\p{Nd}{1,2})(?:[:.](\p{Nd}{2}))?(a\.?m\.?|p\.?m\.?)$/u;
const TWENTY_FOUR_HOUR = /^(\p{Nd}{1,2})[:.](\p{Nd}{2})(?::\p{Nd}{2})?(?:hrs|h)?$/u;
const pad = (n: number): string => String(n).padStart(2, '0');

/** `'10.30 am'`, `'2PM'`, `'9:30 A.M.'`, `'14:00'`, `'noon'` to `HH:MM`; `null` if not a time. */
export const parseTime = (s: unknown): string | null => {
  if (isNone(s)) return null;
  const t = pyStr(s).toLowerCase().replaceAll(' ', '').replaceAll('\u00a0', '');
  if (t === 'noon' || t === '12noon' || t === 'midday') return '12:00';
  const twelve = TWELVE_HOUR.exec(t);
  if (twelve) {
    let h = digitsValue(twelve[1] ?? '');
    const mi = digitsValue(twelve[2] ?? '0');
    const suffix = twelve[3] ?? '';
    if (!(h >= 1 && h <= 12 && mi < 60)) return null;
    if (suffix.startsWith('p') && h !== 12) h += 12;
    if (suffix.startsWith('a') && h === 12) h = 0;
    return `${pad(h)}:${pad(mi)}`;
  }
  const plain = TWENTY_FOUR_HOUR.exec(t);
  if (plain) {
    const h = digitsValue(plain[1] ?? '');
    const mi = digitsValue(plain[2] ?? '');
    if (h < 24 && mi < 60) return `${pad(h)}:${pad(mi)}`;
  }
  return null;
};

/** Times equal as `HH:MM` when either side parses, else as normalised text. */
export const timeEqual = (truth: unknown, pred: unknown): boolean => {
  const a = parseTime(truth);
  const b = parseTime(pred);
  if (a !== null || b !== null) return a === b;
  return normText(truth) === normText(pred);
};

// Python's `\b` is Unicode-aware; JavaScript's is ASCII-only even with the `u` flag.
const PAGE_WORD = /(?<![\p{L}\p{N}_])(pages|page|pp|p)(?![\p{L}\p{N}_])\.?/gu;

/** A page reference without `page`/`pp`, brackets and spaces, `to` as `-`: `'pp. 5 to 10'` → `'5-10'`. */
export const normPages = (s: unknown): string => {
  if (isNone(s)) return '';
  return normText(s)
    .replace(PAGE_WORD, '')
    .replaceAll('(', '')
    .replaceAll(')', '')
    .replace(/ *(-|to) */g, '-')
    .replaceAll(' ', '');
};

/** An item number without `Item`/`Minute`/`No.`, stars, brackets and spaces; `null` if nothing is left. */
export const normNum = (s: unknown): string | null => {
  if (isNone(s)) return null;
  const t = pyStrip(
    normText(s).replace(/^(agenda item|item|minute|no\.?|number|#) */, ''),
    ' *().:#',
  );
  return t.replaceAll(' ', '') || null;
};

const DOC_TYPES: ReadonlySet<string> = new Set([
  'agenda-pack',
  'agenda',
  'minutes',
  'report',
  'appendix',
  'work-programme',
  'inspection-report',
  'calendar',
  'other',
]);

/** A truth label (`'agenda pack'`, `'cabinet report'`) as the contract's enum, or `null` where unclear. */
export const mapDocType = (label: unknown): string | null => {
  if (typeof label !== 'string') return null;
  const low = pyStrip(label.toLowerCase());
  if (DOC_TYPES.has(low)) return low;
  const rules: ReadonlyArray<[readonly string[], string]> = [
    [['pack'], 'agenda-pack'],
    [['inspection'], 'inspection-report'],
    [['calendar'], 'calendar'],
    [['work programme', 'work program'], 'work-programme'],
    [['appendix'], 'appendix'],
    [['minutes'], 'minutes'],
    [['agenda', 'summons'], 'agenda'],
    [['report'], 'report'],
  ];
  return rules.find(([words]) => words.some((w) => low.includes(w)))?.[1] ?? null;
};
