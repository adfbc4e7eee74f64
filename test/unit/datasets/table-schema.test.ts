import { describe, expect, it } from 'vitest';
import {
  compilePattern,
  primaryKeyOf,
  schemaProblems,
  type TableSchema,
} from '../../../functions/domain/datasets/table-schema.ts';

describe('schemaProblems', () => {
  it('finds nothing wrong with a sound schema', () => {
    const schema: TableSchema = {
      fields: [
        { name: 'id', type: 'integer', constraints: { pattern: '\\d+' } },
        { name: 'name', type: 'string' },
      ],
      primaryKey: 'id',
    };

    expect(schemaProblems(schema)).toEqual([]);
  });

  it('finds unknown types, bad patterns, repeated names and keys naming no field', () => {
    const schema = {
      fields: [
        { name: 'id', type: 'uuid' },
        { name: 'id', type: 'string', constraints: { pattern: '[' } },
      ],
      primaryKey: ['id', 'ref'],
    } as unknown as TableSchema;

    expect(schemaProblems(schema)).toEqual([
      'Field "id" has unknown type "uuid"',
      'Field "id" has a pattern that is not a valid regular expression',
      'Field name "id" is used twice',
      'The primary key names "ref", which is not a field',
    ]);
  });
});

describe('compilePattern', () => {
  it('anchors the pattern at both ends, as Table Schema means it', () => {
    expect(compilePattern('INV-\\d+')?.test('INV-12')).toBe(true);
    expect(compilePattern('INV-\\d+')?.test('old INV-12')).toBe(false);
    expect(compilePattern('a|b')?.test('ab')).toBe(false);
  });
});

describe('primaryKeyOf', () => {
  it('reads a key given as one name or as a list', () => {
    expect(primaryKeyOf({ fields: [], primaryKey: 'id' })).toEqual(['id']);
    expect(primaryKeyOf({ fields: [], primaryKey: ['ward', 'year'] })).toEqual(['ward', 'year']);
    expect(primaryKeyOf({ fields: [] })).toEqual([]);
  });
});
