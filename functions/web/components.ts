import { type Html, html, type Interpolation } from './html.ts';

/** A link in GOV.UK style. */
export const link = (href: string, text: Interpolation): Html =>
  html`<a class="govuk-link" href="${href}">${text}</a>`;

/** A summary list: a key and its value per row; rows whose value is empty are left out. */
export const summaryList = (rows: readonly (readonly [string, Interpolation])[]): Html => html`
<dl class="govuk-summary-list">
  ${rows
    .filter(([, value]) => value !== null && value !== undefined && value !== '' && value !== false)
    .map(
      ([key, value]) => html`
  <div class="govuk-summary-list__row">
    <dt class="govuk-summary-list__key">${key}</dt>
    <dd class="govuk-summary-list__value">${value}</dd>
  </div>`,
    )}
</dl>`;

export interface TableSpec {
  /** What the table holds: its caption, read first by screen readers. */
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly Interpolation[])[];
  /** Columns (by index) holding numbers: right-aligned. */
  readonly numeric?: readonly number[];
  /** The first cell of each row names the row (a row header). */
  readonly rowHeaders?: boolean;
}

/**
 * A table with its caption and column headers, inside a box that scrolls on its own when the
 * table is wider than the screen (keyboard users can focus it to scroll).
 */
export const table = (spec: TableSpec): Html => {
  const numeric = (index: number) => spec.numeric?.includes(index) ?? false;
  const cell = (value: Interpolation, index: number) =>
    index === 0 && spec.rowHeaders
      ? html`<th scope="row" class="govuk-table__header">${value}</th>`
      : html`<td class="govuk-table__cell${numeric(index) ? ' govuk-table__cell--numeric' : ''}">${value}</td>`;
  return html`
<div class="app-table-wrapper" tabindex="0" role="region" aria-label="${spec.caption}">
  <table class="govuk-table">
    <caption class="govuk-table__caption govuk-table__caption--m">${spec.caption}</caption>
    <thead class="govuk-table__head">
      <tr class="govuk-table__row">
        ${spec.head.map(
          (heading, index) =>
            html`<th scope="col" class="govuk-table__header${numeric(index) ? ' govuk-table__header--numeric' : ''}">${heading}</th>`,
        )}
      </tr>
    </thead>
    <tbody class="govuk-table__body">
      ${spec.rows.map((row) => html`<tr class="govuk-table__row">${row.map(cell)}</tr>`)}
    </tbody>
  </table>
</div>`;
};

export type TagColour = 'grey' | 'green' | 'blue' | 'red' | 'yellow' | 'orange' | 'purple';

/** A short status word. */
export const tag = (text: string, colour?: TagColour): Html =>
  html`<strong class="govuk-tag${colour ? ` govuk-tag--${colour}` : ''}">${text}</strong>`;

/** A section heading with its content, or a sentence saying there is nothing, by the same rule. */
export const section = (
  heading: string,
  items: readonly unknown[],
  content: () => Interpolation,
  empty: string,
): Html => html`
<h2 class="govuk-heading-l">${heading}</h2>
${items.length > 0 ? content() : html`<p class="govuk-body">${empty}</p>`}`;

/** A bullet list of links or text. */
export const list = (items: readonly Interpolation[]): Html =>
  html`<ul class="govuk-list govuk-list--bullet">${items.map((item) => html`<li>${item}</li>`)}</ul>`;

/** A page's "Next page" link, when the list goes on. */
export const nextPage = (href: string | null): Interpolation =>
  href &&
  html`
<nav class="govuk-pagination govuk-pagination--block" aria-label="Pages">
  <div class="govuk-pagination__next">
    <a class="govuk-link govuk-pagination__link" href="${href}" rel="next">
      <span class="govuk-pagination__link-title">Next page</span>
    </a>
  </div>
</nav>`;

/** Why content is not shown: a warning, with the reason given. */
export const withheld = (reason: string): Html => html`
<div class="govuk-warning-text">
  <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
  <strong class="govuk-warning-text__text">
    <span class="govuk-visually-hidden">Warning</span>
    ${reason}
  </strong>
</div>`;
