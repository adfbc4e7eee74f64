import slugify from '@sindresorhus/slugify';
import { sha256Hex } from './hashing.ts';
import { fold } from './record-filter.ts';

/** A decision as its id is read from: the agenda item it settles and what was decided. */
export interface DecisionContent {
  readonly item: string | null;
  readonly text: string;
}

/** Case, accents, punctuation and spacing do not change a decision: a retyped one keeps its id. */
const normalised = (text: string) =>
  fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The keys of a meeting's decisions, from their content, not their place: the agenda item
 * (`item-3`) and the first 8 hex digits of the SHA-256 of the normalised text. A corrected minutes
 * version that adds a decision before another leaves the other's key as it was. The same item and
 * text twice in one meeting is told apart by `-2`, `-3`… in the order given.
 *
 * @example decisionKeys([{ item: '3', text: 'The minutes be AGREED.' }]) // ['item-3-…']
 */
export const decisionKeys = (decisions: readonly DecisionContent[]): string[] => {
  const seen = new Map<string, number>();
  return decisions.map((decision) => {
    const hash = sha256Hex(normalised(decision.text)).slice(0, 8);
    const item = decision.item && slugify(decision.item, { decamelize: false }).slice(0, 40);
    const base = item ? `item-${item}-${hash}` : hash;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
};

/** What a decision key may be: lower-case letters, digits and `-`. */
export const decisionKeyPattern = /^[a-z0-9][a-z0-9-]{0,80}$/;
