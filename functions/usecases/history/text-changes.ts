import { NotFoundError } from '../../domain/errors.ts';
import { diffText, type TextDiff } from '../../domain/history/text-diff.ts';
import type { PaperView } from '../../domain/paper-record.ts';
import { type PaperQueryDeps, withBody } from '../papers/paper-queries.ts';

/** One side of a comparison: the version's public text, or why it has none. */
export interface SideText {
  readonly version: number;
  readonly text: string | null;
  /** Why there is no text to compare: withdrawn, or withheld from publication. */
  readonly missing: string | null;
}

export interface PaperTextChanges {
  readonly from: SideText;
  readonly to: SideText;
  /** Null when either side has no public text. */
  readonly diff: TextDiff | null;
}

const sideOf = (view: PaperView): SideText => ({
  version: view.version,
  text: view.body,
  missing:
    view.body !== null
      ? null
      : view.status === 'withdrawn'
        ? `Version ${view.version} withdraws the paper and has no text of its own.`
        : `The text of version ${view.version} is withheld. ${view.withheld?.reason ?? ''}`.trim(),
});

/**
 * How a paper's public text changed from version `a` to version `b`: the same text the public
 * pages show (exempt parts replaced by their notice, an exempt paper's withheld), line by line and
 * word by word. Withheld text never enters the comparison, unless `audit` is set: auditors compare
 * the texts as stored.
 */
export const paperTextChanges = async (
  deps: PaperQueryDeps,
  id: string,
  a: number,
  b: number,
  options: { readonly audit?: boolean } = {},
): Promise<PaperTextChanges> => {
  const [from, to] = await Promise.all(
    [a, b].map(async (n) => {
      const record = await deps.versions.get('paper', id, n);
      if (!record) throw new NotFoundError(`paper "${id}" has no version ${n}.`);
      return withBody(deps.archive, record, options);
    }),
  );
  if (!from || !to) throw new Error('unreachable: both versions were read');
  const [left, right] = [sideOf(from), sideOf(to)];
  return {
    from: left,
    to: right,
    diff: left.text === null || right.text === null ? null : diffText(left.text, right.text),
  };
};
