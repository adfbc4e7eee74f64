// Generated from schemas/changes-query.schema.json by `npm run build:validators`
// (infra/schema-validators.ts): do not edit. test/unit/domain/schema-validators.test.ts fails
// when it no longer matches the schema.
import type { ValidateFunction } from 'ajv';

export declare const validate: ValidateFunction;
