import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  describeSchemaErrors,
  type SchemaName,
  schemas,
} from '../../../functions/domain/schemas.ts';
import { validatorFor } from '../../../functions/domain/validators.ts';
import { staleValidators } from '../../../infra/schema-validators.ts';
import { datasetVersion } from '../../support/dataset-records.ts';
import { paperVersion } from '../../support/records.ts';

/** The schema compiled as it was at run time before validators were compiled at build time. */
const compiledAtRunTime = (name: SchemaName) => {
  const ajv = addFormats.default(
    new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, coerceTypes: false }),
  );
  if (name !== 'version-history') ajv.addSchema(schemas['version-history']);
  return ajv.compile(schemas[name]);
};

/** What a caller sees of an error: where, which rule, and the message. */
const seen = (errors: readonly ErrorObject[] | null | undefined) =>
  (errors ?? []).map(({ instancePath, schemaPath, keyword, params, message }) => ({
    instancePath,
    schemaPath,
    keyword,
    params,
    message,
  }));

describe('validators compiled at build time', () => {
  it('match the schemas as they are now (else run `npm run build:validators`)', async () => {
    // Act
    const stale = await staleValidators();

    // Assess
    expect(stale).toEqual([]);
  });

  it.each<[string, SchemaName, unknown]>([
    [
      'a paper record with a malformed date',
      'paper-record',
      { ...paperVersion(), meetingDate: '9 May 2023' },
    ],
    [
      'a paper record with an extra field and version 0',
      'paper-record',
      { ...paperVersion(), version: 0, secret: true },
    ],
    [
      'a dataset record without its title',
      'dataset-record',
      { ...datasetVersion(), title: undefined },
    ],
    ['a data package with no resources', 'data-package', { name: 'x', resources: 'none' }],
    [
      'a search query with an unknown type and a bad date',
      'search-query',
      { type: 'meeting', from: '9 May 2024' },
    ],
    ['a list query with limit 0 and an unknown parameter', 'list-query', { limit: '0', page: '2' }],
  ])('reject %s with the errors ajv gave when compiling at run time', (_name, schema, document) => {
    // Prepare
    const reference = compiledAtRunTime(schema);
    const validate = validatorFor(schema);
    const valid = reference(JSON.parse(JSON.stringify(document)));

    // Act
    const accepted = validate(JSON.parse(JSON.stringify(document)));

    // Assess
    expect(valid).toBe(false);
    expect(accepted).toBe(false);
    expect(seen(validate.errors)).toEqual(seen(reference.errors));
  });

  it('name the field and the rule a paper record breaks', () => {
    // Prepare
    const validate = validatorFor('paper-record');

    // Act
    const accepted = validate({ ...paperVersion(), meetingDate: '9 May 2023' });

    // Assess
    expect(accepted).toBe(false);
    expect(describeSchemaErrors(validate.errors)).toEqual([
      '/meetingDate: must match format "date"',
    ]);
  });

  it.each<[string, SchemaName, unknown]>([
    ['a complete paper record', 'paper-record', paperVersion()],
    ['a complete dataset record', 'dataset-record', datasetVersion()],
    ['an empty search query', 'search-query', {}],
  ])('accept %s', (_name, schema, document) => {
    // Act
    const accepted = validatorFor(schema)(document);

    // Assess
    expect(accepted).toBe(true);
  });
});
