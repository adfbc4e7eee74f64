import type { HunkPart, TextDiff, TextHunk } from '../domain/history/text-diff.ts';
import { plural } from './format.ts';
import { type Html, html } from './html.ts';

/*
 * A text diff for every reader: removed words are struck through and added ones underlined (not
 * told by colour alone), and screen readers, which announce neither `del` nor `ins`, hear
 * "removed:" and "added:" said around each change.
 */

const removed = (text: string) =>
  html`<del class="app-diff__removed"><span class="govuk-visually-hidden">[removed: </span>${text}<span class="govuk-visually-hidden">]</span></del>`;

const added = (text: string) =>
  html`<ins class="app-diff__added"><span class="govuk-visually-hidden">[added: </span>${text}<span class="govuk-visually-hidden">]</span></ins>`;

const part = (piece: HunkPart): Html =>
  piece.kind === 'context'
    ? html`<span class="app-diff__context">${piece.lines.join('\n')}</span>\n`
    : html`${piece.words.map((word) =>
        word.kind === 'removed'
          ? removed(word.text)
          : word.kind === 'added'
            ? added(word.text)
            : word.text,
      )}\n`;

const range = ({ start, end }: { start: number; end: number }) =>
  end < start
    ? `none (after line ${end})`
    : start === end
      ? `line ${start}`
      : `lines ${start}–${end}`;

const hunk = (entry: TextHunk, labels: { from: string; to: string }, index: number) => html`
<h3 class="govuk-heading-s">Change ${index + 1}: ${labels.from} ${range(entry.from)}; ${labels.to} ${range(entry.to)}</h3>
<div class="app-diff">${entry.parts.map(part)}</div>`;

/** How the marks read, said once above the changes. */
export const diffKey = html`<p class="govuk-body">Removed words are ${removed('struck through')}; added words are ${added('underlined')}. Unchanged lines either side of each change are shown in grey; longer unchanged stretches are left out.</p>`;

/** The changes of a text diff, each under a heading that says where it is in both versions. */
export const textDiffView = (diff: TextDiff, labels: { from: string; to: string }): Html => {
  if (diff.tooDifferent)
    return html`<p class="govuk-body">The two texts differ too much to compare line by line here. Compare the versions’ texts on their own pages.</p>`;
  if (diff.hunks.length === 0) return html`<p class="govuk-body">The text did not change.</p>`;
  return html`
<p class="govuk-body">${plural(diff.linesRemoved, 'line')} removed and ${plural(diff.linesAdded, 'line')} added, in ${plural(diff.hunks.length, 'place')}.</p>
${diffKey}
${diff.hunks.map((entry, index) => hunk(entry, labels, index))}`;
};
