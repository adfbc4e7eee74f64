/**
 * Python's `difflib.SequenceMatcher(None, a, b, autojunk=False)` on strings (compared by code point):
 * the same longest-match search and tie-breaking, so `ratio()` gives Python's number exactly.
 */

interface Match {
  readonly i: number;
  readonly j: number;
  readonly size: number;
}

const findLongestMatch = (
  a: readonly string[],
  b: readonly string[],
  b2j: ReadonlyMap<string, readonly number[]>,
  alo: number,
  ahi: number,
  blo: number,
  bhi: number,
): Match => {
  let besti = alo;
  let bestj = blo;
  let bestsize = 0;
  // j2len.get(j) = length of the longest match ending with a[i-1] and b[j].
  let j2len = new Map<number, number>();
  for (let i = alo; i < ahi; i += 1) {
    const newj2len = new Map<number, number>();
    for (const j of b2j.get(a[i] as string) ?? []) {
      if (j < blo) continue;
      if (j >= bhi) break;
      const k = (j2len.get(j - 1) ?? 0) + 1;
      newj2len.set(j, k);
      if (k > bestsize) {
        besti = i - k + 1;
        bestj = j - k + 1;
        bestsize = k;
      }
    }
    j2len = newj2len;
  }
  // With no junk these extensions cannot grow the match; kept so the search stays Python's.
  while (besti > alo && bestj > blo && a[besti - 1] === b[bestj - 1]) {
    besti -= 1;
    bestj -= 1;
    bestsize += 1;
  }
  while (
    besti + bestsize < ahi &&
    bestj + bestsize < bhi &&
    a[besti + bestsize] === b[bestj + bestsize]
  ) {
    bestsize += 1;
  }
  return { i: besti, j: bestj, size: bestsize };
};

/** The matching blocks `get_matching_blocks()` finds (without the final dummy), in search order. */
export const matchingBlocks = (left: string, right: string): Match[] => {
  const a = Array.from(left);
  const b = Array.from(right);
  const b2j = new Map<string, number[]>();
  b.forEach((elt, index) => {
    const indices = b2j.get(elt);
    if (indices) indices.push(index);
    else b2j.set(elt, [index]);
  });
  const queue: Array<[number, number, number, number]> = [[0, a.length, 0, b.length]];
  const blocks: Match[] = [];
  for (let next = queue.pop(); next; next = queue.pop()) {
    const [alo, ahi, blo, bhi] = next;
    const m = findLongestMatch(a, b, b2j, alo, ahi, blo, bhi);
    if (m.size > 0) {
      blocks.push(m);
      if (alo < m.i && blo < m.j) queue.push([alo, m.i, blo, m.j]);
      if (m.i + m.size < ahi && m.j + m.size < bhi) {
        queue.push([m.i + m.size, ahi, m.j + m.size, bhi]);
      }
    }
  }
  return blocks;
};

/**
 * `SequenceMatcher(None, a, b, autojunk=False).ratio()`: 2 × matched characters / total length
 * (1.0 for two empty strings).
 */
export const sequenceRatio = (a: string, b: string): number => {
  const length = Array.from(a).length + Array.from(b).length;
  if (length === 0) return 1.0;
  const matches = matchingBlocks(a, b).reduce((sum, m) => sum + m.size, 0);
  return (2.0 * matches) / length;
};
