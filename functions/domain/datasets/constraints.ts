import { type CellValue, castCell } from './cast.ts';
import { type ConstraintValue, compilePattern, type Field } from './table-schema.ts';

/** A field's constraints cast once to its type, so each of a million rows only compares. */
export interface FieldCheck {
  readonly field: Field;
  readonly required: boolean;
  readonly unique: boolean;
  readonly allowed?: ReadonlySet<string>;
  readonly minimum?: CellValue;
  readonly maximum?: CellValue;
  readonly pattern?: RegExp;
}

/**
 * A key that tells typed values apart: `1` and `"1"` differ, `1` and `1.0` do not.
 *
 * @example valueKey(1) // 'number:1'
 */
export const valueKey = (value: CellValue): string => `${typeof value}:${String(value)}`;

const typedConstraint = (field: Field, value: ConstraintValue | undefined) => {
  if (value === undefined || typeof value !== 'string') return value;
  const cast = castCell(field, value, []);
  return cast.ok ? cast.value : undefined;
};

/**
 * Prepares a field's constraints for checking. A constraint that cannot be read in the field's type
 * (a pattern that does not compile, a minimum of "soon") is left out; `schemaProblems` reports it.
 *
 * @example compileField({ name: 'n', type: 'integer', constraints: { minimum: '1,000' } }).minimum // 1000
 */
export const compileField = (field: Field): FieldCheck => {
  const constraints = field.constraints ?? {};
  const allowed = constraints.enum?.map((value) => typedConstraint(field, value));
  const pattern = constraints.pattern;
  return {
    field,
    required: constraints.required === true,
    unique: constraints.unique === true,
    ...(allowed && {
      allowed: new Set(allowed.filter((value) => value !== undefined).map(valueKey)),
    }),
    ...(constraints.minimum !== undefined && {
      minimum: typedConstraint(field, constraints.minimum),
    }),
    ...(constraints.maximum !== undefined && {
      maximum: typedConstraint(field, constraints.maximum),
    }),
    ...(pattern !== undefined && { pattern: compilePattern(pattern) }),
  };
};

/** Numbers compare as numbers and ISO dates as text; values of different kinds do not compare. */
const compare = (a: CellValue, b: CellValue): number | undefined => {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return undefined;
};

const listed = (values: readonly ConstraintValue[]) =>
  values.length > 10
    ? `${values.slice(0, 10).join(', ')}, …`
    : values.map((value) => String(value)).join(', ');

/**
 * The constraints a typed cell breaks, each as a phrase completing a sentence about the cell.
 * Uniqueness needs the other rows, so the validator checks it.
 *
 * @example brokenConstraints(compileField({ name: 'n', type: 'integer', constraints: { maximum: 5 } }), 7, '7')
 * // ['is above the maximum 5']
 */
export const brokenConstraints = (check: FieldCheck, value: CellValue, cell: string): string[] => {
  if (value === null) return check.required ? ['is required but missing'] : [];
  const broken: string[] = [];
  const { constraints = {} } = check.field;
  if (check.allowed && !check.allowed.has(valueKey(value)))
    broken.push(`is not one of the allowed values (${listed(constraints.enum ?? [])})`);
  if (check.minimum != null && (compare(value, check.minimum) ?? 0) < 0)
    broken.push(`is below the minimum ${String(constraints.minimum)}`);
  if (check.maximum != null && (compare(value, check.maximum) ?? 0) > 0)
    broken.push(`is above the maximum ${String(constraints.maximum)}`);
  const text = check.field.type === 'string' ? cell : cell.trim();
  if (check.pattern && !check.pattern.test(text))
    broken.push(`does not match the pattern ${String(constraints.pattern)}`);
  return broken;
};
