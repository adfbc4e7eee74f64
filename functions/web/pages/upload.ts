import { type RecordKind, recordPath } from '../../config/areas.ts';
import { acceptedExtensions, acceptedFormatNames } from '../../domain/accepted-formats.ts';
import type { IngestEntry } from '../../ports/ingest-log.ts';
import type { UploadForm } from '../../ports/upload-form-signer.ts';
import { uploadScript } from '../assets/scripts.ts';
import { link, section, table } from '../components.ts';
import { fileSize, longDateTime } from '../format.ts';
import { type Html, html } from '../html.ts';
import { layout } from '../layout.ts';
import type { PageContext } from '../page-context.ts';
import { outcomeTag } from './upload-outcome.ts';

/** One kind's upload: the plain form's policy (the bucket redirects back) and the script's (201). */
export interface UploadFormPair {
  readonly kind: RecordKind;
  readonly plain: UploadForm;
  readonly script: UploadForm;
}

/** What the upload page shows an officer. */
export interface UploadDesk {
  readonly officer: string;
  readonly forms: readonly UploadFormPair[];
  readonly recent: readonly IngestEntry[];
  /** When the forms were signed: outcomes since then are this page's uploads. */
  readonly signedAt: string;
}

export interface UploadPageExtras {
  readonly csrf: string;
  /** A record just withdrawn, to confirm. */
  readonly withdrawn?: string;
}

const kinds: Readonly<Record<RecordKind, { heading: string; what: string; more: string }>> = {
  paper: { heading: 'Upload papers', what: 'papers', more: '' },
  dataset: {
    heading: 'Upload datasets',
    what: 'datasets',
    more: '; a Table Schema named NAME.schema.json uploaded first is used for NAME.csv',
  },
};

/** The formats named and offered from the upload policy's one list. */
const hintOf = (kind: RecordKind) => `${acceptedFormatNames(kind)}${kinds[kind].more}`;

const metadataInputs = (kind: RecordKind) => {
  const field = (name: string, text: string, hint: string) => html`
    <div class="govuk-form-group">
      <label class="govuk-label" for="${kind}-${name}">${text}</label>
      <div class="govuk-hint" id="${kind}-${name}-hint">${hint}</div>
      ${
        name === 'description'
          ? html`<textarea class="govuk-textarea" id="${kind}-${name}" name="x-amz-meta-${name}" rows="3" aria-describedby="${kind}-${name}-hint"></textarea>`
          : html`<input class="govuk-input" id="${kind}-${name}" name="x-amz-meta-${name}" type="text" spellcheck="false" aria-describedby="${kind}-${name}-hint">`
      }
    </div>`;
  return html`
  <details class="govuk-details">
    <summary class="govuk-details__summary"><span class="govuk-details__summary-text">Describe the record (optional)</span></summary>
    <div class="govuk-details__text">
      ${field('id', 'Record id', 'Lower-case letters, digits and hyphens; blank: made from the file’s name. One file only.')}
      ${field('replaces', 'Replaces record', 'The id of a record published from another file that this file is the next version of. Blank: a record with this file’s id that came from another file is not changed, and this upload is refused.')}
      ${field('title', 'Title', 'Blank: the title read from the file, or its id')}
      ${field('description', 'Description', 'What it holds, for people finding it')}
      ${field('licence', 'Licence', 'For example: Open Government Licence v3.0')}
      ${field('publisher', 'Publisher', 'The council or service that publishes it')}
      ${field('source', 'Source', 'Where it comes from: a web address or the system it was taken from')}
    </div>
  </details>`;
};

const uploadForm = (pair: UploadFormPair, signedAt: string) => {
  const about = kinds[pair.kind];
  const max = fileSize(pair.plain.maxBytes);
  return html`
<h2 class="govuk-heading-l" id="${pair.kind}-heading">${about.heading}</h2>
<form action="${pair.plain.url}" method="post" enctype="multipart/form-data" novalidate aria-labelledby="${pair.kind}-heading"
  data-upload-form data-kind="${pair.kind}" data-fields="${JSON.stringify(pair.script.fields)}"
  data-key-prefix="${pair.plain.keyPrefix}" data-max-bytes="${String(pair.plain.maxBytes)}" data-max-size="${max}"
  data-since="${signedAt}" data-results="${pair.kind}-results">
  ${Object.entries(pair.plain.fields).map(
    ([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`,
  )}
  ${metadataInputs(pair.kind)}
  <div class="govuk-form-group">
    <label class="govuk-label govuk-label--s" for="${pair.kind}-file">Choose ${about.what}</label>
    <div class="govuk-hint" id="${pair.kind}-file-hint">${hintOf(pair.kind)}; up to ${max} each. With JavaScript, choose or drop several at once.</div>
    <p class="govuk-error-message app-upload-error" role="alert" hidden></p>
    <input class="govuk-file-upload" id="${pair.kind}-file" name="file" type="file" accept="${acceptedExtensions(pair.kind).join(',')}" aria-describedby="${pair.kind}-file-hint">
  </div>
  <button type="submit" class="govuk-button">Upload</button>
  <p class="govuk-body-s">This form can be sent until ${longDateTime(pair.plain.expiresAt)}; reload the page after that.</p>
</form>
<h3 class="govuk-heading-s">Your ${about.what} from this page</h3>
<ol class="govuk-list" id="${pair.kind}-results" aria-live="polite"></ol>`;
};

const fileName = (key: string) => key.slice(key.lastIndexOf('/') + 1);

const withdrawForms = (recent: readonly IngestEntry[], csrf: string) => {
  const records = new Map<string, { kind: RecordKind; id: string }>();
  for (const entry of recent)
    if ((entry.outcome === 'accepted' || entry.outcome === 'duplicate') && entry.kind && entry.id)
      records.set(`${entry.kind}/${entry.id}`, { kind: entry.kind, id: entry.id });
  return section(
    'Withdraw a record',
    [...records.values()],
    () =>
      html`<p class="govuk-body">Withdrawing publishes a last version saying why, by whom and when; the earlier versions stay readable.</p>
${[...records.values()].map(
  ({ kind, id }, index) => html`
<details class="govuk-details">
  <summary class="govuk-details__summary"><span class="govuk-details__summary-text">Withdraw ${kind} ${id}</span></summary>
  <div class="govuk-details__text">
    <form action="/upload/withdraw" method="post" novalidate>
      <input type="hidden" name="csrf" value="${csrf}">
      <input type="hidden" name="kind" value="${kind}">
      <input type="hidden" name="id" value="${id}">
      <div class="govuk-form-group">
        <label class="govuk-label" for="withdraw-reason-${String(index)}">Why is ${kind} ${id} withdrawn?</label>
        <div class="govuk-hint" id="withdraw-reason-${String(index)}-hint">Shown to the public with the record</div>
        <input class="govuk-input" id="withdraw-reason-${String(index)}" name="reason" type="text" required aria-describedby="withdraw-reason-${String(index)}-hint">
      </div>
      <button type="submit" class="govuk-button govuk-button--warning">Withdraw ${kind} ${id}</button>
    </form>
  </div>
</details>`,
)}`,
    'Records published by recent uploads can be withdrawn here.',
  );
};

/**
 * The officers' upload page: a form per kind that sends one file straight to the bucket (a
 * presigned POST; the bucket then sends the browser to its outcome), which the page's script
 * turns into several files with progress and outcomes; then the recent uploads with their
 * outcomes, and a form to withdraw each record they published.
 */
export const uploadPage = (
  desk: UploadDesk,
  extras: UploadPageExtras,
  context: PageContext,
): Html =>
  layout(context, {
    title: 'Upload papers and datasets',
    breadcrumbs: [],
    scripts: [uploadScript.path],
    content: html`
${
  extras.withdrawn &&
  html`<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="withdrawn-title">
  <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="withdrawn-title">Success</h2></div>
  <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">${extras.withdrawn} was withdrawn.</p></div>
</div>`
}
<p class="govuk-body">Signed in as <strong>${desk.officer}</strong>.</p>
<form action="/signout" method="post">
  <input type="hidden" name="csrf" value="${extras.csrf}">
  <button type="submit" class="govuk-button govuk-button--secondary">Sign out</button>
</form>
<p class="govuk-body">Files go straight to the upload bucket; each is then checked and read, and its outcome appears below the form (or on its own page without JavaScript).</p>
${desk.forms.map((pair) => uploadForm(pair, desk.signedAt))}
${section(
  'Recent uploads',
  desk.recent,
  () =>
    table({
      caption: 'Your latest uploads and withdrawals, newest first',
      head: ['When', 'File', 'Outcome', 'Record', 'Why'],
      rows: desk.recent.map((entry) => [
        longDateTime(entry.at),
        html`<span class="app-break">${fileName(entry.key)}</span>`,
        outcomeTag(entry.outcome),
        entry.kind &&
          entry.id &&
          entry.outcome !== 'rejected' &&
          link(
            recordPath(entry.kind, entry.id),
            `${entry.id}${entry.version ? ` v${entry.version}` : ''}`,
          ),
        entry.reason?.message,
      ]),
    }),
  'No uploads yet.',
)}
${withdrawForms(desk.recent, extras.csrf)}`,
  });
