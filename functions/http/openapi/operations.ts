import type { SchemaName } from '../../domain/schemas.ts';
import { pageOf, ref } from './response-schemas.ts';

/** What the OpenAPI document says of one route; every route has one (a test holds them together). */
export interface Operation {
  readonly summary: string;
  /** More than the summary says, when there is more (the document adds types, caching, access). */
  readonly description?: string;
  readonly tag:
    | 'records'
    | 'history'
    | 'meetings'
    | 'datasets'
    | 'feeds'
    | 'audit'
    | 'meta'
    | 'pages'
    | 'officers';
  /** The published schema its query string is checked against, if it takes one. */
  readonly query?: SchemaName;
  /** The JSON answer's schema; routes that answer in other types say so in `content`. */
  readonly response: Record<string, unknown>;
  readonly content?: Record<string, Record<string, unknown>>;
  readonly audit?: boolean;
  /** Signed-in officers only: a session cookie, or a bearer token. */
  readonly officer?: boolean;
  /** A POST route's form fields. */
  readonly form?: Record<string, unknown>;
  /** A route that only sends the client elsewhere: its answer is a 302 to this path. */
  readonly redirect?: string;
  /** A route that answers 303 to a short-lived signed link: what the link downloads. */
  readonly seeOther?: string;
}

const csrf = { type: 'string', description: 'The CSRF token the page put in the form' };

const signInForm = {
  type: 'object',
  required: ['csrf', 'token'],
  properties: {
    csrf,
    token: { type: 'string', description: 'An officer or auditor token' },
    next: { type: 'string', description: 'A path on this site to go to afterwards' },
  },
};

const kinds = [
  ['papers', 'PaperView', 'PaperRecord', 'paper', 'PaperSummary'],
  ['datasets', 'DatasetView', 'DatasetRecord', 'dataset', 'DatasetSummary'],
] as const;

const historyOperations = Object.fromEntries(
  kinds.flatMap(([collection, view, record, noun, summary]) => [
    [
      `/v1/${collection}`,
      {
        summary: `The latest version of every ${noun}, or each as it was at an instant (asOf)`,
        tag: 'records',
        query: `${noun}-list-query` as const,
        response: pageOf(ref(summary)),
      },
    ],
    [
      `/v1/${collection}/{id}`,
      {
        summary: `A ${noun}'s current version (withdrawn ones say why), or as it was at an instant`,
        tag: 'records',
        query: 'record-query',
        response: ref(view),
      },
    ],
    [
      `/v1/${collection}/{id}/versions`,
      {
        summary: `Every version of a ${noun}, oldest first`,
        description:
          'Each version as sealed into the hash chain, its storage keys included, so anyone can recompute the chain (`npx council-papers verify`).',
        tag: 'history',
        query: 'list-query',
        response: pageOf(ref(record)),
      },
    ],
    [
      `/v1/${collection}/{id}/versions/{version}`,
      { summary: `One version of a ${noun}, as it was`, tag: 'history', response: ref(view) },
    ],
    [
      `/v1/${collection}/{id}/versions/{version}/original`,
      {
        summary:
          'The exact uploaded bytes (Repr-Digest is their SHA-256); over 4 MiB, a 303 to a signed link',
        tag: 'history',
        response: {},
        content: {
          '*/*': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } },
        },
      },
    ],
    [
      `/v1/${collection}/{id}/versions/{version}/diff/{other}`,
      {
        summary: 'What changed between two versions',
        tag: 'history',
        response: ref('VersionDiff'),
      },
    ],
    [
      `/v1/${collection}/{id}/verify`,
      {
        summary: `Recomputes the ${noun}'s hash chain and archived objects' hashes`,
        tag: 'history',
        response: ref('Verification'),
      },
    ],
  ]),
) as Record<string, Operation>;

export const operations: Record<string, Operation> = {
  '/health': { summary: 'Liveness', tag: 'meta', response: ref('Health') },
  '/': {
    summary:
      'The home page: latest papers, meetings either side of today, recently changed datasets',
    tag: 'pages',
    response: ref('HomeOverview'),
  },
  '/search': {
    summary: 'The home page search box: a 302 to /v1/search with the same query string',
    tag: 'pages',
    response: {},
    redirect: '/v1/search',
  },
  '/v1/search': {
    summary:
      'Full-text search of papers, decisions and datasets, best match first, with highlighted passages',
    tag: 'records',
    query: 'search-query',
    response: ref('SearchResults'),
  },
  '/assets/{file}': {
    summary:
      'The stylesheet the pages use, and the upload page script; names hold their hash (immutable)',
    tag: 'pages',
    response: {},
    content: {
      'text/css': { schema: { type: 'string' } },
      'text/javascript': { schema: { type: 'string' } },
    },
  },
  '/v1/openapi.json': { summary: 'This document', tag: 'meta', response: ref('OpenApi') },
  '/v1/schemas': {
    summary: 'The published JSON Schemas',
    tag: 'meta',
    response: ref('SchemaIndex'),
  },
  '/v1/schemas/{name}': {
    summary: 'One published JSON Schema',
    tag: 'meta',
    response: ref('JsonSchema'),
  },
  ...historyOperations,
  '/v1/datasets/{id}/schema': {
    summary: "A dataset version's Table Schema (the latest, or ?version=)",
    tag: 'datasets',
    query: 'version-query',
    response: ref('TableSchema'),
  },
  '/v1/datasets/{id}/report': {
    summary: "A dataset version's validation report (the latest, or ?version=)",
    tag: 'datasets',
    query: 'version-query',
    response: ref('ValidationReport'),
  },
  '/v1/datasets/{id}/versions/{version}/download/{format}': {
    summary:
      "A version's whole rows as one file (CSV, NDJSON or JSON), by a 303 to a signed link to the archived file",
    tag: 'datasets',
    response: {},
    seeOther:
      'a signed link, valid for 5 minutes, to the whole file; `Repr-Digest` gives its SHA-256 when ingest recorded it',
  },
  '/v1/datasets/{id}/rows': {
    summary:
      'Typed rows, keyset-paged; any other parameter filters (field=value, field[gte]=value)',
    description:
      'One request reads at most 2,000 rows, matching or not: a filtered page may hold fewer rows than `limit`, even none, with a `next` cursor to read on. Follow `next` until it is null.',
    tag: 'datasets',
    query: 'rows-query',
    response: pageOf(ref('Row')),
    content: {
      'text/csv': { schema: { type: 'string' } },
      'application/x-ndjson': { schema: { type: 'string' } },
    },
  },
  '/v1/meetings': {
    summary: 'Meetings by date: body, date range',
    tag: 'meetings',
    query: 'meeting-query',
    response: pageOf(ref('MeetingSummary')),
  },
  '/v1/meetings/{id}': {
    summary: 'A meeting merged from every paper that speaks of it',
    tag: 'meetings',
    query: 'record-query',
    response: ref('MeetingView'),
  },
  '/v1/papers/{id}/documents': {
    summary: 'The documents an agenda pack was split into, with their lines',
    tag: 'records',
    response: pageOf(ref('DocumentSummary')),
  },
  '/v1/papers/{id}/documents/{number}': {
    summary: 'One document of a pack: its extraction and its text (withheld when exempt)',
    tag: 'records',
    response: ref('DocumentView'),
  },
  '/v1/bodies': {
    summary: 'Every committee, board or council that has met',
    tag: 'meetings',
    query: 'body-list-query',
    response: pageOf(ref('Body')),
  },
  '/v1/bodies/{id}': {
    summary: 'One body, with links to its meetings, decisions and papers',
    tag: 'meetings',
    query: 'record-query',
    response: ref('Body'),
  },
  '/v1/decisions': {
    summary: 'Decisions across meetings in date order: body, date range, text',
    tag: 'meetings',
    query: 'decision-query',
    response: pageOf(ref('Decision')),
  },
  '/v1/decisions/{decisionId}': {
    summary: 'One decision, linked to its meeting, paper and body',
    tag: 'meetings',
    query: 'record-query',
    response: ref('Decision'),
  },
  '/v1/catalog': {
    summary: 'The datasets as a DCAT-AP 3 catalogue (JSON-LD), paged',
    tag: 'feeds',
    query: 'list-query',
    response: ref('DcatApCatalog'),
    content: { 'application/ld+json': { schema: ref('DcatApCatalog') } },
  },
  '/data.json': {
    summary: 'The datasets as a DCAT-US 1.1 (Project Open Data) catalogue',
    tag: 'feeds',
    response: ref('DcatUsCatalog'),
  },
  '/v1/changes': {
    summary: 'Every version, correction and withdrawal in commit order, after a cursor',
    tag: 'feeds',
    query: 'changes-query',
    response: ref('ChangesPage'),
  },
  '/v1/digests': {
    summary: 'The chained digests of every chain head, oldest first',
    tag: 'feeds',
    query: 'list-query',
    response: pageOf(ref('DigestEntry')),
  },
  '/v1/digests/{number}': {
    summary: 'One digest, as stored',
    tag: 'feeds',
    response: ref('Digest'),
  },
  '/v1/audit/ingests': {
    summary: 'Every ingest attempt with its outcome and reason, newest first',
    tag: 'audit',
    query: 'audit-ingests-query',
    response: pageOf(ref('IngestEntry')),
    audit: true,
  },
  '/v1/audit/papers/{id}/versions/{version}': {
    summary: 'A paper version whole, exempt content included',
    tag: 'audit',
    response: ref('AuditPaperView'),
    audit: true,
  },
  '/v1/audit/papers/{id}/versions/{version}/original': {
    summary: "A paper version's original, exempt ones included",
    tag: 'audit',
    response: {},
    content: {
      '*/*': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } },
    },
    audit: true,
  },
  '/v1/audit/papers/{id}/versions/{version}/diff/{other}': {
    summary: 'What changed between two paper versions, exempt content included',
    tag: 'audit',
    response: ref('VersionDiff'),
    audit: true,
  },
  '/v1/audit/withheld': {
    summary:
      'Papers whose current version the public cannot read whole (exempt, or with exempt parts)',
    tag: 'audit',
    response: {
      type: 'object',
      required: ['items'],
      properties: { items: { type: 'array', items: ref('PaperRecord') } },
    },
    audit: true,
  },
  '/officer/sign-in': {
    summary: 'The sign-in form for officers and auditors (a page)',
    tag: 'officers',
    response: {},
    content: { 'text/html': { schema: { type: 'string' } } },
  },
  'POST /officer/sign-in': {
    summary: 'Signs in with a token: sets the session cookie and sends the browser on to `next`',
    tag: 'officers',
    response: {},
    content: { 'text/html': { schema: { type: 'string' } } },
    form: signInForm,
  },
  'POST /officer/sign-out': {
    summary: 'Ends the session',
    tag: 'officers',
    response: {},
    officer: true,
    form: { type: 'object', required: ['csrf'], properties: { csrf } },
  },
  '/signin': {
    summary:
      'Starts signing in: to the council’s hosted sign-in (Amazon Cognito), or the token form',
    description:
      'In AWS, sends the browser to the user pool’s hosted sign-in with the authorization-code grant and PKCE (S256), keeping the state and verifier in a short-lived cookie; where officers paste a token (the local stack), to `/officer/sign-in`. `?next=` is a path on this site to come back to.',
    tag: 'officers',
    response: {},
    seeOther: 'the hosted sign-in page, or the token form',
  },
  '/auth/callback': {
    summary: 'Where the hosted sign-in sends the browser back: redeems the code and signs in',
    description:
      'Checks `state` against the sign-in cookie, redeems `code` at the token endpoint (server side, with the PKCE verifier), verifies the ID token and sets the session cookie (HttpOnly, Secure, SameSite=Lax, as long as the token lasts), then sends the browser on to where it was going. A refusal from the sign-in page (`error`, `error_description`) is a 401.',
    tag: 'officers',
    response: {},
    seeOther: 'the page the officer was going to',
  },
  'POST /signout': {
    summary: 'Ends the session, and the hosted sign-in’s too (then back to the home page)',
    tag: 'officers',
    response: {},
    form: { type: 'object', required: ['csrf'], properties: { csrf } },
  },
  '/upload': {
    summary:
      'The upload page: presigned POST forms for each upload area (key prefix, size cap, 10-minute expiry) and the recent uploads',
    tag: 'officers',
    response: ref('UploadDesk'),
    officer: true,
  },
  '/upload/outcome': {
    summary: 'What became of an upload (key, at or after `from`): waiting, or its outcome in words',
    tag: 'officers',
    query: 'audit-ingests-query',
    response: ref('UploadOutcome'),
    officer: true,
  },
  'POST /upload/withdraw': {
    summary: 'Withdraws a record (a tombstone version saying why, by whom, when)',
    tag: 'officers',
    response: {},
    officer: true,
    form: {
      type: 'object',
      required: ['csrf', 'kind', 'id', 'reason'],
      properties: {
        csrf,
        kind: { enum: ['paper', 'dataset'] },
        id: { type: 'string' },
        reason: { type: 'string', minLength: 1 },
      },
    },
  },
};
