import { NotFoundError } from '../domain/errors.ts';
import { type SchemaName, schemas } from '../domain/schemas.ts';
import { publicBaseUrl } from './base-url.ts';
import type { openApiDocument } from './openapi/document.ts';
import { json } from './responses.ts';
import type { Route } from './route.ts';

const schemaNames = Object.keys(schemas) as SchemaName[];

/** The API describing itself: its OpenAPI document, and every JSON Schema it publishes. */
export const metaRoutes = (all: () => readonly Route[]): Route[] => {
  // Built on the first request, not at cold start, and once per address it is served at; its
  // module (the response schemas, rebased from the published ones) is loaded only then too.
  const documents = new Map<string, ReturnType<typeof openApiDocument>>();
  return [
    {
      method: 'GET',
      path: '/v1/openapi.json',
      handler: async (event) => {
        const server = publicBaseUrl(event);
        const document =
          documents.get(server) ??
          (await import('./openapi/document.ts')).openApiDocument(all(), server);
        documents.set(server, document);
        return json(document);
      },
    },
    {
      method: 'GET',
      path: '/v1/schemas',
      handler: async () =>
        json({
          items: schemaNames.map((name) => ({
            name,
            href: `/v1/schemas/${name}`,
            title: String((schemas[name] as { title?: string }).title ?? name),
          })),
        }),
    },
    {
      method: 'GET',
      path: '/v1/schemas/{name}',
      handler: async (event) => {
        const name = event.pathParameters?.name ?? '';
        if (!schemaNames.includes(name as SchemaName))
          throw new NotFoundError(`There is no schema "${name}"; see /v1/schemas.`);
        return json(schemas[name as SchemaName], 200, {
          'content-type': 'application/schema+json; charset=utf-8',
        });
      },
      produces: ['application/schema+json', 'application/json'],
    },
  ];
};
