import { type SchemaName, schemas } from '../../domain/schemas.ts';
import { pageFormats } from '../media-types.ts';
import type { Route } from '../route.ts';
import { type Operation, operations } from './operations.ts';
import { componentSchemas, ref } from './response-schemas.ts';

/** What each path parameter is, with an example a reader can try. */
const pathParameters: Record<string, { description: string; example: string; pattern: string }> = {
  id: {
    description:
      'The id of the record, meeting or body: lower-case letters, digits, "-" and "_", at most 200 characters',
    example: 'cabinet-2024-05-09',
    pattern: '^[a-z0-9](?:[a-z0-9_-]{0,198}[a-z0-9])?$',
  },
  name: {
    description: 'The name of a published schema, as /v1/schemas lists them',
    example: 'paper-record',
    pattern: '^[a-z-]+$',
  },
  file: {
    description: 'The stylesheet, named by a hash of its content',
    example: 'site-0123456789abcdef.css',
    pattern: '^site-[0-9a-f]{16}\\.css$',
  },
  decisionId: {
    description:
      "A meeting id, a dot and the decision's key: its agenda item and the first 8 hex digits of the SHA-256 of its normalised text",
    example: 'buckinghamshire-council--cabinet--2024-05-09.item-5-1a2b3c4d',
    pattern: '^[a-z0-9][a-z0-9_-]*\\.[a-z0-9][a-z0-9-]{0,80}$',
  },
  version: { description: 'A version number, from 1', example: '1', pattern: '' },
  other: { description: 'The version to compare with, from 1', example: '2', pattern: '' },
  number: { description: "A document's place in its pack, from 1", example: '1', pattern: '' },
  format: { description: 'The file format: csv, ndjson or json', example: 'csv', pattern: '' },
};

const pathParameter = (name: string) => {
  const known = pathParameters[name];
  return {
    name,
    in: 'path',
    required: true,
    description: known?.description ?? name,
    example: known?.example,
    schema:
      name === 'format'
        ? { type: 'string', enum: ['csv', 'ndjson', 'json'] }
        : { type: 'string', pattern: known?.pattern || '^[1-9][0-9]{0,9}$' },
  };
};

/** Query parameters, from the published schema the route checks its query string against. */
const queryParameters = (name: SchemaName | undefined) => {
  if (!name) return [];
  const schema = schemas[name] as {
    properties?: Record<string, Record<string, unknown>>;
  };
  return Object.entries(schema.properties ?? {}).map(([parameter, parameterSchema]) => ({
    name: parameter,
    in: 'query',
    required: false,
    description: String(parameterSchema.description ?? parameter),
    ...(Array.isArray(parameterSchema.examples) && { example: parameterSchema.examples[0] }),
    schema: parameterSchema,
  }));
};

/** How a type other than JSON is described: pages and stylesheets are text, not records. */
const otherContent: Record<string, Record<string, unknown>> = {
  'text/html': {
    schema: {
      type: 'string',
      description: 'The same resource as a page for people (GOV.UK style)',
    },
  },
  'text/css': { schema: { type: 'string' } },
};

/** Routes that are also pages take `?format=json|html`, which overrides `Accept`. */
const formatParameter = (produces: readonly string[]) =>
  produces.includes('text/html')
    ? [
        {
          name: 'format',
          in: 'query',
          required: false,
          description: 'json or html: the representation, overriding Accept (a link cannot set it)',
          example: 'json',
          schema: { type: 'string', enum: Object.keys(pageFormats) },
        },
      ]
    : [];

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});

/** A form the pages post (`application/x-www-form-urlencoded`), answered by a 303 to the next page. */
const formOperation = (path: string, operation: Operation) => ({
  operationId: `post${path.replace(/(^|[/._-])(\w)/g, (_, __, c: string) => c.toUpperCase())}`,
  summary: operation.summary,
  description: [
    `${operation.summary}.`,
    operation.description,
    "A form the site's own pages post; it answers with a 303 to the page to show next.",
  ]
    .filter(Boolean)
    .join(' '),
  tags: [operation.tag],
  ...(operation.officer && { security: [{ session: [] }] }),
  requestBody: {
    required: true,
    content: { 'application/x-www-form-urlencoded': { schema: operation.form ?? {} } },
  },
  responses: {
    '303': { description: 'See Other: `Location` is the page to show next' },
    ...(operation.content && {
      '401': { description: 'Not signed in', content: operation.content },
    }),
    '400': problem('A field is missing or wrong, each named under `errors`'),
    '403': problem('The form did not come from this site (CSRF), or has expired'),
  },
});

/** An operation described in full: what it answers, in which types, how long it may be kept. */
const describe = (route: Route, operation: Operation, produces: readonly string[]) =>
  [
    `${operation.summary}.`,
    operation.description,
    produces.includes('text/html')
      ? 'Answers JSON, or the same resource as a page for people when the request prefers text/html (or says ?format=html).'
      : `Answers ${produces.join(' or ')}.`,
    route.cache === 'immutable'
      ? 'A version never changes: caches may keep the answer for good.'
      : undefined,
    operation.audit
      ? 'For auditors only.'
      : operation.officer
        ? 'For signed-in officers only.'
        : undefined,
  ]
    .filter(Boolean)
    .join(' ');

/** The groups operations are tagged with, described for the readers of generated clients. */
const tags = [
  ['records', 'Papers and datasets: the current version of each, or as it was at an instant'],
  ['history', 'Every version of a record, its original bytes, what changed and the proofs'],
  ['meetings', 'Meetings, bodies, pack documents and decisions, as read from the papers'],
  ['datasets', "A dataset's rows, Table Schema and validation report"],
  ['feeds', 'The change feed, chained digests and DCAT catalogues, for harvesters'],
  ['audit', 'Ingest log and withheld content, for auditors'],
  ['meta', 'Liveness, this document and the published JSON Schemas'],
  ['pages', 'Pages for people: the home page, its search box and assets'],
  ['officers', 'Signing in, uploading and withdrawing, for council officers'],
]
  .map(([name = '', description]) => ({ name, description }))
  .sort((a, b) => a.name.localeCompare(b.name));

/**
 * The OpenAPI 3.1 document of the API, built from the route list itself, so a route cannot exist
 * without being described, and from the same schemas that check requests and records.
 */
export const openApiDocument = (routes: readonly Route[], server = 'http://localhost:3000') => {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const name = route.method === 'GET' ? route.path : `${route.method} ${route.path}`;
    const operation = operations[name];
    if (!operation) throw new Error(`Route ${name} has no OpenAPI description`);
    if (route.method === 'POST') {
      paths[route.path] = { ...paths[route.path], post: formOperation(route.path, operation) };
      continue;
    }
    const names = [...route.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string);
    const produces = route.produces ?? ['application/json'];
    const content =
      operation.content ??
      Object.fromEntries(
        produces.map((type) => [type, otherContent[type] ?? { schema: operation.response }]),
      );
    const json = produces.includes('application/json')
      ? { 'application/json': { schema: operation.response } }
      : {};
    paths[route.path] = {
      ...paths[route.path],
      get: {
        operationId: `get${route.path.replace(/[{}]/g, '').replace(/(^|[/._-])(\w)/g, (_, __, c: string) => c.toUpperCase())}`,
        summary: operation.summary,
        description: describe(route, operation, produces),
        tags: [operation.tag],
        parameters: [
          ...names.map(pathParameter),
          ...queryParameters(operation.query),
          ...formatParameter(produces),
        ],
        ...(operation.audit && { security: [{ sigv4: [] }, { bearer: [] }] }),
        ...(operation.officer && { security: [{ session: [] }, { bearer: [] }] }),
        responses: {
          ...(operation.seeOther
            ? { '303': { description: `See Other: \`Location\` is ${operation.seeOther}` } }
            : operation.redirect
              ? {
                  '302': {
                    description: `Found: \`Location\` is ${operation.redirect} with the same query string`,
                  },
                }
              : {
                  '200': {
                    description:
                      'OK, with an ETag and a Cache-Control by the resource (versions: immutable)',
                    content: { ...json, ...content },
                  },
                }),
          '304': { description: 'Not modified: If-None-Match holds the current ETag' },
          '400': problem('Bad parameters, each named under `errors`'),
          ...(operation.audit && {
            '401': problem('No or wrong bearer token (local stack)'),
            '403': problem('Not signed through the IAM-authorised route (AWS)'),
          }),
          ...(operation.officer && {
            '303': { description: 'A browser not signed in is sent to /signin' },
            '401': problem('Not signed in as an officer (JSON clients)'),
          }),
          '404': problem('No such record, version or route'),
          '405': problem('Method not allowed; `Allow` lists the ones that are'),
          '406': problem('None of the media types offered is acceptable'),
          '429': problem('Throttled; `Retry-After` says when to come back'),
          '503': problem(
            'Not answered within the 10-second budget; `Retry-After` says when to try again',
          ),
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'council-papers',
      version: '1',
      summary: 'Council papers and datasets as versioned, verifiable open data.',
      description:
        'Agenda packs, minutes, reports and the datasets inside them, each kept as immutable, hash-chained versions. Every record answers JSON (and most a page for people); errors are RFC 9457 problem details whose `errors` name each bad parameter and what it expects.',
      license: {
        name: 'Open Government Licence v3.0',
        url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
      },
    },
    servers: [{ url: server, description: 'This API, at the address this document was read from' }],
    tags,
    paths,
    components: {
      schemas: componentSchemas,
      securitySchemes: {
        sigv4: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description: 'AWS SigV4 (execute-api), on the API URL',
        },
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description:
            'Audit: the token `npm start` prints (local stack). Officers: that stack’s officer token, or a Cognito ID token (AWS)',
        },
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'council-session',
          description:
            'The session /officer/sign-in sets (`__Host-council-session` over https); forms also carry its CSRF token',
        },
      },
    },
  };
};
