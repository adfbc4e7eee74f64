/**
 * Error types as Frictionless names them (frictionless-py `errors/`), so reports read the same as
 * those from `frictionless validate`.
 */
export type ReportErrorType =
  | 'source-error'
  | 'encoding-error'
  | 'schema-error'
  | 'blank-header'
  | 'blank-label'
  | 'duplicate-label'
  | 'incorrect-label'
  | 'extra-label'
  | 'missing-label'
  | 'blank-row'
  | 'extra-cell'
  | 'missing-cell'
  | 'type-error'
  | 'constraint-error'
  | 'unique-error'
  | 'primary-key';

/** One finding. Numbers are 1-based; `null` where the error is not about a row, field or cell. */
export interface ReportError {
  readonly type: ReportErrorType;
  readonly rowNumber: number | null;
  readonly fieldNumber: number | null;
  readonly fieldName: string | null;
  readonly cell: string | null;
  readonly message: string;
}

/**
 * Something the reader set right by itself and says so: a blank row skipped, a trailing delimiter
 * read past, a resource named from its path. A warning never rejects an upload, strict or not.
 */
export type ReportWarningType =
  | 'blank-row'
  | 'empty-extra-cell'
  | 'resource-name'
  /** A workbook's hidden or chart sheet, not read. */
  | 'skipped-sheet';

export interface ReportWarning {
  readonly type: ReportWarningType;
  readonly rowNumber: number | null;
  readonly message: string;
}

export interface ReportStats {
  readonly rows: number;
  readonly fields: number;
  /** Errors listed in the report (at most the error limit). */
  readonly errors: number;
  /** Every error found, listed or not, by type: what the acceptance policy decides on. */
  readonly errorTypes: Readonly<Partial<Record<ReportErrorType, number>>>;
}

export interface Report {
  readonly valid: boolean;
  readonly stats: ReportStats;
  readonly errors: readonly ReportError[];
  /** What was read past without doubt, at most the error limit of them; never a reason to reject. */
  readonly warnings: readonly ReportWarning[];
  /** True when errors beyond the limit were found and left out. */
  readonly partial: boolean;
}

export const defaultErrorLimit = 1000;

const cellPreviewLength = 200;

/**
 * Cuts a cell short for a report, so a thousand errors about 2 MB cells still make a small report.
 *
 * @example previewCell('x'.repeat(300)) // 200 x's and '…'
 */
export const previewCell = (cell: string): string =>
  cell.length > cellPreviewLength ? `${cell.slice(0, cellPreviewLength)}…` : cell;

/**
 * Collects errors up to a limit, counting every one by type. Shared by the validator and by readers
 * that find problems before there is a table to validate.
 *
 * @example
 * const errors = new ErrorCollector(1);
 * errors.add({ type: 'source-error', message: 'The file is empty' });
 * errors.report(0, 0); // { valid: false, stats: { rows: 0, fields: 0, errors: 1, … }, … }
 */
export class ErrorCollector {
  readonly #limit: number;
  readonly #errors: ReportError[] = [];
  readonly #types: Partial<Record<ReportErrorType, number>> = {};
  readonly #warnings: ReportWarning[] = [];
  #partial = false;

  constructor(limit = defaultErrorLimit) {
    this.#limit = Math.max(0, limit);
  }

  /** True once the limit is reached: callers streaming rows may stop early. */
  get full(): boolean {
    return this.#errors.length >= this.#limit;
  }

  add(
    error: Omit<Partial<ReportError>, 'type' | 'message'> & Pick<ReportError, 'type' | 'message'>,
  ) {
    this.#types[error.type] = (this.#types[error.type] ?? 0) + 1;
    if (this.full) {
      this.#partial = true;
      return;
    }
    this.#errors.push({
      type: error.type,
      rowNumber: error.rowNumber ?? null,
      fieldNumber: error.fieldNumber ?? null,
      fieldName: error.fieldName ?? null,
      cell: error.cell == null ? null : previewCell(error.cell),
      message: error.message,
    });
  }

  /** Notes something read past; warnings beyond the limit are dropped, as they change nothing. */
  warn(warning: Pick<ReportWarning, 'type' | 'message'> & { readonly rowNumber?: number }) {
    if (this.#warnings.length >= this.#limit) return;
    const { type, message } = warning;
    this.#warnings.push({ type, rowNumber: warning.rowNumber ?? null, message });
  }

  report(rows: number, fields: number): Report {
    return {
      valid: this.#errors.length === 0 && !this.#partial,
      stats: { rows, fields, errors: this.#errors.length, errorTypes: { ...this.#types } },
      errors: [...this.#errors],
      warnings: [...this.#warnings],
      partial: this.#partial,
    };
  }
}
