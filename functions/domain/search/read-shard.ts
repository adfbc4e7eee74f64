import type { SearchStored } from './document.ts';
import { fieldBoosts, type SearchField, scoring } from './index-options.ts';
import {
  type FieldPostings,
  type Filterable,
  inflateBlock,
  PackedRows,
  type PackedShard,
  postingsOf,
} from './packed.ts';
import type { ParsedQuery } from './query.ts';
import { normalise, tokenize } from './terms.ts';

/** How far `word~` reaches: a fifth of the word's letters (rounded), at most `scoring.maxFuzzy`. */
export const fuzziness = 0.2;

/** A document's running match: its score, the query terms it matched, the index terms that did. */
interface Match {
  score: number;
  terms: string[];
  match: Record<string, true>;
}
type Matches = Map<number, Match>;

const addUnique = (target: string[], terms: readonly string[]) => {
  for (const term of terms) if (!target.includes(term)) target.push(term);
};

// MiniSearch's combinators, as its `combineWith` applies them.
const or = (a: Matches, b: Matches): Matches => {
  for (const [id, next] of b) {
    const existing = a.get(id);
    if (!existing) a.set(id, next);
    else {
      existing.score = existing.score + next.score;
      existing.match = Object.assign(existing.match, next.match);
      addUnique(existing.terms, next.terms);
    }
  }
  return a;
};
const and = (a: Matches, b: Matches): Matches => {
  const combined: Matches = new Map();
  for (const [id, next] of b) {
    const existing = a.get(id);
    if (!existing) continue;
    addUnique(existing.terms, next.terms);
    combined.set(id, {
      score: existing.score + next.score,
      terms: existing.terms,
      match: Object.assign(existing.match, next.match),
    });
  }
  return combined;
};
const combine = (results: Matches[], by: typeof and): Matches =>
  results.length === 0 ? new Map() : results.reduce(by);

/** BM25+, as MiniSearch computes it (same operations in the same order: the same floats). */
const bm25 = (frequency: number, matching: number, total: number, length: number, avg: number) => {
  const { k, b, d } = scoring.bm25;
  const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  return idf * (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * length) / avg)));
};

/**
 * What a part of a shard (parts.ts) is scored against when the shard has several: the statistics
 * of the shard as a whole, and the rows of this part that a later part superseded.
 */
export interface ShardScope {
  readonly documentCount: number;
  /** By field id. */
  readonly averageFieldLength: readonly number[];
  /** Documents of the whole shard with `term` in field `fieldId`. */
  matching(term: string, fieldId: number): number;
  readonly hidden: ReadonlySet<number>;
}

/** What ranking needs of a shard: its matches. */
export interface SearchableShard {
  search(query: ParsedQuery, filter: (document: Filterable) => boolean): ShardHit[];
}

/** Inflated blocks and parsed documents a shard keeps for the next page (stored text is large). */
const keptBlocks = 64;

const remember = <K, V>(cache: Map<K, V>, key: K, value: V) => {
  if (cache.size >= keptBlocks) cache.delete(cache.keys().next().value as K);
  cache.set(key, value);
};

/** One match in a shard: ranked by key and score, filtered by `filterable`, shown from `stored`. */
export class ShardHit {
  constructor(
    readonly key: string,
    readonly score: number,
    readonly terms: readonly string[],
    private readonly shard: ReadShard,
    private readonly row: number,
  ) {}

  /** What the index keeps of the document, parsed only when asked (the page of results). */
  get stored(): SearchStored {
    return this.shard.stored(this.row);
  }
}

/** The first index in sorted `terms` whose term is not below `term`. */
const lowerBound = (terms: readonly string[], term: string) => {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((terms[middle] as string) < term) low = middle + 1;
    else high = middle;
  }
  return low;
};

/**
 * Terms within `max` edits (Levenshtein: insert, delete, replace a letter) of `query`, with their
 * distance. The terms are sorted, so each reuses the rows of the prefix it shares with the one
 * before, and a prefix already too far away skips every term that starts with it.
 */
const nearTerms = (terms: readonly string[], query: string, max: number) => {
  const found = new Map<string, [number, number]>();
  const n = query.length + 1;
  const rows: number[][] = [Array.from({ length: n }, (_, j) => j)];
  let previous = '';
  /** Rows are valid up to this many letters of `previous`; past `dead` letters, nothing matches. */
  let dead = Number.POSITIVE_INFINITY;
  terms.forEach((term, index) => {
    let common = 0;
    const limit = Math.min(term.length, previous.length);
    while (common < limit && term[common] === previous[common]) common++;
    previous = term;
    if (common >= dead) return;
    dead = Number.POSITIVE_INFINITY;
    for (let i = common + 1; i <= term.length; i++) {
      const above = rows[i - 1] as number[];
      rows[i] ??= new Array<number>(n);
      const row = rows[i] as number[];
      row[0] = i;
      let least = i;
      for (let j = 1; j < n; j++) {
        const cell = Math.min(
          (above[j - 1] as number) + (term[i - 1] === query[j - 1] ? 0 : 1),
          (above[j] as number) + 1,
          (row[j - 1] as number) + 1,
        );
        row[j] = cell;
        if (cell < least) least = cell;
      }
      if (least > max) {
        dead = i;
        previous = term.slice(0, i);
        return;
      }
    }
    const distance = (rows[term.length] as number[])[n - 1] as number;
    if (distance <= max) found.set(term, [index, distance]);
  });
  return found;
};

/**
 * A packed shard as a query reads it: only the head is decoded up front; a term's postings are
 * decoded when a query names it, the stored fields when a result is shown. Scores are
 * MiniSearch's (BM25+, field boosts, prefix and near-spelling weights, AND / AND NOT) over the
 * same statistics, so results match a MiniSearch search of the same index (the order in which a
 * prefix's words are summed can differ, as it does in MiniSearch between a built index and a
 * loaded one: the last bit of a score, never the ranking of unequal scores).
 */
export class ReadShard implements SearchableShard {
  readonly #packed: PackedShard;
  readonly #rows: PackedRows;
  readonly #blocks = new Map<number, Buffer>();
  readonly #parsed = new Map<number, SearchStored>();
  #byKey: Map<string, number> | undefined;
  /** Set for the length of one `search` (synchronous) when the shard is part of a larger one. */
  #scope: ShardScope | undefined;

  constructor(packed: PackedShard) {
    this.#packed = packed;
    this.#rows = new PackedRows(packed);
  }

  /** Documents in the shard. */
  get documentCount(): number {
    return this.#rows.count;
  }

  /** A segment's groups, which supersede their documents in the parts before it (parts.ts). */
  get replaces(): readonly string[] {
    return this.#packed.head.replaces ?? [];
  }

  /** The row of the document with this key, if the shard has it. */
  rowOf(key: string): number | undefined {
    this.#byKey ??= new Map(this.#packed.keys.map((k, row) => [k, row]));
    return this.#byKey.get(key);
  }

  /** A document's length in a field (in terms). */
  fieldLength(row: number, fieldId: number): number {
    return this.#rows.fieldLength(row, fieldId);
  }

  /** The field ids, by name. */
  get fieldIds(): Readonly<Record<string, number>> {
    return this.#packed.head.fieldIds;
  }

  /** Documents with `term` in field `fieldId`. */
  matching(term: string, fieldId: number): number {
    const { terms } = this.#packed;
    const index = lowerBound(terms, term);
    if (terms[index] !== term) return 0;
    return postingsOf(this.#packed, index).find((f) => f.fieldId === fieldId)?.rows.length ?? 0;
  }

  /**
   * Every document matching the query whose filter fields pass `filter`, unsorted; within `scope`
   * (scored by the whole shard's statistics, superseded rows left out) when given.
   */
  search(
    query: ParsedQuery,
    filter: (document: Filterable) => boolean,
    scope?: ShardScope,
  ): ShardHit[] {
    this.#scope = scope;
    try {
      return this.#search(query, filter);
    } finally {
      this.#scope = undefined;
    }
  }

  #search(query: ParsedQuery, filter: (document: Filterable) => boolean): ShardHit[] {
    if (query.all.length === 0) return [];
    const found = combine(
      query.all.map((term) =>
        this.#text(term.term, term.prefix, term.fuzzy ? fuzziness : false, and),
      ),
      and,
    );
    if (query.none.length > 0) {
      const excluded = combine(
        query.none.map((term) => this.#text(term, false, false, or)),
        or,
      );
      for (const row of excluded.keys()) found.delete(row);
    }
    const hits: ShardHit[] = [];
    const hidden = this.#scope?.hidden;
    for (const [row, { score, terms, match }] of found) {
      if (hidden?.has(row)) continue;
      if (!filter(this.#rows.filterable(row))) continue;
      const key = this.#rows.key(row);
      hits.push(new ShardHit(key, score * (terms.length || 1), Object.keys(match), this, row));
    }
    return hits;
  }

  /** A document's stored fields, parsed once (its block inflated on the first of its block). */
  stored(row: number): SearchStored {
    const cached = this.#parsed.get(row);
    if (cached) return cached;
    const { block, start, end } = this.#rows.storedAt(row);
    let inflated = this.#blocks.get(block);
    if (!inflated) {
      inflated = inflateBlock(this.#packed, block);
      remember(this.#blocks, block, inflated);
    }
    const stored = JSON.parse(inflated.subarray(start, end).toString('utf8')) as SearchStored;
    remember(this.#parsed, row, stored);
    return stored;
  }

  /** A query word, tokenised again as MiniSearch does with a query string. */
  #text(text: string, prefix: boolean, fuzzy: number | false, by: typeof and): Matches {
    const terms = tokenize(text)
      .map(normalise)
      .filter((term): term is string => !!term);
    return combine(
      terms.map((term) => this.#term(term, prefix, fuzzy)),
      by,
    );
  }

  /** One term: its exact matches, then (when asked) longer words it starts, then near spellings. */
  #term(term: string, prefix: boolean, fuzzy: number | false): Matches {
    const { terms } = this.#packed;
    const results: Matches = new Map();
    const first = lowerBound(terms, term);
    if (terms[first] === term) this.#score(term, term, 1, first, results);
    let near: Map<string, [number, number]> | undefined;
    if (fuzzy !== false) {
      const distance = Math.min(scoring.maxFuzzy, Math.round(term.length * fuzzy));
      if (distance) near = nearTerms(terms, term, distance);
    }
    if (prefix)
      for (let index = first; terms[index]?.startsWith(term); index++) {
        const derived = terms[index] as string;
        const distance = derived.length - term.length;
        if (!distance) continue;
        near?.delete(derived);
        const weight =
          (scoring.weights.prefix * derived.length) / (derived.length + 0.3 * distance);
        this.#score(term, derived, weight, index, results);
      }
    for (const [derived, [index, distance]] of near ?? []) {
      if (!distance) continue;
      const weight = (scoring.weights.fuzzy * derived.length) / (derived.length + distance);
      this.#score(term, derived, weight, index, results);
    }
    return results;
  }

  #score(source: string, derived: string, weight: number, index: number, results: Matches) {
    const { head } = this.#packed;
    const scope = this.#scope;
    const total = scope?.documentCount ?? head.documentCount;
    const fields = postingsOf(this.#packed, index);
    for (const [field, boost] of Object.entries(fieldBoosts) as [SearchField, number][]) {
      const fieldId = head.fieldIds[field];
      const postings: FieldPostings | undefined = fields.find((f) => f.fieldId === fieldId);
      if (fieldId === undefined || !postings) continue;
      const matching = scope ? scope.matching(derived, fieldId) : postings.rows.length;
      const avg = (scope ?? head).averageFieldLength[fieldId] ?? 0;
      postings.rows.forEach((row, n) => {
        const length = this.#rows.fieldLength(row, fieldId);
        const raw = bm25(postings.freqs[n] ?? 0, matching, total, length, avg);
        const score = weight * boost * raw;
        const existing = results.get(row);
        if (existing) {
          existing.score += score;
          addUnique(existing.terms, [source]);
          existing.match[derived] = true;
        } else results.set(row, { score, terms: [source], match: { [derived]: true } });
      });
    }
  }
}
