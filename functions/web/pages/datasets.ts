import type { DatasetVersionRecord } from '../../domain/dataset-record.ts';
import type { Page } from '../../ports/page.ts';
import { link, nextPage, section, table, tag } from '../components.ts';
import { longDateTime } from '../format.ts';
import { type Html, html } from '../html.ts';
import { layout } from '../layout.ts';
import { hrefWith, type PageContext } from '../page-context.ts';

const origins = [
  ['upload', 'Uploaded datasets'],
  ['paper', 'Tables read from papers'],
  ['all', 'Both'],
] as const;

/** Which datasets the list shows, and links to the others (uploaded ones unless asked). */
const originChoice = (context: PageContext) => {
  const shown = context.query.origin ?? 'upload';
  return html`<p class="govuk-body">${origins.map(([origin, label], index) => [
    index > 0 ? ' · ' : '',
    origin === shown
      ? html`<strong>${label}</strong>`
      : link(hrefWith(context, { origin, cursor: undefined }), label),
  ])}</p>`;
};

/** Every dataset's current version, a page at a time, in natural order of ids. */
export const datasetsPage = (page: Page<DatasetVersionRecord>, context: PageContext): Html =>
  layout(context, {
    title: 'Datasets',
    breadcrumbs: [],
    content: html`${originChoice(context)}${section(
      'Open datasets',
      page.items,
      () => [
        table({
          caption: 'Datasets, by id',
          head: ['Dataset', 'Rows', 'Publisher', 'Changed'],
          numeric: [1],
          rows: page.items.map((dataset) => [
            [
              link(`/v1/datasets/${dataset.id}`, dataset.title),
              dataset.status === 'withdrawn' && [' ', tag('Withdrawn', 'grey')],
            ],
            dataset.rowCount.toLocaleString('en-GB'),
            dataset.publisher,
            longDateTime(dataset.publishedAt),
          ]),
        }),
        nextPage(page.next && hrefWith(context, { cursor: page.next })),
      ],
      'No datasets match.',
    )}`,
  });
