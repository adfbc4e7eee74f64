import type { VersionRecord } from '../../domain/paper-record.ts';
import type { Page } from '../../ports/page.ts';
import { link, nextPage, section, table, tag } from '../components.ts';
import { label, longDate, longDateTime } from '../format.ts';
import type { Html } from '../html.ts';
import { layout } from '../layout.ts';
import { hrefWith, type PageContext } from '../page-context.ts';

/** Every paper's current version, a page at a time, by id. */
export const papersPage = (page: Page<VersionRecord>, context: PageContext): Html =>
  layout(context, {
    title: 'Papers',
    breadcrumbs: [],
    content: section(
      'Agendas, minutes and reports',
      page.items,
      () => [
        table({
          caption: 'Papers, by id',
          head: ['Paper', 'Type', 'Committee', 'Meeting date', 'Published'],
          rows: page.items.map((paper) => [
            [
              link(`/v1/papers/${paper.id}`, paper.title ?? paper.id),
              paper.status === 'withdrawn' && [' ', tag('Withdrawn', 'grey')],
              paper.exempt && [' ', tag('Exempt', 'orange')],
            ],
            label(paper.documentType),
            paper.committee,
            longDate(paper.meetingDate),
            longDateTime(paper.publishedAt),
          ]),
        }),
        nextPage(page.next && hrefWith(context, { cursor: page.next })),
      ],
      'No papers match.',
    ),
  });
