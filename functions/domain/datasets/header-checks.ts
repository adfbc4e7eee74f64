import type { ErrorCollector } from './report.ts';
import type { TableSchema } from './table-schema.ts';

/**
 * Checks the header row against itself and against the schema. Fields are matched to columns by
 * position, as Frictionless does; labels are compared trimmed, since trailing spaces in headers are
 * an export artefact rather than a different name.
 *
 * @example checkHeader(['id', 'id'], { fields: [] }, 1, errors) // adds duplicate-label and extra-label errors
 */
export const checkHeader = (
  header: readonly string[],
  schema: TableSchema,
  rowNumber: number,
  errors: ErrorCollector,
): void => {
  if (header.every((label) => label.trim() === '')) {
    errors.add({
      type: 'blank-header',
      rowNumber,
      message: `The header (row ${rowNumber}) is blank`,
    });
    return;
  }
  const seen = new Map<string, number>();
  header.forEach((raw, index) => {
    const label = raw.trim();
    const fieldNumber = index + 1;
    const at = { rowNumber, fieldNumber, fieldName: label, cell: raw };
    const first = seen.get(label);
    const field = schema.fields[index];
    if (label === '') {
      errors.add({
        ...at,
        type: 'blank-label',
        message: `The label of column ${fieldNumber} is blank`,
      });
    } else if (first !== undefined) {
      errors.add({
        ...at,
        type: 'duplicate-label',
        message: `The label "${label}" of column ${fieldNumber} repeats column ${first}`,
      });
    } else if (!field) {
      errors.add({
        ...at,
        type: 'extra-label',
        message: `Column ${fieldNumber} ("${label}") has no field in the schema`,
      });
    } else if (field.name !== label) {
      errors.add({
        ...at,
        type: 'incorrect-label',
        message: `Column ${fieldNumber} is labelled "${label}" but the schema names it "${field.name}"`,
      });
    }
    if (first === undefined) seen.set(label, fieldNumber);
  });
  schema.fields.slice(header.length).forEach((field, index) => {
    const fieldNumber = header.length + index + 1;
    errors.add({
      type: 'missing-label',
      rowNumber,
      fieldNumber,
      fieldName: field.name,
      message: `The schema's field "${field.name}" (column ${fieldNumber}) is missing from the header`,
    });
  });
};
