import type { DatasetVersionRecord } from '../domain/dataset-record.ts';
import { toCsv } from '../domain/datasets/csv-out.ts';
import type { Page } from '../ports/page.ts';
import type { DatasetRow } from '../ports/row-store.ts';
import { type HttpResult, json } from './responses.ts';

/**
 * Rows as JSON (`{items, next}`), CSV (RFC 4180, formula injection neutralised) or NDJSON. For CSV
 * and NDJSON the next page's cursor travels in a `Link` header, as the body has no room for it.
 */
export const rowsResponse = (
  record: DatasetVersionRecord,
  page: Page<DatasetRow>,
  request: {
    readonly format: 'json' | 'csv' | 'ndjson';
    readonly fields?: readonly string[] | undefined;
  },
): HttpResult => {
  if (request.format === 'json') return json(page);
  const fields = request.fields?.length ? request.fields : record.fields;
  const headers: Record<string, string> = page.next
    ? { link: `<?cursor=${page.next}&format=${request.format}>; rel="next"` }
    : {};
  if (request.format === 'csv') {
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
