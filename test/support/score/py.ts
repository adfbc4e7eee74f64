/**
 * The few Python semantics the scorer leans on (truthiness, `str()`, `str.split()`/`strip()`,
 * `isinstance(x, dict/int)`), so the port reads like the original without drifting from it.
 */

/** A parsed JSON object (Python `dict`). */
export type JsonObject = { readonly [key: string]: unknown };

/** `isinstance(x, dict)` for parsed JSON. */
export const isDict = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `isinstance(x, int)`: Python's bool is an int. (JSON `3.0` parses to an integer here.) */
export const isPyInt = (value: unknown): value is number | boolean =>
  typeof value === 'boolean' || (typeof value === 'number' && Number.isInteger(value));

/** An int-like value as a number (`True == 1`). */
export const pyIntValue = (value: number | boolean): number => (value === true ? 1 : Number(value));

/** Python truthiness of a parsed JSON value. */
export const truthy = (value: unknown): boolean => {
  if (value === null || value === undefined || value === false || value === 0 || value === '') {
    return false;
  }
  if (Array.isArray(value)) return value.length > 0;
  if (isDict(value)) return Object.keys(value).length > 0;
  return true;
};

/** `x if x else fallback` (`x or fallback`). */
export const or = <T>(value: unknown, fallback: T): unknown => (truthy(value) ? value : fallback);

/** `dict.get(key)`: `undefined` plays Python's `None` for a missing key. */
export const get = (obj: JsonObject, key: string): unknown =>
  Object.hasOwn(obj, key) ? obj[key] : undefined;

/** `x is None`. */
export const isNone = (value: unknown): value is null | undefined =>
  value === null || value === undefined;

/** `x if isinstance(x, list) else []`. */
export const asList = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

/** Characters `str.isspace()` accepts (what `str.split()` and `str.strip()` remove). */
export const PY_SPACE =
  '\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const SPACE_RUN = new RegExp(`[${PY_SPACE}]+`, 'u');
const SPACE_EDGES = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, 'gu');

/** `str.split()` without arguments. */
export const pySplit = (s: string): string[] => s.split(SPACE_RUN).filter((part) => part !== '');

/** `str.strip()` (whitespace) or `str.strip(chars)`. */
export const pyStrip = (s: string, chars?: string): string => {
  if (chars === undefined) return s.replace(SPACE_EDGES, '');
  const cps = Array.from(s);
  let start = 0;
  let end = cps.length;
  while (start < end && chars.includes(cps[start] as string)) start += 1;
  while (end > start && chars.includes(cps[end - 1] as string)) end -= 1;
  return cps.slice(start, end).join('');
};

/** Python's `sorted()` order for strings: by code point, not UTF-16 unit. */
export const codePointCompare = (a: string, b: string): number => {
  const ca = Array.from(a);
  const cb = Array.from(b);
  for (let i = 0; i < Math.min(ca.length, cb.length); i += 1) {
    const d = (ca[i]?.codePointAt(0) ?? 0) - (cb[i]?.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
  return ca.length - cb.length;
};

/** `repr(float)`: the shortest round-tripping digits, exponent form outside 1e-4 .. 1e16. */
const floatRepr = (x: number): string => {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const [mantissa = '', expText = '0'] = x.toExponential().split('e');
  const exp = Number(expText);
  const sign = mantissa.startsWith('-') ? '-' : '';
  const digits = mantissa.replace(/^-/, '').replace('.', '');
  if (exp < -4 || exp >= 16) {
    const lead = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${lead}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const whole = digits.padEnd(exp + 1, '0');
  const frac = digits.slice(exp + 1);
  return `${sign}${whole.slice(0, exp + 1)}.${frac === '' ? '0' : frac}`;
};

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

const strRepr = (s: string): string => {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch !== ' ' && NON_PRINTABLE.test(ch)) {
      if (cp < 0x100) out += `\\x${cp.toString(16).padStart(2, '0')}`;
      else if (cp < 0x10000) out += `\\u${cp.toString(16).padStart(4, '0')}`;
      else out += `\\U${cp.toString(16).padStart(8, '0')}`;
    } else out += ch;
  }
  return out + quote;
};

/** `repr()` of a parsed JSON value. */
export const pyRepr = (value: unknown): string => {
  if (typeof value === 'string') return strRepr(value);
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(', ')}]`;
  if (isDict(value)) {
    return `{${Object.entries(value)
      .map(([k, v]) => `${strRepr(k)}: ${pyRepr(v)}`)
      .join(', ')}}`;
  }
  return pyStr(value);
};

/** `str()` of a parsed JSON value (`None`, `True`, `3`, `2.5`, `['a']`). */
export const pyStr = (value: unknown): string => {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') {
    // JSON.parse forgets whether `3` was written `3.0`; an integral value is read as Python's int.
    return Number.isInteger(value) && Math.abs(value) < 1e21
      ? BigInt(value).toString()
      : floatRepr(value);
  }
  return pyRepr(value);
};

/** `os.path.splitext(name)` for a bare file name. */
export const splitext = (name: string): [string, string] => {
  const sep = name.lastIndexOf('/');
  const dot = name.lastIndexOf('.');
  if (dot > sep) {
    for (let i = sep + 1; i < dot; i += 1) {
      if (name[i] !== '.') return [name.slice(0, dot), name.slice(dot)];
    }
  }
  return [name, ''];
};
