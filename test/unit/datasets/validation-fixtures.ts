import type { TableSchema } from '../../../functions/domain/datasets/table-schema.ts';
import { TableValidator } from '../../../functions/domain/datasets/validate.ts';

/** A spend table's schema with one constraint of each kind, shared by the validator's tests. */
export const spendSchema: TableSchema = {
  fields: [
    { name: 'id', type: 'integer', constraints: { required: true, unique: true } },
    { name: 'amount', type: 'number', constraints: { minimum: 0, maximum: '£1,000,000' } },
    { name: 'status', type: 'string', constraints: { enum: ['paid', 'due'] } },
    { name: 'ref', type: 'string', constraints: { pattern: 'INV-\\d+' } },
  ],
};

export const validate = (
  header: string[],
  rows: string[][],
  schema = spendSchema,
  headerRowNumber = 1,
) => {
  const validator = new TableValidator(header, schema, { headerRowNumber, delimiter: ',' });
  const typed = rows.map((row) => validator.row(row));
  return { typed, report: validator.report() };
};

export const summary = (header: string[], rows: string[][], schema = spendSchema) =>
  validate(header, rows, schema).report.errors.map(
    (error) => `${error.type} ${error.rowNumber}:${error.fieldNumber}`,
  );

export const header = ['id', 'amount', 'status', 'ref'];
