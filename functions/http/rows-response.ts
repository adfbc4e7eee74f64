import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { DatasetVersionRecord } from '../domain/dataset-record.ts';
import { toCsv } from '../domain/datasets/csv-out.ts';
import type { Page } from '../ports/page.ts';
import type { DatasetRow } from '../ports/row-store.ts';
import type { DatasetDownload } from '../usecases/datasets/dataset-downloads.ts';
import { reprDigest } from './history-routes.ts';
import { type HttpResult, json, seeOther } from './responses.ts';
import { negotiate } from './semantics.ts';

/** What rows come as, by media type; the first is the default. */
export const rowFormats = ['application/json', 'text/csv', 'application/x-ndjson'] as const;
const formatOf: Record<string, 'json' | 'csv' | 'ndjson'> = {
  'application/json': 'json',
  'text/csv': 'csv',
  'application/x-ndjson': 'ndjson',
};

/** This request again with the next cursor: filters, fields, version and format kept. */
const nextPageUrl = (event: APIGatewayProxyEventV2, cursor: string) => {
  const query = new URLSearchParams(event.rawQueryString ?? '');
  query.set('cursor', cursor);
  return `${event.rawPath}?${query.toString()}`;
};

/**
 * Rows as JSON (`{items, next}`), CSV (RFC 4180, formula injection neutralised) or NDJSON. For CSV
 * and NDJSON the next page's cursor travels in a `Link` header, as the body has no room for it.
 */
export const rowsResponse = (
  record: DatasetVersionRecord,
  page: Page<DatasetRow>,
  request: {
    readonly format: 'json' | 'csv' | 'ndjson' | undefined;
    readonly fields?: readonly string[] | undefined;
  },
  event: APIGatewayProxyEventV2,
): HttpResult => {
  // `?format=` wins; otherwise the `Accept` header chooses.
  const format = request.format ?? formatOf[negotiate(event, rowFormats) ?? 'application/json'];
  if (format === 'json') return json(page);
  const fields = request.fields?.length ? request.fields : record.fields;
  const headers: Record<string, string> = page.next
    ? { link: `<${nextPageUrl(event, page.next)}>; rel="next"` }
    : {};
  if (format === 'csv') {
    return {
      statusCode: 200,
      headers: { 'content-type': 'text/csv; charset=utf-8; header=present', ...headers },
      body: toCsv(
        fields,
        page.items.map((row) => fields.map((field) => row.values[field] ?? null)),
      ),
    };
  }
  return {
    statusCode: 200,
    headers: { 'content-type': 'application/x-ndjson; charset=utf-8', ...headers },
    body: page.items.map((row) => JSON.stringify(row)).join('\n') + (page.items.length ? '\n' : ''),
  };
};

/**
 * A 303 to the signed link of a whole download. The link expires, so the redirect is cached only
 * briefly; the file's SHA-256 rides along as `Repr-Digest` when ingest recorded it.
 */
export const downloadResponse = ({ distribution, url }: DatasetDownload): HttpResult =>
  seeOther(url, {
    'cache-control': 'private, max-age=60',
    ...(distribution && {
      'repr-digest': reprDigest(distribution.sha256),
      etag: `"${distribution.sha256}"`,
    }),
  });
