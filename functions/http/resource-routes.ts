import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { InvalidRequestError } from '../domain/errors.ts';
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
      const slug = pathId(event);
      const body = await getBody(deps(), slug);
      return represent(event, { ...body, links: bodyLinks(slug) }, bodyPageOf(deps()));
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
