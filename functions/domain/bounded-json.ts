/**
 * JSON read from uploads, with its nesting capped before it is parsed: a document nested
 * thousands deep is valid JSON, but every recursive step after the parse (copying, hashing,
 * stringifying, schema validation) would overflow the stack on it.
 */

/** The deepest nesting of arrays and objects accepted in uploaded JSON: tables need two or three. */
export const maxJsonDepth = 64;

/** Where JSON text first nests deeper than allowed. */
export interface TooDeep {
  readonly depth: number;
  readonly line: number;
}

/**
 * The place where `text` first opens an array or object deeper than `limit`, or `undefined` when it
 * never does. Brackets inside strings do not count. One pass, no recursion, whatever the text.
 *
 * @example nestingBeyond('[[[1]]]', 2) // { depth: 3, line: 1 }
 */
export const nestingBeyond = (text: string, limit = maxJsonDepth): TooDeep | undefined => {
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10) line++;
    if (inString) {
      if (code === 92)
        index++; // a backslash escapes the next character
      else if (code === 34) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 91 || code === 123) {
      depth++;
      if (depth > limit) return { depth, line };
    } else if (code === 93 || code === 125) depth--;
  }
  return undefined;
};

/** The message for JSON nested too deep, naming what it is and where. */
export const tooDeepMessage = (what: string, deep: TooDeep, limit = maxJsonDepth): string =>
  `${what} nests arrays and objects more than ${limit} levels deep (level ${deep.depth} opens on line ${deep.line}); flatten it: a table needs two or three levels.`;
