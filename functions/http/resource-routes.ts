import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { InvalidRequestError } from '../domain/errors.ts';
import { getBody, listBodies } from '../usecases/meetings/body-queries.ts';
import { getDecision, listDecisions } from '../usecases/meetings/decision-queries.ts';
import type { MeetingQueryDeps } from '../usecases/meetings/meeting-queries.ts';
import { type MeetingHistoryDeps, meetingsAsOf } from '../usecases/meetings/meetings-as-of.ts';
import { getDocument, listDocuments } from '../usecases/papers/document-queries.ts';
import type { PaperQueryDeps } from '../usecases/papers/paper-queries.ts';
import { bodiesPage } from '../web/pages/bodies.ts';
import { documentPage } from '../web/pages/document.ts';
import { jsonOrHtml } from './media-types.ts';
import { bodyPageOf, decisionsPageOf } from './page-renderers.ts';
import {
  bodyListQuery,
  decisionQuery,
  decodedPathParameter,
  pathId,
  pathVersion,
  recordQuery,
} from './query.ts';
import { represent } from './representation.ts';
import { json } from './responses.ts';
import type { Route } from './route.ts';

const bodyLinks = (bodySlug: string) => ({
  self: `/v1/bodies/${bodySlug}`,
  meetings: `/v1/meetings?body=${bodySlug}`,
  decisions: `/v1/decisions?body=${bodySlug}`,
  papers: `/v1/papers?body=${bodySlug}`,
});

const decisionId = (event: APIGatewayProxyEventV2) => {
  const id = decodedPathParameter(event, 'decisionId');
  if (!/^[a-z0-9][a-z0-9_-]*\.[1-9][0-9]{0,5}$/.test(id))
    throw new InvalidRequestError(`"${id}" is not a decision id.`, [
      {
        where: 'path.decisionId',
        message:
          'expected a meeting id, a dot and the decision number, such as cabinet-2024-05-09.1',
      },
    ]);
  return id;
};

/** The resources derived from papers: pack documents, bodies and decisions, each linked. */
export const resourceRoutes = (
  deps: () => PaperQueryDeps & MeetingQueryDeps & MeetingHistoryDeps,
): Route[] => [
  {
    method: 'GET',
    path: '/v1/papers/{id}/documents',
    handler: async (event) => json(await listDocuments(deps(), pathId(event))),
  },
  {
    method: 'GET',
    path: '/v1/papers/{id}/documents/{number}',
    produces: jsonOrHtml,
    handler: async (event) =>
      represent(
        event,
        await getDocument(deps(), pathId(event), pathVersion(event, 'number')),
        documentPage,
      ),
  },
  {
    method: 'GET',
    path: '/v1/bodies',
    produces: jsonOrHtml,
    handler: async (event) => {
      const { page: request, asOf } = bodyListQuery(event);
      const view = asOf ? await meetingsAsOf(deps(), asOf) : deps();
      const page = await listBodies(view, request);
      return represent(
        event,
        {
          ...page,
          items: page.items.map((body) => ({ ...body, links: bodyLinks(body.bodySlug) })),
        },
        bodiesPage,
      );
    },
  },
  {
    method: 'GET',
    path: '/v1/bodies/{id}',
    produces: jsonOrHtml,
    handler: async (event) => {
      const { asOf } = recordQuery(event);
      const slug = pathId(event);
      const view = asOf ? await meetingsAsOf(deps(), asOf) : deps();
      const body = await getBody(view, slug);
      return represent(event, { ...body, links: bodyLinks(slug) }, bodyPageOf(view));
    },
  },
  {
    method: 'GET',
    path: '/v1/decisions',
    produces: jsonOrHtml,
    handler: async (event) => {
      const { asOf, ...query } = decisionQuery(event);
      const view = asOf ? await meetingsAsOf(deps(), asOf) : deps();
      return represent(event, await listDecisions(view, query), decisionsPageOf(view));
    },
  },
  {
    method: 'GET',
    path: '/v1/decisions/{decisionId}',
    handler: async (event) => {
      const { asOf } = recordQuery(event);
      const id = decisionId(event);
      // A decision's id starts with its meeting's: only that meeting's papers are read.
      const view = asOf ? await meetingsAsOf(deps(), asOf, id.replace(/\.[0-9]+$/, '')) : deps();
      return json(await getDecision(view, id));
    },
  },
];
