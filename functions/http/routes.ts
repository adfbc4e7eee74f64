import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { withDatasetLinks } from '../domain/links.ts';
import { type ChangesDeps, readChanges } from '../usecases/changes.ts';
import {
  type DatasetQueryDeps,
  datasetDocument,
  datasetRows,
  getDataset,
  listDatasets,
  listDatasetVersions,
} from '../usecases/dataset-queries.ts';
import { listAsOf, requireAsOf } from '../usecases/history-queries.ts';
import { getMeeting, listMeetings, type MeetingQueryDeps } from '../usecases/meeting-queries.ts';
import {
  getPaper,
  getPaperVersion,
  listPapers,
  listPaperVersions,
  type PaperQueryDeps,
  withBody,
} from '../usecases/paper-queries.ts';
import { type AuditDeps, auditRoutes } from './audit-routes.ts';
import { catalogRoutes } from './catalog-routes.ts';
import { type DigestQueryDeps, digestRoutes } from './digest-routes.ts';
import { historyRoutes } from './history-routes.ts';
import { metaRoutes } from './meta-routes.ts';
import {
  changesQuery,
  meetingQuery,
  pageRequest,
  pathId,
  pathVersion,
  recordListQuery,
  recordQuery,
  rowsQuery,
  versionQuery,
} from './query.ts';
import { resourceRoutes } from './resource-routes.ts';
import { type HttpResult, json } from './responses.ts';
import { rowFormats, rowsResponse } from './rows-response.ts';
import type { CachePolicy } from './semantics.ts';

export type RouteHandler = (event: APIGatewayProxyEventV2) => Promise<HttpResult>;

export interface Route {
  readonly method: 'GET';
  readonly path: string;
  readonly handler: RouteHandler;
  /** How long caches may keep the answer; `latest` when not said. */
  readonly cache?: CachePolicy;
  /** The media types the route can answer in, preferred first; JSON when not said. */
  readonly produces?: readonly string[];
}

export type ApiDeps = PaperQueryDeps &
  MeetingQueryDeps &
  DatasetQueryDeps &
  AuditDeps &
  DigestQueryDeps &
  ChangesDeps;

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
    handler: async (event) => {
      const { asOf, page, filter } = recordListQuery(event, 'paper');
      return json(
        asOf
          ? await listAsOf(deps().versions, 'paper', page, asOf, filter)
          : await listPapers(deps(), page, filter),
      );
    },
  },
  {
    method: 'GET',
    path: '/v1/papers/{id}',
    handler: async (event) => {
      const { asOf } = recordQuery(event);
      const id = pathId(event);
      return json(
        asOf
          ? await withBody(deps().archive, await requireAsOf(deps().versions, 'paper', id, asOf))
          : await getPaper(deps(), id),
      );
    },
  },
  {
    method: 'GET',
    path: '/v1/papers/{id}/versions',
    handler: async (event) =>
      json(await listPaperVersions(deps(), pathId(event), pageRequest(event))),
  },
  {
    method: 'GET',
    path: '/v1/datasets',
    handler: async (event) => {
      const { asOf, page, filter } = recordListQuery(event, 'dataset');
      return json(
        asOf
          ? await listAsOf(deps().versions, 'dataset', page, asOf, filter)
          : await listDatasets(deps(), page, filter),
      );
    },
  },
  {
    method: 'GET',
    path: '/v1/datasets/{id}',
    handler: async (event) => {
      const { asOf } = recordQuery(event);
      const id = pathId(event);
      return json(
        withDatasetLinks(
          asOf
            ? await requireAsOf(deps().versions, 'dataset', id, asOf)
            : await getDataset(deps(), id),
        ),
      );
    },
  },
  {
    method: 'GET',
    path: '/v1/datasets/{id}/versions',
    handler: async (event) =>
      json(await listDatasetVersions(deps(), pathId(event), pageRequest(event))),
  },
  {
    method: 'GET',
    path: '/v1/datasets/{id}/versions/{version}',
    cache: 'immutable',
    handler: async (event) =>
      json(withDatasetLinks(await getDataset(deps(), pathId(event), pathVersion(event)))),
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
    handler: async (event) => json(await listMeetings(deps(), meetingQuery(event))),
  },
  {
    method: 'GET',
    path: '/v1/meetings/{id}',
    handler: async (event) => json(await getMeeting(deps(), pathId(event))),
  },
  {
    method: 'GET',
    path: '/v1/papers/{id}/versions/{version}',
    cache: 'immutable',
    handler: async (event) =>
      json(await getPaperVersion(deps(), pathId(event), pathVersion(event))),
  },
  ...historyRoutes('paper', deps),
  ...historyRoutes('dataset', deps),
  ...resourceRoutes(deps),
  ...catalogRoutes(deps),
  ...auditRoutes(deps),
  ...digestRoutes(deps),
];
