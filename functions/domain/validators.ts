import type { ValidateFunction } from 'ajv';
import { validate as auditIngestsQuery } from './generated/audit-ingests-query.js';
import { validate as bodyListQuery } from './generated/body-list-query.js';
import { validate as changesQuery } from './generated/changes-query.js';
import { validate as dataPackage } from './generated/data-package.js';
import { validate as datasetListQuery } from './generated/dataset-list-query.js';
import { validate as datasetRecord } from './generated/dataset-record.js';
import { validate as decisionQuery } from './generated/decision-query.js';
import { validate as ingestEntry } from './generated/ingest-entry.js';
import { validate as listQuery } from './generated/list-query.js';
import { validate as meetingQuery } from './generated/meeting-query.js';
import { validate as paper } from './generated/paper.js';
import { validate as paperListQuery } from './generated/paper-list-query.js';
import { validate as paperRecord } from './generated/paper-record.js';
import { validate as recordQuery } from './generated/record-query.js';
import { validate as rowsQuery } from './generated/rows-query.js';
import { validate as searchQuery } from './generated/search-query.js';
import { validate as versionHistory } from './generated/version-history.js';
import { validate as versionQuery } from './generated/version-query.js';
import type { SchemaName } from './schemas.ts';

/**
 * Every schema's validator, by name: for tools and tests. It loads all of them, so a function
 * imports the one it needs from `generated/<name>.js` instead, and loads no other.
 */
const validators: Readonly<Record<SchemaName, ValidateFunction>> = {
  paper,
  'paper-record': paperRecord,
  'dataset-record': datasetRecord,
  'data-package': dataPackage,
  'ingest-entry': ingestEntry,
  'list-query': listQuery,
  'body-list-query': bodyListQuery,
  'meeting-query': meetingQuery,
  'rows-query': rowsQuery,
  'paper-list-query': paperListQuery,
  'dataset-list-query': datasetListQuery,
  'record-query': recordQuery,
  'audit-ingests-query': auditIngestsQuery,
  'changes-query': changesQuery,
  'decision-query': decisionQuery,
  'search-query': searchQuery,
  'version-history': versionHistory,
  'version-query': versionQuery,
};

/**
 * The validator of one schema in `schemas/`, compiled at build time (`npm run build:validators`).
 *
 * @example
 * const validate = validatorFor('paper');
 * if (!validate(extracted)) console.error(describeSchemaErrors(validate.errors));
 */
export const validatorFor = (name: SchemaName): ValidateFunction => validators[name];
