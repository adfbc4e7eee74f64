import type { ErrorObject } from 'ajv';
import auditIngestsQuerySchema from '../../schemas/audit-ingests-query.schema.json' with {
  type: 'json',
};
import bodyListQuerySchema from '../../schemas/body-list-query.schema.json' with { type: 'json' };
import changesQuerySchema from '../../schemas/changes-query.schema.json' with { type: 'json' };
import dataPackageSchema from '../../schemas/data-package.schema.json' with { type: 'json' };
import datasetListQuerySchema from '../../schemas/dataset-list-query.schema.json' with {
  type: 'json',
};
import datasetRecordSchema from '../../schemas/dataset-record.schema.json' with { type: 'json' };
import decisionQuerySchema from '../../schemas/decision-query.schema.json' with { type: 'json' };
import ingestEntrySchema from '../../schemas/ingest-entry.schema.json' with { type: 'json' };
import listQuerySchema from '../../schemas/list-query.schema.json' with { type: 'json' };
import meetingQuerySchema from '../../schemas/meeting-query.schema.json' with { type: 'json' };
import paperSchema from '../../schemas/paper.schema.json' with { type: 'json' };
import paperListQuerySchema from '../../schemas/paper-list-query.schema.json' with { type: 'json' };
import paperRecordSchema from '../../schemas/paper-record.schema.json' with { type: 'json' };
import recordQuerySchema from '../../schemas/record-query.schema.json' with { type: 'json' };
import rowsQuerySchema from '../../schemas/rows-query.schema.json' with { type: 'json' };
import searchQuerySchema from '../../schemas/search-query.schema.json' with { type: 'json' };
import versionHistorySchema from '../../schemas/version-history.schema.json' with { type: 'json' };
import versionQuerySchema from '../../schemas/version-query.schema.json' with { type: 'json' };

/**
 * Every schema in `schemas/`, by the name the API publishes it under. Each is compiled at build
 * time into `generated/<name>.js` (`npm run build:validators`); a function imports the validators
 * it needs from there, tools and tests look them up by name with `validatorFor` (validators.ts).
 */
export const schemas = {
  paper: paperSchema,
  'paper-record': paperRecordSchema,
  'dataset-record': datasetRecordSchema,
  'data-package': dataPackageSchema,
  'ingest-entry': ingestEntrySchema,
  'list-query': listQuerySchema,
  'body-list-query': bodyListQuerySchema,
  'meeting-query': meetingQuerySchema,
  'rows-query': rowsQuerySchema,
  'paper-list-query': paperListQuerySchema,
  'dataset-list-query': datasetListQuerySchema,
  'record-query': recordQuerySchema,
  'audit-ingests-query': auditIngestsQuerySchema,
  'changes-query': changesQuerySchema,
  'decision-query': decisionQuerySchema,
  'search-query': searchQuerySchema,
  'version-history': versionHistorySchema,
  'version-query': versionQuerySchema,
} as const;

export type SchemaName = keyof typeof schemas;

/** A readable line per ajv error: `/meetingDate: must match format "date"`. */
export const describeSchemaErrors = (errors: readonly ErrorObject[] | null | undefined): string[] =>
  (errors ?? []).map((error) => `${error.instancePath || '/'}: ${error.message ?? 'is invalid'}`);
