import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { decisionKeyPattern } from '../domain/decision-ids.ts';
import { InvalidRequestError } from '../domain/errors.ts';
import { idPattern } from '../domain/identity.ts';
import { getBody, listBodies } from '../usecases/meetings/body-queries.ts';
import {
  getDecision,
  listDecisions,
  meetingOfDecision,
} from '../usecases/meetings/decision-queries.ts';
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

const bodyLinks = (bodyId: string) => ({
  self: `/v1/bodies/${bodyId}`,
  meetings: `/v1/meetings?body=${bodyId}`,
  decisions: `/v1/decisions?body=${bodyId}`,
  papers: `/v1/papers?body=${bodyId}`,
});

const decisionId = (event: APIGatewayProxyEventV2) => {
  const id = decodedPathParameter(event, 'decisionId');
  const [meeting, key, ...rest] = id.split('.');
  if (!meeting || !idPattern.test(meeting) || !key || !decisionKeyPattern.test(key) || rest.length)
    throw new InvalidRequestError(`"${id}" is not a decision id.`, [
      {
        where: 'path.decisionId',
        message:
          'expected a meeting id, a dot and the decision key, such as buckinghamshire-council--cabinet--2024-05-09.item-5-1a2b3c4d',
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
          items: page.items.map((body) => ({ ...body, links: bodyLinks(body.bodyId) })),
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
      const view = asOf ? await meetingsAsOf(deps(), asOf) : deps();
      const body = await getBody(view, pathId(event));
      return represent(event, { ...body, links: bodyLinks(body.bodyId) }, bodyPageOf(view));
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
      const view = asOf ? await meetingsAsOf(deps(), asOf, meetingOfDecision(id)) : deps();
      return json(await getDecision(view, id));
    },
  },
];
