/**
 * Orders two S3 event sequencers for the same key. S3 documents them as hexadecimal strings of
 * varying length, comparable only after right-padding the shorter with zeros; a plain string
 * comparison would put "0A" after "0A00000001".
 *
 * @example compareSequencers('0A', '0A00000001') // -1
 */
export const compareSequencers = (a: string, b: string): -1 | 0 | 1 => {
  const length = Math.max(a.length, b.length);
  const left = a.toUpperCase().padEnd(length, '0');
  const right = b.toUpperCase().padEnd(length, '0');
  return left < right ? -1 : left > right ? 1 : 0;
};
