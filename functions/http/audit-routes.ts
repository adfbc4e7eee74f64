import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { AuditAccess } from '../config/audit-access.ts';
import { NotFoundError } from '../domain/errors.ts';
import type { VersionRecord } from '../domain/paper-record.ts';
import type { IngestLog } from '../ports/ingest-log.ts';
import { type DiffDeps, diffVersions } from '../usecases/history/diff-versions.ts';
import { type HistoryQueryDeps, originalOf } from '../usecases/history/history-queries.ts';
import { withBody } from '../usecases/papers/paper-queries.ts';
import { withheldPapers } from '../usecases/withdrawal/withheld-papers.ts';
import { auditPaperPage, withheldPapersPage } from '../web/pages/audit-paper.ts';
import { ingestLogPage } from '../web/pages/ingest-log.ts';
import { requireAuditor } from './audit-auth.ts';
import { originalResponse } from './history-routes.ts';
import { jsonOrHtml } from './media-types.ts';
import { auditIngestsQuery, pathId, pathVersion } from './query.ts';
import { represent } from './representation.ts';
import { type HttpResult, json } from './responses.ts';
import type { Route } from './route.ts';

export interface AuditDeps extends HistoryQueryDeps, DiffDeps {
  readonly log: IngestLog;
  readonly audit: AuditAccess;
}

/** Audit answers are for one auditor: never kept by CloudFront or any shared cache. */
const privately = (result: HttpResult): HttpResult => ({
  ...result,
  headers: { ...result.headers, 'cache-control': 'private, no-store' },
});

/** An audit route: the auditor is checked before anything is read. */
const audited =
  (deps: () => AuditDeps, handler: (event: APIGatewayProxyEventV2) => Promise<HttpResult>) =>
  async (event: APIGatewayProxyEventV2) => {
    requireAuditor(event, deps().audit);
    return privately(await handler(event));
  };

const paperVersion = async (deps: AuditDeps, event: APIGatewayProxyEventV2) => {
  const id = pathId(event);
  const version = pathVersion(event);
  const record = await deps.versions.get('paper', id, version);
  if (!record) throw new NotFoundError(`Paper "${id}" has no version ${version}.`);
  return record as VersionRecord;
};

/**
 * Routes for auditors: every ingest attempt with its outcome and report, and exempt papers'
 * versions whole (text, extraction, original), which the public routes withhold.
 */
export const auditRoutes = (deps: () => AuditDeps): Route[] => [
  {
    method: 'GET',
    path: '/v1/audit/ingests',
    cache: 'private',
    produces: jsonOrHtml,
    handler: audited(deps, async (event) =>
      represent(event, await deps().log.query(auditIngestsQuery(event)), ingestLogPage),
    ),
  },
  {
    method: 'GET',
    path: '/v1/audit/withheld',
    cache: 'private',
    produces: jsonOrHtml,
    handler: audited(deps, async (event) =>
      represent(event, { items: await withheldPapers(deps().versions) }, (data, context) =>
        withheldPapersPage(data.items, context),
      ),
    ),
  },
  {
    method: 'GET',
    path: '/v1/audit/papers/{id}/versions/{version}',
    cache: 'private',
    produces: jsonOrHtml,
    handler: audited(deps, async (event) =>
      represent(
        event,
        await withBody(deps().archive, await paperVersion(deps(), event), { audit: true }),
        auditPaperPage,
      ),
    ),
  },
  {
    method: 'GET',
    path: '/v1/audit/papers/{id}/versions/{version}/original',
    cache: 'private',
    handler: audited(deps, async (event) =>
      originalResponse(
        await originalOf(deps(), 'paper', pathId(event), pathVersion(event), { audit: true }),
      ),
    ),
  },
  {
    method: 'GET',
    path: '/v1/audit/papers/{id}/versions/{version}/diff/{other}',
    cache: 'private',
    handler: audited(deps, async (event) =>
      json(
        await diffVersions(
          deps(),
          'paper',
          pathId(event),
          pathVersion(event),
          pathVersion(event, 'other'),
          { audit: true },
        ),
      ),
    ),
  },
];
