import type { ValidateFunction } from 'ajv';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { RecordKind } from '../config/areas.ts';
import { defaultPageSize } from '../config/limits.ts';
import { type DistributionFormat, distributionFormats } from '../domain/datasets/distributions.ts';
import type { OriginFilter } from '../domain/datasets/origin.ts';
import { InvalidRequestError } from '../domain/errors.ts';
import { validate as validAuditIngestsQuery } from '../domain/generated/audit-ingests-query.js';
import { validate as validBodyListQuery } from '../domain/generated/body-list-query.js';
import { validate as validChangesQuery } from '../domain/generated/changes-query.js';
import { validate as validDatasetListQuery } from '../domain/generated/dataset-list-query.js';
import { validate as validDecisionQuery } from '../domain/generated/decision-query.js';
import { validate as validListQuery } from '../domain/generated/list-query.js';
import { validate as validMeetingQuery } from '../domain/generated/meeting-query.js';
import { validate as validPaperListQuery } from '../domain/generated/paper-list-query.js';
import { validate as validRecordQuery } from '../domain/generated/record-query.js';
import { validate as validRowsQuery } from '../domain/generated/rows-query.js';
import { validate as validSearchQuery } from '../domain/generated/search-query.js';
import { validate as validVersionQuery } from '../domain/generated/version-query.js';
import { idPattern } from '../domain/identity.ts';
import { bodyKey } from '../domain/papers/meetings.ts';
import type { RecordFilter } from '../domain/record-filter.ts';
import { type SchemaName, schemas } from '../domain/schemas.ts';
import type { IngestQuery } from '../ports/ingest-log.ts';
import type { PageRequest } from '../ports/page.ts';
import type { FilterOperator } from '../ports/row-store.ts';
import type { RowsRequest } from '../usecases/datasets/dataset-queries.ts';
import type { MeetingListRequest } from '../usecases/meetings/meeting-queries.ts';
import type { SearchRequest } from '../usecases/search/search-queries.ts';

type ParameterSchema = {
  readonly enum?: readonly string[];
  readonly format?: string;
  readonly anyOf?: readonly ParameterSchema[];
  readonly description?: string;
  readonly examples?: readonly string[];
};

const formats: Record<string, string> = {
  date: 'a date such as 2026-12-06',
  'date-time': 'an RFC 3339 date-time such as 2026-12-06T00:00:00Z',
};

/**
 * What a query parameter takes, in words, from its published schema: the allowed values, or the
 * format with an example, so a 400 says how to fix the request.
 *
 * @example expectation({ anyOf: [{ format: 'date' }, { format: 'date-time' }] }) // 'a date such as 2026-12-06 or an RFC 3339 date-time such as 2026-12-06T00:00:00Z'
 */
export const expectation = (schema: ParameterSchema): string => {
  if (schema.enum) return `one of ${schema.enum.join(', ')}`;
  if (schema.anyOf) return schema.anyOf.map(expectation).join(' or ');
  if (schema.format && formats[schema.format]) return formats[schema.format] as string;
  const described = (schema.description ?? 'a valid value').replace(/\.$/, '');
  const words = /^[A-Z][a-z]/.test(described)
    ? `${described[0]?.toLowerCase()}${described.slice(1)}`
    : described;
  const example = schema.examples?.[0];
  return example === undefined ? words : `${words}, such as ${example}`;
};

type QuerySchema = Extract<SchemaName, `${string}-query`>;

/** The published query schemas' validators, compiled at build time (domain/generated). */
const queryValidators: Readonly<Record<QuerySchema, ValidateFunction>> = {
  'list-query': validListQuery,
  'body-list-query': validBodyListQuery,
  'meeting-query': validMeetingQuery,
  'rows-query': validRowsQuery,
  'paper-list-query': validPaperListQuery,
  'dataset-list-query': validDatasetListQuery,
  'record-query': validRecordQuery,
  'audit-ingests-query': validAuditIngestsQuery,
  'changes-query': validChangesQuery,
  'decision-query': validDecisionQuery,
  'search-query': validSearchQuery,
  'version-query': validVersionQuery,
};

/** Checks a query string against one of the published query schemas, naming every bad parameter. */
const checkQuery = (
  event: APIGatewayProxyEventV2,
  schema: QuerySchema,
): Record<string, string | undefined> => {
  const query = event.queryStringParameters ?? {};
  const validate = queryValidators[schema];
  if (validate(query)) return query;
  const properties = (schemas[schema] as { properties: Record<string, ParameterSchema> })
    .properties;
  const problems = new Map<string, string>();
  for (const error of validate.errors ?? []) {
    if (error.keyword === 'additionalProperties') {
      const name = String(error.params.additionalProperty);
      problems.set(
        `query.${name}`,
        `unknown parameter "${name}"; known: ${Object.keys(properties).join(', ')}`,
      );
      continue;
    }
    // One problem per parameter, however many of its schema's branches failed.
    const name = error.instancePath.split('/')[1] ?? '';
    const parameter = properties[name];
    const given = query[name];
    problems.set(
      `query.${name}`,
      parameter
        ? `${given === undefined ? '' : `"${given}" is not valid: `}expected ${
            name === 'limit' ? 'a whole number from 1 to 100, such as 20' : expectation(parameter)
          }`
        : (error.message ?? 'is invalid'),
    );
  }
  throw new InvalidRequestError(
    `The query string has invalid parameters: ${[...problems.keys()].map((where) => where.replace('query.', '')).join(', ')}.`,
    [...problems].map(([where, message]) => ({ where, message })),
  );
};

/** Reads `limit` and `cursor`, checked against the published list-query schema. */
export const pageRequest = (event: APIGatewayProxyEventV2): PageRequest => {
  const query = checkQuery(event, 'list-query');
  return { limit: query.limit ? Number(query.limit) : defaultPageSize, cursor: query.cursor };
};

/** A record list's paging, its `asOf` instant and its filters. */
export const recordListQuery = (
  event: APIGatewayProxyEventV2,
  kind: RecordKind,
): { page: PageRequest; asOf: string | undefined; filter: RecordFilter } => {
  const query = checkQuery(event, kind === 'paper' ? 'paper-list-query' : 'dataset-list-query');
  return {
    page: { limit: query.limit ? Number(query.limit) : defaultPageSize, cursor: query.cursor },
    asOf: asOfInstant(query.asOf),
    filter: {
      body: query.body,
      type: query.type,
      from: query.from,
      to: query.to,
      updatedSince: instant(query.updatedSince),
      q: query.q,
      // Datasets: uploaded ones unless `origin` asks for a paper's tables too.
      origin:
        kind === 'dataset' ? ((query.origin as OriginFilter | undefined) ?? 'upload') : undefined,
    },
  };
};

/** A record's `asOf` instant, if any. */
export const recordQuery = (event: APIGatewayProxyEventV2): { asOf: string | undefined } => ({
  asOf: asOfInstant(checkQuery(event, 'record-query').asOf),
});

/**
 * `asOf` as an instant: a date means as it was on that day, so its last millisecond (UTC), when
 * every version committed that day counts.
 *
 * @example asOfInstant('2024-05-09') // '2024-05-09T23:59:59.999Z'
 */
export const asOfInstant = (raw: string | undefined): string | undefined =>
  raw !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? `${raw}T23:59:59.999Z` : instant(raw);

/** Instants compare as ISO strings only in one zone and one precision: normalise to UTC milliseconds. */
const instant = (raw: string | undefined) =>
  raw === undefined ? undefined : new Date(raw).toISOString();

/** The change feed's position and page size. */
export const changesQuery = (event: APIGatewayProxyEventV2): { after: number; limit: number } => {
  const query = checkQuery(event, 'changes-query');
  return {
    after: query.after ? Number(query.after) : 0,
    limit: query.limit ? Number(query.limit) : defaultPageSize,
  };
};

/** The audit log's filters and paging. */
export const auditIngestsQuery = (event: APIGatewayProxyEventV2): IngestQuery => {
  const query = checkQuery(event, 'audit-ingests-query');
  return {
    limit: query.limit ? Number(query.limit) : defaultPageSize,
    cursor: query.cursor,
    outcome: query.outcome as IngestQuery['outcome'],
    from: instant(query.from),
    to: instant(query.to),
    key: query.key,
  };
};

/** Decision list parameters: those of meetings, and a text match. */
export const decisionQuery = (
  event: APIGatewayProxyEventV2,
): MeetingListRequest & { q?: string; asOf: string | undefined } => {
  const query = checkQuery(event, 'decision-query');
  return {
    ...meetingParameters(query),
    ...(query.q && { q: query.q }),
    asOf: asOfInstant(query.asOf),
  };
};

/** The body list's paging and its `asOf` instant. */
export const bodyListQuery = (
  event: APIGatewayProxyEventV2,
): { page: PageRequest; asOf: string | undefined } => {
  const query = checkQuery(event, 'body-list-query');
  return {
    page: { limit: query.limit ? Number(query.limit) : defaultPageSize, cursor: query.cursor },
    asOf: asOfInstant(query.asOf),
  };
};

/** A search's words, filters and page; a body is matched by its slug, so its name works too. */
export const searchQuery = (event: APIGatewayProxyEventV2): SearchRequest => {
  const query = checkQuery(event, 'search-query');
  return {
    q: query.q?.trim() || undefined,
    type: query.type as SearchRequest['type'],
    bodySlug: query.body ? bodyKey(query.body) : undefined,
    from: query.from,
    to: query.to,
    documentType: query.documentType,
    limit: query.limit ? Number(query.limit) : defaultPageSize,
    cursor: query.cursor,
  };
};

/** Meeting list parameters: a body by id, slug or name, an inclusive date range, and `asOf`. */
export const meetingQuery = (
  event: APIGatewayProxyEventV2,
): MeetingListRequest & { asOf: string | undefined } => {
  const query = checkQuery(event, 'meeting-query');
  return { ...meetingParameters(query), asOf: asOfInstant(query.asOf) };
};

const meetingParameters = (query: Record<string, string | undefined>): MeetingListRequest => {
  return {
    limit: query.limit ? Number(query.limit) : defaultPageSize,
    cursor: query.cursor,
    body: query.body,
    from: query.from,
    to: query.to,
  };
};

/** A path parameter decoded; a malformed percent-escape is the caller's error, not a 500. */
export const decodedPathParameter = (event: APIGatewayProxyEventV2, name: string): string => {
  const raw = event.pathParameters?.[name] ?? '';
  try {
    return decodeURIComponent(raw);
  } catch (error) {
    throw new InvalidRequestError(
      `"${raw}" has a malformed percent-escape.`,
      [{ where: `path.${name}`, message: 'escapes are % and two hexadecimal digits, such as %20' }],
      { cause: error },
    );
  }
};

export const pathId = (event: APIGatewayProxyEventV2): string => {
  const id = decodedPathParameter(event, 'id');
  if (!idPattern.test(id)) {
    throw new InvalidRequestError(`"${id}" is not a valid id.`, [
      {
        where: 'path.id',
        message:
          'expected lower-case letters, digits, "-" and "_", at most 200 characters, such as cabinet-2024-05-09',
      },
    ]);
  }
  return id;
};

/** The `{format}` of a download: one of the distribution formats. */
export const pathDistributionFormat = (event: APIGatewayProxyEventV2): DistributionFormat => {
  const raw = event.pathParameters?.format ?? '';
  const format = distributionFormats.find((candidate) => candidate === raw);
  if (!format) {
    throw new InvalidRequestError(`"${raw}" is not a download format.`, [
      { where: 'path.format', message: `one of ${distributionFormats.join(', ')}` },
    ]);
  }
  return format;
};

export const pathVersion = (event: APIGatewayProxyEventV2, name = 'version'): number => {
  const raw = event.pathParameters?.[name] ?? '';
  if (!/^[1-9]\d{0,9}$/.test(raw)) {
    throw new InvalidRequestError(`"${raw}" is not a version number.`, [
      { where: `path.${name}`, message: 'expected a whole number from 1, such as 1 or 12' },
    ]);
  }
  return Number(raw);
};

const reservedRowParameters = new Set(['limit', 'cursor', 'version', 'fields', 'format']);

/** Rows parameters: paging, version, `fields=a,b`, `format`, and every other parameter a filter. */
export const rowsQuery = (
  event: APIGatewayProxyEventV2,
): RowsRequest & { format: 'json' | 'csv' | 'ndjson' | undefined } => {
  const query = checkQuery(event, 'rows-query');
  // `ward=Aylesbury` is equality; `amount[gte]=100` (gt, gte, lt, lte, eq) compares.
  const filters = Object.entries(query)
    .filter(
      (entry): entry is [string, string] =>
        !reservedRowParameters.has(entry[0]) && entry[1] !== undefined,
    )
    .map(([key, raw]) => {
      const ranged = /^(.+)\[(eq|gt|gte|lt|lte)\]$/.exec(key);
      return { field: ranged?.[1] ?? key, op: (ranged?.[2] ?? 'eq') as FilterOperator, raw };
    });
  return {
    limit: query.limit ? Number(query.limit) : defaultPageSize,
    cursor: query.cursor,
    version: query.version ? Number(query.version) : undefined,
    fields: query.fields
      ?.split(',')
      .map((name) => name.trim())
      .filter(Boolean),
    format: query.format as 'json' | 'csv' | 'ndjson' | undefined,
    filters,
  };
};

/** `?version=N` on single-dataset documents (schema, report). */
export const versionQuery = (event: APIGatewayProxyEventV2): number | undefined => {
  const raw = checkQuery(event, 'version-query').version;
  return raw === undefined ? undefined : Number(raw);
};
