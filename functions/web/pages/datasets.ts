import type { DatasetVersionRecord } from '../../domain/dataset-record.ts';
import type { Page } from '../../ports/page.ts';
import { link, nextPage, section, table, tag } from '../components.ts';
import { longDateTime } from '../format.ts';
import type { Html } from '../html.ts';
import { layout } from '../layout.ts';
import { hrefWith, type PageContext } from '../page-context.ts';

/** Every dataset's current version, a page at a time, by id. */
export const datasetsPage = (page: Page<DatasetVersionRecord>, context: PageContext): Html =>
  layout(context, {
    title: 'Datasets',
    breadcrumbs: [],
    content: section(
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
    ),
  });
