import type { DatasetVersionRecord } from '../../domain/dataset-record.ts';
import type { DistributionFormat } from '../../domain/datasets/distributions.ts';
import type { Report } from '../../domain/datasets/report.ts';
import type { Field, TableSchema } from '../../domain/datasets/table-schema.ts';
import type { datasetLinks } from '../../domain/links.ts';
import type { Page } from '../../ports/page.ts';
import type { DatasetRow } from '../../ports/row-store.ts';
import type { Verification } from '../../usecases/history/verify.ts';
import { link, list, section, summaryList, table, tag, withheld } from '../components.ts';
import { fileSize, label, longDateTime, plural } from '../format.ts';
import { asOfForm, asOfNotice, compareWithPrevious } from '../history.ts';
import { type Html, html, type Interpolation } from '../html.ts';
import { layout } from '../layout.ts';
import type { PageContext } from '../page-context.ts';
import { verificationSummary } from './verification.ts';

export type DatasetWithLinks = DatasetVersionRecord & {
  readonly links: ReturnType<typeof datasetLinks>;
};

/** What a dataset page shows besides the version's record. */
export interface DatasetPageExtras {
  /** Absent for a withdrawn version, which has no schema, rows or report to show. */
  readonly content?: {
    readonly schema: TableSchema;
    readonly report: Report;
    readonly preview: Page<DatasetRow>;
  };
  readonly versions: Page<DatasetVersionRecord>;
  readonly versionPage: boolean;
  /** Whether the dataset's hash chain verifies, checked for a version's page. */
  readonly verification?: Verification;
}

const constraintsOf = (field: Field): string =>
  [
    field.constraints?.required && 'required',
    field.constraints?.unique && 'unique',
    field.constraints?.enum && `one of ${field.constraints.enum.join(', ')}`,
    field.constraints?.minimum !== undefined && `at least ${field.constraints.minimum}`,
    field.constraints?.maximum !== undefined && `at most ${field.constraints.maximum}`,
    field.constraints?.pattern && `matching ${field.constraints.pattern}`,
  ]
    .filter(Boolean)
    .join('; ');

const schemaTable = (schema: TableSchema) => [
  table({
    caption: 'Fields of each row',
    head: ['Field', 'Type', 'Rules', 'Description'],
    rowHeaders: true,
    rows: schema.fields.map((field) => [
      field.name,
      field.format && field.format !== 'default' ? `${field.type} (${field.format})` : field.type,
      constraintsOf(field),
      field.description ?? field.title,
    ]),
  }),
  schema.primaryKey &&
    html`<p class="govuk-body">Each row is identified by ${[schema.primaryKey].flat().join(' and ')}.</p>`,
  schema.missingValues &&
    schema.missingValues.length > 0 &&
    html`<p class="govuk-body">Cells written as ${schema.missingValues.map((value) => (value === '' ? '(blank)' : `“${value}”`)).join(', ')} mean “no value”.</p>`,
];

/** ` (84 KB)` when ingest recorded the file's size; versions archived before say nothing. */
const sizeOf = (dataset: DatasetVersionRecord, format: DistributionFormat): string => {
  const written = dataset.distributions?.find((candidate) => candidate.format === format);
  return written ? ` (${fileSize(written.byteSize)})` : '';
};

const cellText = (value: unknown): string =>
  value === null || value === undefined
    ? ''
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);

const previewTable = (fields: readonly string[], preview: Page<DatasetRow>) =>
  table({
    caption: `The first ${plural(preview.items.length, 'row')}`,
    head: ['Row', ...fields],
    numeric: [0],
    rows: preview.items.map((row) => [
      String(row.rowNumber),
      ...fields.map((field) => cellText(row.values[field])),
    ]),
  });

/** The validation report said in words: valid or not, and each listed finding. */
const reportInWords = (report: Report): Interpolation => [
  html`<p class="govuk-body">${
    report.valid
      ? `Every one of the ${plural(report.stats.rows, 'row')} matched the schema.`
      : `Checked ${plural(report.stats.rows, 'row')} against the schema and found ${plural(
          Object.values(report.stats.errorTypes).reduce((sum, count) => sum + (count ?? 0), 0),
          'problem',
        )}. Rows with problems are published as they were; the cells in question are listed below.`
  }</p>`,
  report.errors.length > 0 &&
    table({
      caption: report.partial ? 'Problems found (the first ones)' : 'Problems found',
      head: ['Line in the file', 'Field', 'Problem', 'Cell'],
      rows: report.errors.map((error) => [
        error.rowNumber === null ? '' : String(error.rowNumber),
        error.fieldName,
        error.message,
        error.cell,
      ]),
    }),
];

const versionsTable = (dataset: DatasetVersionRecord, versions: Page<DatasetVersionRecord>) => {
  const current = versions.next ? undefined : versions.items.at(-1)?.current;
  return table({
    caption: 'Every version of this dataset, oldest first',
    head: ['Version', 'Why', 'Published', 'Rows', 'Status', 'Changes'],
    numeric: [3],
    rows: versions.items.map((version) => [
      link(`/v1/datasets/${dataset.id}/versions/${version.version}`, `Version ${version.version}`),
      label(version.reason),
      longDateTime(version.publishedAt),
      version.rowCount.toLocaleString('en-GB'),
      version.version === current
        ? tag('Current', 'blue')
        : version.status === 'withdrawn'
          ? tag('Withdrawn', 'grey')
          : '',
      compareWithPrevious(version),
    ]),
  });
};

/**
 * A dataset (its current version, or one version): its description and facts, its schema as a
 * table, the first rows, the validation report in words, downloads and the version history.
 */
export const datasetPage = (
  dataset: DatasetWithLinks,
  extras: DatasetPageExtras,
  context: PageContext,
): Html => {
  const base = `/v1/datasets/${dataset.id}`;
  const content = extras.content;
  return layout(context, {
    caption: extras.versionPage ? `Dataset, version ${dataset.version}` : 'Dataset',
    title: dataset.title,
    breadcrumbs: [
      { text: 'Datasets', href: '/v1/datasets' },
      ...(extras.versionPage ? [{ text: dataset.title, href: base }] : []),
    ],
    content: html`
${dataset.description && html`<p class="govuk-body-l">${dataset.description}</p>`}
${extras.versionPage && dataset.version !== dataset.current && html`<div class="govuk-inset-text">This is version ${dataset.version}, kept as it was. ${link(base, 'See the dataset as it stands')}.</div>`}
${!extras.versionPage && asOfNotice(dataset, context)}
${dataset.withdrawal && withheld(`Withdrawn on ${longDateTime(dataset.withdrawal.at)}: ${dataset.withdrawal.reason}`)}
${summaryList([
  [
    'Status',
    dataset.status === 'withdrawn'
      ? tag('Withdrawn', 'grey')
      : dataset.valid
        ? tag('Valid', 'green')
        : tag('Has errors', 'yellow'),
  ],
  ['Publisher', dataset.publisher],
  ['Licence', dataset.licence],
  ['Source', dataset.source],
  ['Rows', dataset.rowCount.toLocaleString('en-GB')],
  ['Fields', dataset.fields.join(', ')],
  [
    'Version',
    `${dataset.version} (${label(dataset.reason).toLowerCase()}, ${longDateTime(dataset.publishedAt)})`,
  ],
  ['SHA-256 of the original', html`<code class="app-break">${dataset.sha256}</code>`],
])}
${
  content &&
  'csv' in dataset.links && [
    html`<h2 class="govuk-heading-l">Download</h2>`,
    list([
      link(dataset.links.csvFile, `Every row as one CSV file${sizeOf(dataset, 'csv')}`),
      link(dataset.links.jsonFile, `Every row as one JSON file${sizeOf(dataset, 'json')}`),
      link(dataset.links.ndjsonFile, `Every row as one NDJSON file${sizeOf(dataset, 'ndjson')}`),
      link(dataset.links.csv, 'Rows as CSV, a page at a time'),
      link(dataset.links.rows, 'Rows as JSON, a page at a time'),
      link(dataset.links.ndjson, 'Rows as NDJSON, a page at a time'),
      link(
        dataset.links.original,
        `The original upload (${dataset.format.toUpperCase()}, ${fileSize(dataset.size)})`,
      ),
      link(dataset.links.schema, 'Table Schema (JSON)'),
      link(dataset.links.report, 'Validation report (JSON)'),
    ]),
    html`<p class="govuk-body">Paged rows come a page at a time; each page says where the next one is.</p>`,
    html`<h2 class="govuk-heading-l">Schema</h2>`,
    schemaTable(content.schema),
    html`<h2 class="govuk-heading-l">Preview</h2>`,
    content.preview.items.length > 0
      ? previewTable(dataset.fields, content.preview)
      : html`<p class="govuk-body">The dataset has no rows.</p>`,
    html`<h2 class="govuk-heading-l">Validation</h2>`,
    reportInWords(content.report),
  ]
}
${section('Versions', extras.versions.items, () => versionsTable(dataset, extras.versions), 'No versions.')}
<p class="govuk-body">${link(`${base}/versions`, 'The history of this dataset')}: who published each version, when, and the SHA-256 of each original.</p>
${asOfForm('dataset', dataset.id, context)}
${extras.verification && [html`<h2 class="govuk-heading-l">Verification</h2>`, verificationSummary(extras.verification, dataset)]}
<p class="govuk-body">${link(`${base}/verify`, 'Check this dataset’s hash chain')}.</p>`,
  });
};
