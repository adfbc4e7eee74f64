import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
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

/** Every schema in `schemas/`, by the name the API publishes it under. */
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

let ajv: Ajv2020 | undefined;
const compiled = new Map<SchemaName, ValidateFunction>();

/** Compiles a schema on first use only: compiling all of them would cost every cold start. */
export const validatorFor = (name: SchemaName): ValidateFunction => {
  let validate = compiled.get(name);
  if (!validate) {
    ajv ??= addFormats.default(
      new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, coerceTypes: false }),
    );
    // Referenced by both record schemas; added (not compiled) so their $refs resolve.
    if (!ajv.getSchema(versionHistorySchema.$id)) ajv.addSchema(versionHistorySchema);
    validate = ajv.compile(schemas[name]);
    compiled.set(name, validate);
  }
  return validate;
};

/** A readable line per ajv error: `/meetingDate: must match format "date"`. */
export const describeSchemaErrors = (errors: readonly ErrorObject[] | null | undefined): string[] =>
  (errors ?? []).map((error) => `${error.instancePath || '/'}: ${error.message ?? 'is invalid'}`);
