import { recordCollections, recordPath } from '../../config/areas.ts';
import type { CollectionDiff, ExtractionDiff } from '../../domain/history/diff-extraction.ts';
import type { RowDiff } from '../../domain/history/diff-rows.ts';
import type { PaperExtraction } from '../../domain/papers/model.ts';
import type { DatasetRow } from '../../ports/row-store.ts';
import type { StoredVersion } from '../../ports/version-store.ts';
import type { VersionDiff } from '../../usecases/history/diff-versions.ts';
import type { PaperTextChanges } from '../../usecases/history/text-changes.ts';
import { link, list, summaryList, table } from '../components.ts';
import { longDateTime, plural } from '../format.ts';
import { versionHref, versionReasons } from '../history.ts';
import { type Html, html, type Interpolation } from '../html.ts';
import { layout } from '../layout.ts';
import type { PageContext } from '../page-context.ts';
import { textDiffView } from '../text-diff-view.ts';

/** What a diff page shows besides the diff: the two versions, and for a paper its text changes. */
export interface DiffPageExtras {
  readonly from: StoredVersion;
  readonly to: StoredVersion;
  readonly text?: PaperTextChanges;
}

/** Rows and changes listed on the page; the JSON lists up to its own limit. */
const shown = 100;

type Extraction = PaperExtraction;
const describers = {
  agendaItems: (item: Extraction['agendaItems'][number]) =>
    `${item.number ?? ''} ${item.title}`.trim(),
  resolutions: (item: Extraction['resolutions'][number]) =>
    item.item ? `Item ${item.item}: ${item.text}` : item.text,
  actions: (item: Extraction['actions'][number]) =>
    `${item.item ? `Item ${item.item}: ` : ''}${item.text} (${item.owner})`,
  recommendations: (item: Extraction['recommendations'][number]) => item.text,
  votes: (item: Extraction['votes'][number]) =>
    `${item.item ? `Item ${item.item}: ` : ''}${item.motion ?? 'A vote'}: ${item.result ?? 'no result recorded'} (${item.for.length} for, ${item.against.length} against, ${item.abstain.length} abstaining)`,
  declarations: (item: Extraction['declarations'][number]) => `${item.member}: ${item.text}`,
} as const;

const collectionNames: Readonly<Record<keyof typeof describers, string>> = {
  agendaItems: 'Agenda items',
  resolutions: 'Decisions',
  actions: 'Actions',
  recommendations: 'Recommendations',
  votes: 'Votes',
  declarations: 'Declarations of interest',
};

const attendanceNames: Readonly<Record<keyof ExtractionDiff['attendance'], string>> = {
  present: 'Present',
  apologies: 'Apologies',
  inAttendance: 'In attendance',
  substitutes: 'Substitutes',
};

const collection = <T>(name: string, diff: CollectionDiff<T>, describe: (item: T) => string) =>
  diff.added.length + diff.removed.length + diff.changed.length === 0
    ? []
    : [
        html`<h3 class="govuk-heading-s">${name}</h3>`,
        list([
          ...diff.added.map((item) => html`<strong>Added:</strong> ${describe(item)}`),
          ...diff.removed.map((item) => html`<strong>Removed:</strong> ${describe(item)}`),
          ...diff.changed.map(
            (change) =>
              html`<strong>Changed</strong> (${change.fields.join(', ')}): was “${describe(change.from)}”, now “${describe(change.to)}”`,
          ),
        ]),
      ];

/** The paper's facts that changed, collection by collection, then attendance by list. */
const factsView = (diff: ExtractionDiff): Interpolation => {
  if (diff.withheld)
    return html`<p class="govuk-body">One of the versions is withheld from publication, so its facts are not compared: they count as none.</p>`;
  const collections = (Object.keys(describers) as (keyof typeof describers)[]).flatMap((key) =>
    collection(
      collectionNames[key],
      diff[key] as CollectionDiff<never>,
      describers[key] as (item: never) => string,
    ),
  );
  const attendance = (Object.keys(attendanceNames) as (keyof typeof attendanceNames)[]).flatMap(
    (key) => [
      ...diff.attendance[key].added.map((name) => `${attendanceNames[key]}: ${name} added`),
      ...diff.attendance[key].removed.map((name) => `${attendanceNames[key]}: ${name} removed`),
    ],
  );
  const sections = [
    ...collections,
    ...(attendance.length > 0
      ? [html`<h3 class="govuk-heading-s">Attendance</h3>`, list(attendance)]
      : []),
  ];
  return sections.length > 0
    ? sections
    : html`<p class="govuk-body">No agenda item, decision, action, recommendation, vote, declaration or attendance changed.</p>`;
};

const cellText = (value: unknown): string =>
  value === null || value === undefined
    ? ''
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);

const rowsTable = (caption: string, rows: readonly DatasetRow[], fields: readonly string[]) =>
  table({
    caption,
    head: ['Row', ...fields],
    numeric: [0],
    rows: rows
      .slice(0, shown)
      .map((row) => [String(row.rowNumber), ...fields.map((field) => cellText(row.values[field]))]),
  });

const matchedBy: Readonly<Record<RowDiff['why'], string>> = {
  'same-primary-key': 'Rows were matched by the primary key both versions share.',
  'no-primary-key': 'Rows were matched by their position, as the schema names no primary key.',
  'different-primary-keys':
    'Rows were matched by their position, as the versions’ primary keys differ.',
  'too-many-rows': 'Rows were matched by their position: too many to match by key.',
  'duplicate-key': 'Rows were matched by their position, as a primary key value repeats.',
};

/** A dataset's rows added, removed and changed (the first of each listed), and how they matched. */
const rowsView = (diff: RowDiff, fields: readonly string[]): Interpolation => [
  html`<p class="govuk-body">${plural(diff.counts.added, 'row')} added, ${plural(diff.counts.removed, 'row')} removed and ${plural(diff.counts.changed, 'row')} changed. ${matchedBy[diff.why]}${diff.truncated || Math.max(diff.added.length, diff.removed.length, diff.changed.length) > shown ? ` Only the first ${shown} of each are listed here; the JSON lists more.` : ''}</p>`,
  diff.added.length > 0 && rowsTable('Rows added', diff.added, fields),
  diff.removed.length > 0 && rowsTable('Rows removed', diff.removed, fields),
  diff.changed.length > 0 &&
    table({
      caption: 'Rows changed',
      head: ['Row', 'Field', 'Before', 'After'],
      rows: diff.changed
        .slice(0, shown)
        .flatMap((change) =>
          change.fields.map((field) => [
            typeof change.key === 'number' ? String(change.key) : cellText(change.key),
            field,
            cellText(change.from.values[field]),
            cellText(change.to.values[field]),
          ]),
        ),
    }),
];

const fieldsView = (diff: VersionDiff): Interpolation =>
  diff.fields.length === 0
    ? html`<p class="govuk-body">No other recorded field changed.</p>`
    : table({
        caption: 'Recorded fields that changed',
        head: ['Field', `Version ${diff.from}`, `Version ${diff.to}`],
        rowHeaders: true,
        rows: diff.fields.map((change) => [
          change.field,
          html`<span class="app-break">${cellText(change.from)}</span>`,
          html`<span class="app-break">${cellText(change.to)}</span>`,
        ]),
      });

const side = (version: StoredVersion) =>
  link(
    versionHref(version.kind, version.id, version.version),
    `Version ${version.version}: ${versionReasons[version.reason].toLowerCase()}, ${longDateTime(version.publishedAt)}`,
  );

/**
 * What changed between two versions of a record, for people: the text word by word (papers, the
 * public text only), the facts read from it, or the rows (datasets), and the recorded fields.
 */
export const diffPage = (diff: VersionDiff, extras: DiffPageExtras, context: PageContext): Html => {
  const base = recordPath(diff.kind, diff.id);
  const collectionName = recordCollections[diff.kind];
  const name = extras.to.title ?? diff.id;
  const labels = { from: `version ${diff.from}`, to: `version ${diff.to}` };
  const fieldsOf = (version: StoredVersion) => (version.kind === 'dataset' ? version.fields : []);
  const fields = [...new Set([...fieldsOf(extras.from), ...fieldsOf(extras.to)])];
  return layout(context, {
    caption: name,
    title: `Changes from version ${diff.from} to version ${diff.to}`,
    breadcrumbs: [
      {
        text: collectionName.charAt(0).toUpperCase() + collectionName.slice(1),
        href: `/v1/${collectionName}`,
      },
      { text: name, href: base },
      { text: 'Versions', href: `${base}/versions` },
    ],
    content: html`
${summaryList([
  ['From', side(extras.from)],
  ['To', side(extras.to)],
])}
${
  extras.text && [
    html`<h2 class="govuk-heading-l">Text</h2>`,
    extras.text.diff
      ? textDiffView(extras.text.diff, labels)
      : html`<p class="govuk-body">The text cannot be compared. ${[extras.text.from.missing, extras.text.to.missing].filter(Boolean).join(' ')}</p>`,
  ]
}
${diff.extraction && [html`<h2 class="govuk-heading-l">Facts read from the paper</h2>`, factsView(diff.extraction)]}
${diff.rows && [html`<h2 class="govuk-heading-l">Rows</h2>`, rowsView(diff.rows, fields)]}
<h2 class="govuk-heading-l">Recorded fields</h2>
${fieldsView(diff)}`,
  });
};
