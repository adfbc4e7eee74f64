import { timingSafeEqual } from 'node:crypto';

/**
 * Compares a secret someone gave with the expected one in constant time (for equal lengths), so
 * the comparison does not tell how much of a guess was right.
 *
 * @example sameSecret('abc', 'abc') // true
 */
export const sameSecret = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};
