import type { DatasetVersionRecord } from '../domain/dataset-record.ts';
import type { Report } from '../domain/datasets/report.ts';
import type { TableSchema } from '../domain/datasets/table-schema.ts';
import type { PaperView } from '../domain/paper-record.ts';
import type { BodySummary } from '../ports/meeting-store.ts';
import type { Page } from '../ports/page.ts';
import {
  type DatasetQueryDeps,
  datasetDocument,
  datasetRows,
  listDatasetVersions,
} from '../usecases/datasets/dataset-queries.ts';
import { verifyRecord } from '../usecases/history/verify.ts';
import { listBodies } from '../usecases/meetings/body-queries.ts';
import type { DecisionView } from '../usecases/meetings/decision-queries.ts';
import { listMeetings, type MeetingQueryDeps } from '../usecases/meetings/meeting-queries.ts';
import { listPaperVersions, type PaperQueryDeps } from '../usecases/papers/paper-queries.ts';
import { bodyPage } from '../web/pages/bodies.ts';
import { type DatasetWithLinks, datasetPage } from '../web/pages/dataset.ts';
import { decisionsPage } from '../web/pages/decisions.ts';
import { paperPage } from '../web/pages/paper.ts';
import type { PageRenderer } from './representation.ts';

/**
 * The page renderers that show more than the route's own data: each reads the rest through the
 * same use cases the API's routes call, never over HTTP.
 */

/** How many versions, meetings or rows a page lists before pointing to the rest. */
const listed = 100;
const previewRows = 10;

/** A paper, or one version of it (with whether its chain verifies), with its version history. */
export const paperPageOf =
  (deps: PaperQueryDeps, versionPage: boolean): PageRenderer<PaperView> =>
  async (paper, context) => {
    const [versions, verification] = await Promise.all([
      listPaperVersions(deps, paper.id, { limit: listed }),
      versionPage ? verifyRecord(deps, 'paper', paper.id) : undefined,
    ]);
    return paperPage(
      paper,
      { versions, versionPage, ...(verification && { verification }) },
      context,
    );
  };

/**
 * A dataset, or one version (with whether its chain verifies): its schema, report and first
 * rows, and its version history.
 */
export const datasetPageOf =
  (deps: DatasetQueryDeps, versionPage: boolean): PageRenderer<DatasetWithLinks> =>
  async (dataset, context) => {
    const [versions, content, verification] = await Promise.all([
      listDatasetVersions(deps, dataset.id, { limit: listed }),
      dataset.status === 'withdrawn' ? undefined : datasetContent(deps, dataset),
      versionPage ? verifyRecord(deps, 'dataset', dataset.id) : undefined,
    ]);
    return datasetPage(
      dataset,
      { versions, versionPage, ...(content && { content }), ...(verification && { verification }) },
      context,
    );
  };

const datasetContent = async (deps: DatasetQueryDeps, dataset: DatasetVersionRecord) => {
  const [schema, report, rows] = await Promise.all([
    datasetDocument(deps, dataset, 'schemaKey'),
    datasetDocument(deps, dataset, 'reportKey'),
    datasetRows(deps, dataset.id, { limit: previewRows, version: dataset.version, filters: [] }),
  ]);
  return { schema: schema as TableSchema, report: report as Report, preview: rows.page };
};

/** A committee with its meetings. */
export const bodyPageOf =
  (deps: MeetingQueryDeps): PageRenderer<BodySummary> =>
  async (body, context) =>
    bodyPage(body, await listMeetings(deps, { limit: listed, body: body.bodyId }), context);

/** The decision register with its filter form, which lists the committees to choose from. */
export const decisionsPageOf =
  (deps: MeetingQueryDeps): PageRenderer<Page<DecisionView>> =>
  async (page, context) =>
    decisionsPage(page, (await listBodies(deps, { limit: listed })).items, context);
