import { datasetLinks, paperLinks, publicList, withDatasetLinks } from '../domain/links.ts';
import { publicRecord } from '../domain/public-record.ts';
import { datasetDownload } from '../usecases/datasets/dataset-downloads.ts';
import {
  type DatasetQueryDeps,
  datasetDocument,
  datasetRows,
  getDataset,
  listDatasets,
  listDatasetVersions,
} from '../usecases/datasets/dataset-queries.ts';
import { type ChangesDeps, readChanges } from '../usecases/history/changes.ts';
import { listAsOf, requireAsOf } from '../usecases/history/history-queries.ts';
import {
  getMeeting,
  listMeetings,
  type MeetingQueryDeps,
} from '../usecases/meetings/meeting-queries.ts';
import { type MeetingHistoryDeps, meetingsAsOf } from '../usecases/meetings/meetings-as-of.ts';
import {
  getPaper,
  getPaperVersion,
  listPapers,
  listPaperVersions,
  type PaperQueryDeps,
  withBody,
} from '../usecases/papers/paper-queries.ts';
import { type SearchDeps, searchArchive } from '../usecases/search/search-queries.ts';
import { datasetsPage } from '../web/pages/datasets.ts';
import { meetingPage } from '../web/pages/meeting.ts';
import { meetingsPage } from '../web/pages/meetings.ts';
import { papersPage } from '../web/pages/papers.ts';
import { searchPage } from '../web/pages/search.ts';
import { type AuditDeps, auditRoutes } from './audit-routes.ts';
import { catalogRoutes } from './catalog-routes.ts';
import { type DigestQueryDeps, digestRoutes } from './digest-routes.ts';
import { versionsPageOf } from './history-renderers.ts';
import { historyRoutes } from './history-routes.ts';
import { jsonOrHtml } from './media-types.ts';
import { metaRoutes } from './meta-routes.ts';
import { type OfficerRouteDeps, officerRoutes } from './officer-routes.ts';
import { datasetPageOf, paperPageOf } from './page-renderers.ts';
import { pageRoutes } from './page-routes.ts';
import {
  changesQuery,
  meetingQuery,
  pageRequest,
  pathDistributionFormat,
  pathId,
  pathVersion,
  recordListQuery,
  recordQuery,
  rowsQuery,
  searchQuery,
  versionQuery,
} from './query.ts';
import { represent } from './representation.ts';
import { resourceRoutes } from './resource-routes.ts';
import { json } from './responses.ts';
import type { Route } from './route.ts';
import { downloadResponse, rowFormats, rowsResponse } from './rows-response.ts';

export type ApiDeps = PaperQueryDeps &
  MeetingQueryDeps &
  MeetingHistoryDeps &
  DatasetQueryDeps &
  AuditDeps &
  DigestQueryDeps &
  ChangesDeps &
  SearchDeps &
  OfficerRouteDeps;

/** Every route of the API. The router, the 405 check and the tests all read this one list. */
export const routes = (deps: () => ApiDeps): readonly Route[] => {
  const list: Route[] = [...dataRoutes(deps)];
  list.push(...metaRoutes(() => list));
  return list;
};

const dataRoutes = (deps: () => ApiDeps): readonly Route[] => [
  { method: 'GET', path: '/health', handler: async () => json({ status: 'ok' }) },
  {
    method: 'GET',
    path: '/v1/changes',
    handler: async (event) => {
      const { after, limit } = changesQuery(event);
      return json(await readChanges(deps(), after, limit));
    },
  },
  {
    method: 'GET',
    path: '/v1/papers',
    produces: jsonOrHtml,
    handler: async (event) => {
      const { asOf, page, filter } = recordListQuery(event, 'paper');
      return represent(
        event,
        asOf
          ? await listAsOf(deps().versions, 'paper', page, asOf, filter)
          : await listPapers(deps(), page, filter),
        papersPage,
        { json: publicList(paperLinks) },
      );
    },
  },
  {
    method: 'GET',
    path: '/v1/papers/{id}',
    produces: jsonOrHtml,
    handler: async (event) => {
      const { asOf } = recordQuery(event);
      const id = pathId(event);
      return represent(
        event,
        asOf
          ? await withBody(deps().archive, await requireAsOf(deps().versions, 'paper', id, asOf))
          : await getPaper(deps(), id),
        paperPageOf(deps(), false),
        { json: publicRecord },
      );
    },
  },
  {
    method: 'GET',
    path: '/v1/papers/{id}/versions',
    produces: jsonOrHtml,
    handler: async (event) => {
      const id = pathId(event);
      return represent(
        event,
        await listPaperVersions(deps(), id, pageRequest(event)),
        versionsPageOf('paper', id),
      );
    },
  },
  {
    method: 'GET',
    path: '/v1/datasets',
    produces: jsonOrHtml,
    handler: async (event) => {
      const { asOf, page, filter } = recordListQuery(event, 'dataset');
      return represent(
        event,
        asOf
          ? await listAsOf(deps().versions, 'dataset', page, asOf, filter)
          : await listDatasets(deps(), page, filter),
        datasetsPage,
        { json: publicList(datasetLinks) },
      );
    },
  },
  {
    method: 'GET',
    path: '/v1/datasets/{id}',
    produces: jsonOrHtml,
    handler: async (event) => {
      const { asOf } = recordQuery(event);
      const id = pathId(event);
      return represent(
        event,
        withDatasetLinks(
          asOf
            ? await requireAsOf(deps().versions, 'dataset', id, asOf)
            : await getDataset(deps(), id),
        ),
        datasetPageOf(deps(), false),
        { json: publicRecord },
      );
    },
  },
  {
    method: 'GET',
    path: '/v1/datasets/{id}/versions',
    produces: jsonOrHtml,
    handler: async (event) => {
      const id = pathId(event);
      return represent(
        event,
        await listDatasetVersions(deps(), id, pageRequest(event)),
        versionsPageOf('dataset', id),
      );
    },
  },
  {
    method: 'GET',
    path: '/v1/datasets/{id}/versions/{version}',
    cache: 'immutable',
    produces: jsonOrHtml,
    handler: async (event) =>
      represent(
        event,
        withDatasetLinks(await getDataset(deps(), pathId(event), pathVersion(event))),
        datasetPageOf(deps(), true),
        { pageCache: 'latest', json: publicRecord },
      ),
  },
  {
    method: 'GET',
    path: '/v1/datasets/{id}/schema',
    handler: async (event) =>
      json(
        await datasetDocument(
          deps(),
          await getDataset(deps(), pathId(event), versionQuery(event)),
          'schemaKey',
        ),
      ),
  },
  {
    method: 'GET',
    path: '/v1/datasets/{id}/report',
    handler: async (event) =>
      json(
        await datasetDocument(
          deps(),
          await getDataset(deps(), pathId(event), versionQuery(event)),
          'reportKey',
        ),
      ),
  },
  {
    method: 'GET',
    path: '/v1/datasets/{id}/versions/{version}/download/{format}',
    produces: ['*/*'],
    handler: async (event) =>
      downloadResponse(
        await datasetDownload(
          deps(),
          pathId(event),
          pathVersion(event),
          pathDistributionFormat(event),
        ),
      ),
  },
  {
    method: 'GET',
    path: '/v1/datasets/{id}/rows',
    produces: rowFormats,
    handler: async (event) => {
      const request = rowsQuery(event);
      const { record, page } = await datasetRows(deps(), pathId(event), request);
      return rowsResponse(record, page, request, event);
    },
  },
  {
    method: 'GET',
    path: '/v1/meetings',
    produces: jsonOrHtml,
    handler: async (event) => {
      const { asOf, ...query } = meetingQuery(event);
      const view = asOf ? await meetingsAsOf(deps(), asOf) : deps();
      return represent(event, await listMeetings(view, query), meetingsPage);
    },
  },
  {
    method: 'GET',
    path: '/v1/meetings/{id}',
    produces: jsonOrHtml,
    handler: async (event) => {
      const { asOf } = recordQuery(event);
      const id = pathId(event);
      const view = asOf ? await meetingsAsOf(deps(), asOf, id) : deps();
      return represent(event, await getMeeting(view, id), meetingPage);
    },
  },
  {
    method: 'GET',
    path: '/v1/papers/{id}/versions/{version}',
    cache: 'immutable',
    produces: jsonOrHtml,
    handler: async (event) =>
      represent(
        event,
        await getPaperVersion(deps(), pathId(event), pathVersion(event)),
        paperPageOf(deps(), true),
        { pageCache: 'latest', json: publicRecord },
      ),
  },
  {
    method: 'GET',
    path: '/v1/search',
    produces: jsonOrHtml,
    handler: async (event) =>
      represent(event, await searchArchive(deps(), searchQuery(event)), searchPage),
  },
  ...pageRoutes(deps),
  ...historyRoutes('paper', deps),
  ...historyRoutes('dataset', deps),
  ...resourceRoutes(deps),
  ...catalogRoutes(deps),
  ...auditRoutes(deps),
  ...officerRoutes(deps),
  ...digestRoutes(deps),
];
