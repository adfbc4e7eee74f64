import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { decisionKeyPattern } from '../domain/decision-ids.ts';
import { InvalidRequestError } from '../domain/errors.ts';
import { idPattern } from '../domain/identity.ts';
import { getBody, listBodies } from '../usecases/meetings/body-queries.ts';
import { getDecision, listDecisions } from '../usecases/meetings/decision-queries.ts';
import type { MeetingQueryDeps } from '../usecases/meetings/meeting-queries.ts';
import { getDocument, listDocuments } from '../usecases/papers/document-queries.ts';
import type { PaperQueryDeps } from '../usecases/papers/paper-queries.ts';
import { bodiesPage } from '../web/pages/bodies.ts';
import { documentPage } from '../web/pages/document.ts';
import { jsonOrHtml } from './media-types.ts';
import { bodyPageOf, decisionsPageOf } from './page-renderers.ts';
import { decisionQuery, decodedPathParameter, pageRequest, pathId, pathVersion } from './query.ts';
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
export const resourceRoutes = (deps: () => PaperQueryDeps & MeetingQueryDeps): Route[] => [
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
      const page = await listBodies(deps(), pageRequest(event));
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
      const body = await getBody(deps(), pathId(event));
      return represent(event, { ...body, links: bodyLinks(body.bodyId) }, bodyPageOf(deps()));
    },
  },
  {
    method: 'GET',
    path: '/v1/decisions',
    produces: jsonOrHtml,
    handler: async (event) =>
      represent(event, await listDecisions(deps(), decisionQuery(event)), decisionsPageOf(deps())),
  },
  {
    method: 'GET',
    path: '/v1/decisions/{decisionId}',
    handler: async (event) => json(await getDecision(deps(), decisionId(event))),
  },
];
