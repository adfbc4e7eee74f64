/**
 * The subset of Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/) that
 * council datasets need. Schemas may arrive as JSON metadata beside an upload, so the types describe
 * what we accept and `schemaProblems` checks what the type system cannot.
 */
export type FieldType = 'integer' | 'number' | 'boolean' | 'date' | 'datetime' | 'year' | 'string';

export const fieldTypes: readonly FieldType[] = [
  'integer',
  'number',
  'boolean',
  'date',
  'datetime',
  'year',
  'string',
];

/** A constraint value is written in the field's own type: `5`, `"2024-04-01"`, or text to cast. */
export type ConstraintValue = string | number | boolean;

export interface FieldConstraints {
  readonly required?: boolean;
  readonly unique?: boolean;
  readonly enum?: readonly ConstraintValue[];
  readonly minimum?: ConstraintValue;
  readonly maximum?: ConstraintValue;
  /** A regular expression the whole cell text must match. */
  readonly pattern?: string;
}

export interface Field {
  readonly name: string;
  readonly type: FieldType;
  /** Dates: `default` (ISO), `any` (ISO or day-first), or a strptime pattern such as `%d/%m/%Y`. */
  readonly format?: string;
  readonly title?: string;
  readonly description?: string;
  readonly constraints?: FieldConstraints;
  /** Booleans: the exact texts meaning true and false, replacing the built-in yes/no lists. */
  readonly trueValues?: readonly string[];
  readonly falseValues?: readonly string[];
  /** Numbers: the thousands separator (default `,`) and decimal mark (default `.`). */
  readonly groupChar?: string;
  readonly decimalChar?: string;
}

export interface TableSchema {
  readonly fields: readonly Field[];
  /** Texts that mean "no value"; compared with the trimmed cell. */
  readonly missingValues?: readonly string[];
  readonly primaryKey?: string | readonly string[];
}

/**
 * What councils write for "no value": blanks, the usual abbreviations, and the ONS/GSS suppression
 * codes (`[c]` confidential, `[x]` not available, `[z]` not applicable, `..` not available).
 */
export const defaultMissingValues: readonly string[] = [
  '',
  'NA',
  'n/a',
  'N/A',
  '-',
  '*',
  '[c]',
  '[x]',
  '[z]',
  '..',
];

/** @example missingValuesOf({ fields: [], missingValues: ['-'] }) // ['-'] */
export const missingValuesOf = (schema: TableSchema): readonly string[] =>
  schema.missingValues ?? defaultMissingValues;

/** @example primaryKeyOf({ fields: [], primaryKey: 'id' }) // ['id'] */
export const primaryKeyOf = (schema: TableSchema): readonly string[] =>
  typeof schema.primaryKey === 'string' ? [schema.primaryKey] : (schema.primaryKey ?? []);

/**
 * Compiles a field's pattern as Table Schema means it, anchored at both ends; `undefined` when it
 * does not compile.
 *
 * @example compilePattern('INV-\\d+')?.test('old INV-1') // false
 */
export const compilePattern = (pattern: string): RegExp | undefined => {
  try {
    return new RegExp(`^(?:${pattern})$`, 'u');
  } catch {
    return undefined;
  }
};

/**
 * Problems a schema has in itself, whatever the data: unknown types, patterns that do not compile,
 * primary keys naming no field. An empty list means the schema can be used.
 *
 * @example schemaProblems({ fields: [{ name: 'id', type: 'integer' }], primaryKey: 'ref' })
 * // ['The primary key names "ref", which is not a field']
 */
export const schemaProblems = (schema: TableSchema): string[] => {
  const problems: string[] = [];
  const names = new Set<string>();
  for (const field of schema.fields) {
    if (!fieldTypes.includes(field.type))
      problems.push(`Field "${field.name}" has unknown type "${String(field.type)}"`);
    const pattern = field.constraints?.pattern;
    if (pattern !== undefined && !compilePattern(pattern))
      problems.push(`Field "${field.name}" has a pattern that is not a valid regular expression`);
    if (names.has(field.name)) problems.push(`Field name "${field.name}" is used twice`);
    names.add(field.name);
  }
  for (const key of primaryKeyOf(schema))
    if (!names.has(key)) problems.push(`The primary key names "${key}", which is not a field`);
  return problems;
};
