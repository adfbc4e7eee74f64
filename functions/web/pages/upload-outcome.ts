import { describeReading } from '../../domain/papers/reading.ts';
import type { UploadOutcome } from '../../usecases/ingest/upload-outcomes.ts';
import { link, list, type TagColour, table, tag } from '../components.ts';
import { longDateTime, plural } from '../format.ts';
import { type Html, html, type Interpolation } from '../html.ts';
import { layout } from '../layout.ts';
import { hrefWith, type PageContext } from '../page-context.ts';

const headlines: Readonly<Record<UploadOutcome['state'], readonly [string, TagColour]>> = {
  waiting: ['Being read', 'yellow'],
  accepted: ['Accepted', 'green'],
  duplicate: ['Already published', 'blue'],
  rejected: ['Rejected', 'red'],
  skipped: ['Not ingested', 'grey'],
  withdrawn: ['Withdrawn', 'grey'],
  'taken-down': ['Taken down', 'red'],
};

/** An outcome's tag: Accepted, Rejected… */
export const outcomeTag = (state: UploadOutcome['state']): Html => {
  const [text, colour] = headlines[state];
  return tag(text, colour);
};

/**
 * What became of an upload, in words (the upload page's script builds the same from the JSON):
 * the record it published, what was read, and for a dataset each problem with how to fix it.
 */
export const outcomeDetails = (outcome: UploadOutcome): Interpolation => [
  html`<p class="govuk-body">${outcomeTag(outcome.state)} ${
    outcome.record &&
    link(
      outcome.record,
      `${outcome.kind} ${outcome.id}${outcome.version ? `, version ${outcome.version}` : ''}`,
    )
  }</p>`,
  outcome.reason && html`<p class="govuk-body">${outcome.reason}</p>`,
  outcome.read && [
    html`<p class="govuk-body">Read as: ${describeReading(outcome.read)}</p>`,
    outcome.read.warnings.length > 0 &&
      list(outcome.read.warnings.map((warning) => `Warning: ${warning}`)),
  ],
  outcome.dataset && [
    html`<p class="govuk-body">${plural(outcome.dataset.rows, 'row')} of ${plural(outcome.dataset.fields, 'field')}; ${plural(outcome.dataset.problems.length, 'problem')} listed.</p>`,
    outcome.dataset.problems.length > 0 &&
      table({
        caption: outcome.dataset.partial ? 'Problems found (the first ones)' : 'Problems found',
        head: ['Line in the file', 'Field', 'Problem', 'How to fix it'],
        rows: outcome.dataset.problems.map((problem) => [
          problem.line === null ? '' : String(problem.line),
          problem.field,
          problem.problem,
          problem.fix,
        ]),
      }),
    outcome.dataset.warnings.length > 0 &&
      list(outcome.dataset.warnings.map((warning) => `Warning: ${warning}`)),
  ],
];

/**
 * One upload's outcome, where the bucket sends a browser after a plain form's upload. While the
 * file is being read it says so, with a link to look again (no refresh the reader cannot stop).
 */
export const uploadOutcomePage = (outcome: UploadOutcome, context: PageContext): Html =>
  layout(context, {
    caption: 'Upload',
    title: outcome.key.slice(outcome.key.lastIndexOf('/') + 1),
    breadcrumbs: [{ text: 'Upload', href: '/upload' }],
    content: html`<div class="app-break">
${
  outcome.state === 'waiting'
    ? html`<p class="govuk-body">${outcomeTag('waiting')} The file reached the bucket and is being read, which takes a few seconds (longer for a large dataset).</p>
<p class="govuk-body">${link(hrefWith(context, {}), 'Check again')}</p>`
    : outcomeDetails(outcome)
}
${outcome.at && html`<p class="govuk-body-s">Ingested ${longDateTime(outcome.at)}.</p>`}
<p class="govuk-body">${link('/upload', 'Upload more files, or see recent uploads')}</p></div>`,
  });
